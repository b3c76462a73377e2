"""The evidence pack in large print: every text at 16 pt or more in Atkinson Hyperlegible Next
(charts, footers and small print included), every font embedded, a real title, the same
figures and words as the normal pack, tables that fit the page and charts whose words neither
overlap nor leave the drawing; from the service, `coprod report evidence --large-print` and
`report group-evidence --large-print`.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from coprod_desktop.cli import main
from coprod_desktop.core.domain.evidence_views import EvidenceFigures, EvidenceOptions
from coprod_desktop.core.io.evidence_bundle import export_bundle, read_bundle
from coprod_desktop.core.reports.evidence import EvidenceRenderer, render_evidence_pdf
from coprod_desktop.core.reports.evidence_charts import LARGE_FONT, stacked_hours_chart
from coprod_desktop.core.reports.group_evidence import GroupEvidenceRenderer, render_group_pdf
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.group_evidence import combine
from tests.core.documents_samples import base_fonts, font_sizes
from tests.core.evidence_helpers import TODAY, make_member


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A member with three organisations, a re-classification, late and overdue claims."""
    folder = tmp_path_factory.mktemp("large") / "data"
    make_member(folder, seed=2).close()
    return folder


@pytest.fixture
def sv(data: Path) -> Iterator[Services]:
    services = open_services(data, FixedClock(TODAY))
    yield services
    services.close()


@pytest.fixture(scope="module")
def many(data: Path) -> EvidenceFigures:
    """The member's figures spread over 17 organisations (more than the charts show, so the
    charts are drawn in parts in large print), one with a 12-letter code and one whose code,
    as a bundle may carry it, is a Welsh word no Latin-only font has."""
    services = open_services(data, FixedClock(TODAY))
    try:
        figures = services.evidence.figures()
    finally:
        services.close()
    orgs = figures.by_organisation
    spread = []
    for i in range(17):
        org = orgs[i % len(orgs)]
        code = {0: "ABCDEFGHIJKL", 1: "ŴYDDFA"}.get(i, f"ORG{i:02d}")
        spread.append(replace(org, code=code, name=f"{org.name} branch {i} of the network"))
    return replace(figures, by_organisation=tuple(spread))


def text_of(pdf: bytes) -> str:
    """The text, without the page numbers (the packs differ in length), spaces folded."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(re.sub(r"Page \d+ of \d+", "", text).split())


def words(pdf: bytes) -> set[str]:
    return set(text_of(pdf).split())


def flowables(story: list[Flowable]) -> Iterator[Flowable]:
    for item in story:
        if isinstance(item, KeepTogether):
            yield from flowables(item._content)
        else:
            yield item


def boxes(d: Drawing) -> tuple[list[tuple[str, tuple[float, ...]]], list[tuple[float, ...]]]:
    """The chart's words with their boxes, and the boxes of its bars, keys and lines."""
    texts, marks = [], []
    for shape in d.contents:
        if isinstance(shape, String):
            width = stringWidth(shape.text, shape.fontName, shape.fontSize)
            size = shape.fontSize
            texts.append(
                (
                    shape.text,
                    (shape.x, shape.y - 0.25 * size, shape.x + width, shape.y + 0.8 * size),
                )
            )
        elif isinstance(shape, Rect):
            marks.append((shape.x, shape.y, shape.x + shape.width, shape.y + shape.height))
        elif isinstance(shape, Line):
            half = shape.strokeWidth / 2
            marks.append(
                (
                    min(shape.x1, shape.x2) - half,
                    min(shape.y1, shape.y2),
                    max(shape.x1, shape.x2) + half,
                    max(shape.y1, shape.y2),
                )
            )
    return texts, marks


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01


def check_chart(d: Drawing, smallest: float) -> None:
    """Every word of the chart is at least `smallest` pt, inside the drawing, and overlaps no
    other word, bar, key or line; and the bars keep room: the longest bar or mark reaches 40%
    of the width past the axis."""
    texts, marks = boxes(d)
    axis = next(
        s
        for s in d.contents
        if isinstance(s, Line) and s.x1 == s.x2 and s.y1 == 0 and not s.strokeDashArray
    )
    reach = max(
        [s.x + s.width for s in d.contents if isinstance(s, Rect) and s.y < axis.y2]
        + [s.x1 for s in d.contents if isinstance(s, Line) and s.strokeDashArray and s.y1 < axis.y2]
    )
    assert reach - axis.x1 >= 0.4 * d.width
    for shape in d.contents:
        if isinstance(shape, String):
            assert shape.fontSize >= smallest
    for n, (text, box) in enumerate(texts):
        assert box[0] >= 0 and box[2] <= d.width + 0.01, f"{text!r} runs off the chart"
        assert box[1] >= 0 and box[3] <= d.height + 0.01, f"{text!r} runs off the chart"
        for other, other_box in texts[n + 1 :]:
            assert not overlap(box, other_box), f"{text!r} overlaps {other!r}"
        for mark in marks:
            assert not overlap(box, mark), f"{text!r} overlaps a bar, key or line"


def check_layout(renderer: EvidenceRenderer, smallest: float) -> int:
    """Every table fits the page width and every chart passes `check_chart`. Returns the
    number of charts."""
    width = renderer.content_width()
    charts = 0
    for item in flowables(renderer.story()):
        if isinstance(item, Table):
            assert sum(item._colWidths) <= width + 0.01
        if isinstance(item, Drawing):
            assert item.width <= width + 0.01
            check_chart(item, smallest)
            charts += 1
    return charts


