"""Anonymised bundles and the group pack: nothing personal leaves in a bundle, group totals
are the sums of the members', bad bundles are refused plainly, and the PDFs show hostile and
non-Latin text literally."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import EvidenceFigures
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.io.evidence_bundle import export_bundle, read_bundle
from coprod_desktop.core.reports.evidence import render_evidence_pdf
from coprod_desktop.core.reports.group_evidence import render_group_pdf
from coprod_desktop.core.services.group_evidence import combine
from tests.core.evidence_helpers import CANARIES, TODAY, make_member
from tests.core.reports.reports_samples import SCRIPT_SAMPLES


def pdf_text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def squeeze(text: str) -> str:
    """Text without whitespace, NUL or the invisible direction marks."""
    return re.sub(r"[\s\x00\u200e\u200f]+", "", text)


def images_and_links(reader: PdfReader) -> tuple[int, list[str]]:
    images, annots = 0, []
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in xobjects.get_object().values() if xobjects else []:
            if ref.get_object().get("/Subtype") == "/Image":
                images += 1
        annots += [str(a.get_object().get("/Subtype")) for a in page.get("/Annots") or []]
    return images, annots


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list]:
    made = [
        make_member(tmp_path_factory.mktemp(f"m{seed}") / "data", seed=seed) for seed in (1, 2, 3)
    ]
    yield made
    for sv in made:
        sv.close()


@pytest.fixture(scope="module")
def bundles(members: list) -> list[bytes]:
    return [export_bundle(sv, include_text=False) for sv in members]


def test_no_personal_detail_in_any_bundle(members: list, bundles: list[bytes]) -> None:
    with_text = [export_bundle(sv, include_text=True) for sv in members]
    never = [
        CANARIES[k]
        for k in (
            "name",
            "address",
            "email",
            "phone",
            "bank_name",
            "sort_code",
            "account",
            "private_note",
            "org_note",
            "org_contact",
            "org_email",
            "org_address",
            "terms_note",
            "role",  # a role title with its organisation can name the one member who holds it
            "described",  # only the list's words travel
        )
    ]
    free_text = [CANARIES[k] for k in ("title", "impact", "feedback")]
    for data in bundles:
        text = data.decode()
        for canary in never + free_text:
            assert canary not in text, canary
        assert "NUH-2026" not in text  # claim numbers lead back to the member
        assert json.loads(text)["format"] == "coprod-evidence-bundle"
    for data in with_text:
        text = data.decode()
        for canary in never:
            assert canary not in text, canary
        for canary in free_text:  # shared only because the member chose to
            assert canary in text, canary


def test_group_totals_are_the_sums_of_the_members(
    members: list, bundles: list[bytes], tmp_path: Path
) -> None:
    own = [sv.evidence.figures() for sv in members]
    read = [read_bundle(f"member{n}.json", data) for n, data in enumerate(bundles)]
    shared = ("NUH", "UNI")  # seed 2 also works for CVN: one member, so never shown
    for mine, theirs in zip(own, read, strict=True):
        for o in mine.by_organisation:
            years = [y for y in theirs.years if y.code == o.code]
            assert sum(y.hours.total_minutes for y in years) == o.hours.total_minutes
            assert sum((y.hours.fees_earned for y in years), Money.zero()) == o.hours.fees_earned
            assert sum(y.claims.submitted for y in years) == o.claims.submitted
    group = combine(read)
    assert group.members == 3
    assert [c.code for c in group.cases] == ["UNI", "NUH"]  # the re-classifier first
    mine = [o for f in own for o in f.by_organisation if o.code in shared]
    assert group.hours.total_minutes == sum(o.hours.total_minutes for o in mine)
    assert group.hours.fees_earned == sum((o.hours.fees_earned for o in mine), Money.zero())
    assert group.hours.unpaid_value == sum((o.hours.unpaid_value for o in mine), Money.zero())
    assert group.fees_received == sum((o.fees_received for o in mine), Money.zero())
    assert sum(c.submitted for c in group.cases) == sum(o.claims.submitted for o in mine)
    assert sum(c.overdue for c in group.cases) == sum(o.claims.overdue for o in mine)
    assert group.reclassification_cost == sum((f.reclassification_cost for f in own), Money.zero())
    for case in group.cases:
        worst = max(
            d
            for f in own
            for o in f.by_organisation
            if o.code == case.code
            for d in o.claims.days_to_pay
        )
        assert case.worst_days_to_pay == worst
    (change,) = group.cases[0].changes  # the same re-classification, reported by all three
    assert change.members == 3 and change.cost > Money.zero()
    assert any("left out" in sentence for sentence in group.withheld)  # CVN

    pdf = render_group_pdf(group)
    reader, text = pdf_text(pdf)
    for canary in CANARIES.values():
        assert canary not in text, canary
    text = flat(text)
    assert "Group evidence pack" in text and "Carers Voice Network" not in text
    assert f"{group.hours.fees_earned.display()}" in text
    assert images_and_links(reader) == (0, [])


def test_group_command_and_its_refusals(
    bundles: list[bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COPROD_TODAY", TODAY.isoformat())
    files = []
    for n, data in enumerate(bundles):
        path = tmp_path / f"b{n}.json"
        path.write_bytes(data)
        files.append(str(path))
    data_dir = str(tmp_path / "advocate")
    out = tmp_path / "group.pdf"
    assert (
        main(
            [
                "--data-dir",
                data_dir,
                "report",
                "group-evidence",
                *files,
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert printed["members"] == 3
    assert out.read_bytes().startswith(b"%PDF")
    # The advocate needs no records of their own: no data folder is made or opened.
    assert not Path(data_dir).exists()

    good = json.loads(bundles[0])
    year = good["years"][0]
    bad_cases = {
        "notjson.json": b"\x00\x01 not json",
        "other.json": json.dumps({"format": "something-else", "version": 1}).encode(),
        "newer.json": json.dumps({**good, "version": 99}).encode(),
        "older.json": json.dumps({**good, "version": 1}).encode(),
        "tampered.json": json.dumps(
            {**good, "years": [{**year, "minutes": {**year["minutes"], "total": 1}}]}
        ).encode(),
        "negative.json": json.dumps(
            {
                **good,
                "years": [{**year, "claims": {**year["claims"], "days_late_bands": {"0": -3}}}],
            }
        ).encode(),
        "missing.json": json.dumps({**good, "years": None}).encode(),
        "words.json": json.dumps(
            {**good, "own_words": [{"month": "2025-01", "organisation_code": "NUH"}]}
        ).encode(),
    }
    for name, data in bad_cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UserError) as caught:
            read_bundle(name, data)
        assert name in caught.value.message
        assert (
            main(
                [
                    "--data-dir",
                    data_dir,
                    "report",
                    "group-evidence",
                    files[0],
                    str(path),
                    "--out",
                    str(tmp_path / "no.pdf"),
                ]
            )
            == 1
        )
        err = capsys.readouterr().err
        assert err.startswith("coprod: The bundle ") and name in err and err.count("\n") == 1
        assert "Traceback" not in err
    assert not (tmp_path / "no.pdf").exists()


def test_export_bundle_command(members: list, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COPROD_TODAY", TODAY.isoformat())
    data_dir = members[0].paths.root
    out = tmp_path / "mine.json"
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "export",
                "evidence-bundle",
                str(out),
                "--from",
                "2025-01-01",
                "--to",
                "2025-12-31",
            ]
        )
        == 0
    )
    bundle = read_bundle("mine.json", out.read_bytes())
    assert bundle.period_to is not None and bundle.period_to.year == 2025
    assert bundle.years and all(y.tax_year in ("2024-25", "2025-26") for y in bundle.years)


# -- hostile and non-Latin text -----------------------------------------------------------
HOSTILE = [
    "<b>bold</b>",
    '<img src="x"/>',
    '<link href="http://evil.example">click</link>',
    "<font color=red>red</font>",
    "Fish & Chips &amp; <",
    "=cmd|' /C calc'!A0",
    "\u200fRTL mark\u200e name",
    "NUL\x00inside",
]
LONG = "x" * 20_000


def hostile_figures(figures: EvidenceFigures, values: list[str]) -> EvidenceFigures:
    """Every organisation name, role title and description replaced by hostile text."""
    orgs = tuple(
        replace(o, name=values[i % len(values)]) for i, o in enumerate(figures.by_organisation)
    )
    extra = [replace(orgs[0], code=f"H{i}", name=v) for i, v in enumerate(values)]
    changes = tuple(
        replace(c, role=values[i % len(values)], organisation_name=values[-1 - i % len(values)])
        for i, c in enumerate(figures.terms_changes)
    )
    levels = tuple(
        replace(lv, described=values[i % len(values)]) for i, lv in enumerate(figures.levels)
    )
    return replace(
        figures,
        member_name=values[0],
        by_organisation=orgs + tuple(extra),
        terms_changes=changes,
        levels=levels,
    )


def test_hostile_text_is_shown_literally_and_adds_nothing(members: list) -> None:
    figures = hostile_figures(members[0].evidence.figures(), [*HOSTILE, LONG])
    pdf = render_evidence_pdf(figures)
    reader, text = pdf_text(pdf)
    # Narrow table columns wrap long words, so compare without line breaks and spaces.
    shown = squeeze(text)
    for value in HOSTILE:
        assert squeeze(value) in shown, value
    assert text.count("x") >= len(LONG)  # given in full once, in the notes
    assert "in full in note 1 at the end" in flat(text)
    assert images_and_links(reader) == (0, [])
    fonts = re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)
    assert fonts and all(b"+" in name for name in fonts)  # only embedded subsets
    for marker in (b"/URI", b"/Link", b"/JavaScript", b"/Launch"):
        assert marker not in pdf


def test_hostile_text_through_the_services_and_a_bundle(tmp_path: Path) -> None:
    names = {f"H{i}": value for i, value in enumerate(HOSTILE[:6])}
    sv = make_member(
        tmp_path / "data", seed=1, org_names=names, role_title=HOSTILE[2], described=HOSTILE[1]
    )
    try:
        own = sv.evidence.figures()
        bundle = export_bundle(sv, include_text=True)
    finally:
        sv.close()
    three = [read_bundle(f"h{n}.json", bundle) for n in range(3)]  # named by 3: shown
    for pdf in (render_evidence_pdf(own), render_group_pdf(combine(three))):
        reader, text = pdf_text(pdf)
        for value in HOSTILE[:6]:
            assert squeeze(value) in squeeze(text), value
        assert images_and_links(reader) == (0, [])


def test_seven_scripts_in_organisation_names_and_role_titles(members: list) -> None:
    values = list(SCRIPT_SAMPLES.values())
    figures = hostile_figures(members[0].evidence.figures(), values)
    pdf = render_evidence_pdf(figures)
    text = flat(pdf_text(pdf)[1])
    assert "Tŷ Gwyn" in text and "gŵr" in text and "Łódź" in text
    for name in ("Greek", "Chinese"):
        for word in SCRIPT_SAMPLES[name].replace("，", " ").split()[:2]:
            assert squeeze(word.strip(",")) in squeeze(text), (name, word)
    for name in ("Arabic", "Urdu", "Bengali"):
        letters = {c for c in SCRIPT_SAMPLES[name] if c.isalpha()}
        found = {c for c in text if c in letters}
        assert len(found) >= len(letters) * 0.6, name
    fonts = b" ".join(re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf))
    for family in (b"NotoSansArabic", b"NotoSansBengali", b"WenQuanYiMicroHei"):
        assert family in fonts, family


def test_emoji_is_refused_with_the_place_named(members: list) -> None:
    figures = hostile_figures(members[0].evidence.figures(), ["Great trust 😀"])
    with pytest.raises(UserError) as caught:
        render_evidence_pdf(figures)
    assert "U+1F600" in caught.value.message and "the member's name" in caught.value.message


def test_progress_is_reported_and_cancel_stops_the_pack(members: list) -> None:
    from coprod_desktop.core.domain.progress import Cancelled

    seen: list[tuple[int, int]] = []
    figures = members[0].evidence.figures(progress=lambda done, total: seen.append((done, total)))
    render_evidence_pdf(figures, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 8 and seen[-1] == (1, 1)

    def cancel(done: int, total: int) -> None:
        if done >= 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        render_evidence_pdf(figures, progress=cancel)
