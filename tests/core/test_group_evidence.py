"""Grace's board pack: fifteen members' bundles make the case against one trust on the first
page, and no member can be picked out from a bundle or the pack."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import (
    POWER_CHECKS,
    Hours,
    LevelCount,
    PowerCheck,
    PowerSharing,
)
from coprod_desktop.core.domain.group_views import (
    DAYS_LATE_BANDS,
    BundleChange,
    ClaimSummary,
    MemberBundle,
    OrgYear,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.io.evidence_bundle import describe_bundle, export_bundle, read_bundle
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.group_evidence import render_group_pdf
from coprod_desktop.core.reports.group_evidence_json import group_json
from coprod_desktop.core.services.group_evidence import combine, weighted_median
from tests.core.group_helpers import SMALL, TODAY, TRUST, ClaimFacts, make_trust_member


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


@pytest.fixture(scope="module")
def fifteen(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[list[bytes], list[ClaimFacts]]]:
    bundles, claims = [], []
    for n in range(15):
        sv, facts = make_trust_member(tmp_path_factory.mktemp(f"member{n}") / "data", n)
        try:
            bundles.append(export_bundle(sv))
            claims += facts
        finally:
            sv.close()
    yield bundles, claims


@pytest.fixture(scope="module")
def group_pdf(fifteen: tuple[list[bytes], list[ClaimFacts]]) -> bytes:
    bundles, _ = fifteen
    read = [read_bundle(f"m{n}.json", data) for n, data in enumerate(bundles)]
    return render_group_pdf(combine(read))


def test_the_opening_page_states_the_case_against_the_trust(
    fifteen: tuple[list[bytes], list[ClaimFacts]], group_pdf: bytes
) -> None:
    bundles, _ = fifteen
    group = combine([read_bundle(f"m{n}.json", data) for n, data in enumerate(bundles)])
    trust = group.cases[0]
    assert (trust.code, trust.members, trust.affected) == ("NST", 15, 15)
    assert trust.median_days_to_pay == 74 and trust.median_promised_days == 30
    # Letters dated 1, 2 and 3 April 2018: one re-classification, not three.
    (change,) = trust.changes
    assert change.members == 15 and change.sources == (("letter", 15),)
    assert change.before == "Paid role (hourly)" and change.cost.pence > 0

    opening = pages_text(group_pdf)[0]
    assert "Northshire Health Trust (NST)" in opening
    assert "15 of 15 members affected" in opening
    assert "median 74 days against 30 promised" in opening
    assert (
        "April 2018: re-classified from Paid role (hourly) to Voluntary, expenses only, "
        "for 15 members (source: 15 letters)" in opening
    )
    assert f"Cost to them at the old terms: {change.cost.display()}" in opening
    share = round(100 * trust.called_judged_consultation / trust.called_coproduction)
    assert (
        f"members judged {trust.called_judged_consultation} of them ({share}%) as "
        "consultation or less" in opening
    )
    # The period is printed as real dates (whole tax years).
    assert "Period: 6 Apr 2017 to 5 Apr 2019" in opening


def test_described_against_judged_by_organisation_with_percentages(
    fifteen: tuple[list[bytes], list[ClaimFacts]], group_pdf: bytes
) -> None:
    bundles, _ = fifteen
    group = combine([read_bundle(f"m{n}.json", data) for n, data in enumerate(bundles)])
    rows = {row.described: row for row in group.cases[0].levels}
    coproduction = rows["co-production"]
    consulted = coproduction.cells[0]
    assert consulted is not None and coproduction.total == 15 * 18
    text = " ".join(pages_text(group_pdf))
    share = round(100 * consulted / coproduction.total)
    assert f"Co-production {consulted} ({share}%)" in text
    assert "How did each organisation describe the work, and how did members judge it?" in text
    assert "Declined by members" in text and "Led by members" in text
    assert not re.search(r"Declined by me\b|Led by us\b", text)
    # Each figure is defined under the table that uses it.
    assert (
        "Unpaid value: the unpaid hours valued at each member's own reference hourly rate" in text
    )
    assert (
        "Re-classification cost: what the activities done under the new terms would have earned"
        in text
    )


def _claim_date_forms(claims: list[ClaimFacts]) -> set[str]:
    forms = set()
    for c in claims:
        for day in (c.submitted, c.due, c.paid):
            if day is not None:
                forms |= {day.isoformat(), format_date(day), day.strftime("%d/%m/%Y")}
    return forms


def test_no_claim_date_or_amount_leaves_in_a_bundle_or_the_pack(
    fifteen: tuple[list[bytes], list[ClaimFacts]], group_pdf: bytes
) -> None:
    bundles, claims = fifteen
    dates = _claim_date_forms(claims)
    pdf_text = " ".join(pages_text(group_pdf))
    for data in bundles:
        text = data.decode()
        for day in dates:
            assert day not in text, day
        document = json.loads(text)
        # Dates to the month at most: the only date-like strings are months.
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
        assert all(re.fullmatch(r"\d{4}-\d{2}", c["month"]) for c in document["terms_changes"])
        for word in (
            "Canary",
            "PRIVATE-CANARY",
            "Lay panel member",
            "Letter from the trust",
            "letter's own words",
            "NST-20",
        ):
            assert word not in text, word
    for day in dates:
        assert day not in pdf_text, day
    for c in claims:
        assert c.number not in pdf_text
        assert c.total.display() not in pdf_text, c.total  # no claim's own amount
        assert not any(
            f"{c.total}" in b.decode() and c.submitted.isoformat() in b.decode() for b in bundles
        )


def test_small_cells_are_suppressed_and_the_pack_says_so(group_pdf: bytes) -> None:
    text = " ".join(pages_text(group_pdf))
    # The charity is named in two members' bundles only: the pack never names it.
    assert SMALL[1] not in text and SMALL[0] not in text
    assert "1 organisation named by fewer than 3 members, even together, is left out" in text
    assert "How this pack protects members" in text


def test_org_and_date_filters(
    fifteen: tuple[list[bytes], list[ClaimFacts]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundles, _ = fifteen
    files = []
    for n, data in enumerate(bundles):
        path = tmp_path / f"m{n}.json"
        path.write_bytes(data)
        files.append(str(path))
    out = tmp_path / "group.pdf"
    argv = ["--data-dir", str(tmp_path / "none"), "report", "group-evidence", *files]
    assert (
        main(
            [
                *argv,
                "--out",
                str(out),
                "--org",
                "nst",
                "--from",
                "2018-04-06",
                "--to",
                "2019-04-05",
                "--json",
            ]
        )
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert printed["period"]["from"] == "2018-04-06" and printed["period"]["to"] == "2019-04-05"
    (trust,) = printed["organisations"]
    assert trust["code"] == "NST" and trust["claims"]["submitted"] == 15  # the April claims
    assert [r["members"] for r in trust["reclassifications"]] == [15]
    assert out.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "none").exists()
    assert main([*argv, "--out", str(tmp_path / "x.pdf"), "--org", "NOPE"]) == 1
    err = capsys.readouterr().err
    assert "No bundle names the organisation 'NOPE'" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_old_bundles_are_refused_with_a_sentence(
    fifteen: tuple[list[bytes], list[ClaimFacts]],
) -> None:
    old = {**json.loads(fifteen[0][0]), "version": 1}
    with pytest.raises(UserError) as caught:
        read_bundle("old.json", json.dumps(old).encode())
    assert "old.json" in caught.value.message and "older version" in caught.value.message


def test_the_member_sees_what_the_bundle_holds_before_it_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sv, _ = make_trust_member(tmp_path / "data", 1)
    sv.close()
    monkeypatch.setenv("COPROD_TODAY", TODAY.isoformat())
    out = tmp_path / "mine.json"
    argv = ["--data-dir", str(tmp_path / "data"), "export", "evidence-bundle", str(out)]
    assert main([*argv, "--preview"]) == 0
    said = capsys.readouterr().out
    assert not out.exists() and "Nothing was written." in said
    assert f"{TRUST[1]} ({TRUST[0]})" in said and "It does not hold your name" in said
    assert main(argv) == 0
    said_again = capsys.readouterr().out
    document = json.loads(out.read_bytes())
    for line in describe_bundle(document):
        assert line in said_again


def test_weighted_median() -> None:
    from decimal import Decimal

    assert weighted_median([(Decimal(67), 6), (Decimal(74), 3), (Decimal(81), 6)]) == 74
    assert weighted_median([(Decimal(10), 1), (Decimal(20), 1)]) == 15
    assert weighted_median([]) is None


def test_bundle_files_that_cannot_be_used_are_named(
    fifteen: tuple[list[bytes], list[ClaimFacts]], tmp_path: Path
) -> None:
    from coprod_desktop.core.services.group_pack import GroupPackOptions, group_pack_pdf

    good = tmp_path / "good.json"
    good.write_bytes(fifteen[0][0])
    for bad, words in (
        (tmp_path, "is not a file"),
        (tmp_path / "gone.json", "is no longer there"),
    ):
        with pytest.raises(UserError) as caught:
            group_pack_pdf(GroupPackOptions(bundles=(good, bad)))
        assert bad.name in caught.value.message and words in caught.value.message
    with pytest.raises(UserError) as caught:
        group_pack_pdf(GroupPackOptions(bundles=()))
    assert "Pick the members' bundles first" in caught.value.message


def test_an_organisation_name_no_font_can_draw_is_refused_plainly(
    fifteen: tuple[list[bytes], list[ClaimFacts]],
) -> None:
    documents = [json.loads(data) for data in fifteen[0][:3]]
    for d in documents:
        d["organisations"] = [
            {**o, "name": "Trust 😀"} if o["code"] == "NST" else o for o in d["organisations"]
        ]
    group = combine([read_bundle("e.json", json.dumps(d).encode()) for d in documents])
    with pytest.raises(UserError) as caught:
        render_group_pdf(group)
    assert "U+1F600" in caught.value.message and "organisation NST" in caught.value.message


def _member(code: str, change_month: int | None, late_band: int) -> MemberBundle:
    """A hand-made bundle: one organisation, one tax year, one claim in band `late_band`."""
    bands = [0] * len(DAYS_LATE_BANDS)
    bands[late_band] = 1
    year = OrgYear(
        code=code,
        tax_year="2018-19",
        starts=date(2018, 4, 6),
        ends=date(2019, 4, 5),
        hours=Hours(total_minutes=60, paid_minutes=60, activities=1),
        fees_received=Money.zero(),
        claims=ClaimSummary(submitted=1, days_late_bands=tuple(bands)),
        levels=(LevelCount("co-production", "consulted", 1, code),),
        power=PowerSharing(tuple(PowerCheck(k, label) for k, label in POWER_CHECKS)),
    )
    changes = ()
    if change_month is not None:
        changes = (
            BundleChange(
                date(2018, change_month, 1),
                code,
                "hourly",
                "paid",
                "session",
                "paid",
                "email",
                False,
                True,
                2,
                Money(1000),
                Money(3000),
            ),
        )
    return MemberBundle(None, None, ((code, "Westfield Trust"),), (year,), changes)


def test_a_change_or_a_band_standing_for_fewer_than_three_members_is_not_shown() -> None:
    members = [
        _member("WFT", 6, 1),
        _member("WFT", 7, 1),
        _member("WFT", None, 1),
        _member("WFT", None, 5),
    ]
    group = combine(members)
    (case,) = group.cases
    assert case.members == 4 and case.changes == ()  # two members' change: withheld
    assert any(
        "1 change of terms reported by fewer than 3 members is not shown" in s
        for s in group.withheld
    )
    # The one claim 181+ days late is merged with the band below it, not shown alone.
    shown = [(b.label, b.claims, b.members) for b in case.bands if b.claims]
    assert shown == [("1 day late or more", 4, 4)]
    # One member declined a fee there: the declined hours point at them, so they show as "*".
    (year,) = members[0].years
    declined = replace(year.hours, paid_minutes=0, declined_minutes=60)
    members[0] = replace(members[0], years=(replace(year, hours=declined),))
    case = combine(members).cases[0]
    assert case.hides("declined") and not case.hides("paid")
    printed = group_json(combine(members))
    assert printed["organisations"][0]["hours"]["declined"] is None
    assert printed["hours"]["declined"] is None  # the total would give it away
    text = " ".join(pages_text(render_group_pdf(combine(members))))
    assert "Westfield Trust" in text and "session" not in text
    assert "1.00" not in text  # the one member's declined hour
    assert "2 figures standing for fewer than 3 members are shown as" in text