def test_large_print_pack_is_sixteen_point_atkinson_with_every_figure(sv: Services) -> None:
    figures = sv.evidence.figures()
    styles = EvidenceRenderer(figures, large_print=True).styles
    for name in ("body", "body_bold", "cell", "cell_bold", "cell_money", "heading", "title"):
        assert getattr(styles, name).size >= 16, name
        assert getattr(styles, name).chain()[0].startswith("CoprodLarge"), name
    large = sv.evidence.pdf(EvidenceOptions(large_print=True))
    fonts = base_fonts(large)
    assert any(f.endswith("+AtkinsonHyperlegibleNext-Regular") for f in fonts), fonts
    assert any(f.endswith("+AtkinsonHyperlegibleNext-Bold") for f in fonts), fonts
    assert all("+" in f for f in fonts), "every font embedded, no bare Helvetica"
    sizes = font_sizes(large)
    # Every piece of text, footer, small print and chart words included, 16 pt or more.
    assert 16.0 in sizes and all(s >= 16 for s in sizes), set(sizes)
    assert sorted(sizes)[len(sizes) // 2] >= 16
    meta = PdfReader(io.BytesIO(large)).metadata
    assert meta.title == "Evidence pack" and meta.author == figures.member_name

    normal = sv.evidence.pdf()
    assert not any("Atkinson" in f for f in base_fonts(normal))
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(normal)).pages)
    # The same words and figures, none cut by a narrow column: only the layout differs.
    assert words(large) == words(normal)
    assert {"Declined", "Submitted", "Consulted", "Outstanding", "£1,385.34"} & words(large)


def test_tables_fit_and_chart_words_never_overlap(sv: Services, many: EvidenceFigures) -> None:
    for figures in (sv.evidence.figures(), many):
        assert check_layout(EvidenceRenderer(figures, large_print=True), 16) >= 3
        assert check_layout(EvidenceRenderer(figures), 8) >= 3
    # 15 organisations do not fit one page in large print: the charts come in parts, on one
    # scale, and say so.
    large = render_evidence_pdf(many, large_print=True)
    text = words(large)
    assert "(continued)" in text
    assert "ŴYDDFA" in text and "ABCDEFGHIJKL" in text
    assert words(render_evidence_pdf(many)) - {"(continued)"} <= text


def test_a_legend_too_wide_for_the_chart_wraps() -> None:
    rows = [("NUH", 600, 120, 300), ("UNI", 60, 0, 30)]
    narrow = stacked_hours_chart(rows, 300, font_size=16, font=LARGE_FONT)
    wide = stacked_hours_chart(rows, 640, font_size=16, font=LARGE_FONT)
    check_chart(narrow, 16)
    check_chart(wide, 16)
    assert narrow.height > wide.height  # the legend took a second line


def test_group_pack_in_large_print(data: Path, tmp_path: Path) -> None:
    bundles = []
    for seed in (1, 2, 3):  # three members: a group pack shows nothing standing for fewer
        member = make_member(tmp_path / f"m{seed}", seed=seed)
        bundles.append(export_bundle(member, include_text=True))
        member.close()
    group = combine([read_bundle(f"b{n}", b) for n, b in enumerate(bundles)])
    renderer = GroupEvidenceRenderer(group, large_print=True)
    check_layout(renderer, 16)
    large = render_group_pdf(group, large_print=True)
    assert words(large) == words(render_group_pdf(group))
    assert PdfReader(io.BytesIO(large)).metadata.title == "Group evidence pack"
    assert all(s >= 16 for s in font_sizes(large))


def test_report_evidence_large_print_command(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", TODAY.isoformat())
    base = ["--data-dir", str(data), "report", "evidence"]
    out = tmp_path / "large.pdf"
    assert main([*base, "--large-print", "--out", str(out), "--org", "UNI"]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    pdf = out.read_bytes()
    assert any("Atkinson" in f for f in base_fonts(pdf))
    assert "University of Eastbridge" in text_of(pdf)
    assert "Nottingham" not in text_of(pdf)

    # --json is about the figures: large print changes nothing in it.
    assert main([*base, "--json"]) == 0
    plain = capsys.readouterr().out
    assert main([*base, "--json", "--large-print"]) == 0
    assert capsys.readouterr().out == plain
    json.loads(plain)

    # A mistake is still one sentence naming the field, and no file is written.
    bad = tmp_path / "bad.pdf"
    args = ["--large-print", "--out", str(bad), "--from", "2026-11-01", "--to", "2026-01-01"]
    assert main([*base, *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coprod: ") and err.count("\n") == 1 and "date" in err
    assert not bad.exists()


def test_group_evidence_large_print_command(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(data, FixedClock(TODAY))
    bundle = tmp_path / "b.json"
    bundle.write_bytes(export_bundle(services))
    services.close()
    out = tmp_path / "group.pdf"
    args = ["report", "group-evidence", str(bundle), "--large-print", "--out", str(out)]
    assert main(["--data-dir", str(data), *args]) == 0
    assert any("Atkinson" in f for f in base_fonts(out.read_bytes()))
