"""The one PDF renderer every document uses: A4, header and footer, "Page X of Y", metadata,
large print, deterministic bytes, and member text that is only ever plain text.

A document subclasses `DocumentRenderer` and fills in small hooks (the pattern of pretix's
invoice renderer): `stylesheet`, `fonts`, `first_page_frames`, `later_page_frames`, `story`,
`header_text`, `footer_text`. Everything else, including what makes two runs give the same
bytes, lives here once.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from coprod_desktop.core.reports.fonts import get_font
from coprod_desktop.core.reports.keep import keep_headings
from coprod_desktop.core.reports.text import TextBlock, TextStyle, draw_text_line, fits_on_line

#: Grey used for rules and secondary text: dark enough for 7:1 contrast on white.
MUTED = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8e8e8")
#: The smallest text a large-print document holds, anywhere on the page (RNIB's large print).
LARGE_MIN = 16.0
#: The bottom margin of a large-print page (normal pages: 20 mm).
LARGE_MARGIN_BOTTOM = 27 * mm


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What goes into the PDF's own metadata (shown by viewers and screen readers)."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    #: The date the PDF says it was made. A date from the data (e.g. the claim date), never
    #: the clock, so the same input always gives the same bytes.
    created: date | datetime | None = None
    language: str = "en-GB"


@dataclass(frozen=True, slots=True)
class Styles:
    """The text styles a document uses; `large_print` sizes keep every text at 16 pt or more
    (small print and the running header and footer included: a reader who needs large print
    needs it for the page numbers and the disclaimers too)."""

    large_print: bool
    title: TextStyle
    heading: TextStyle
    #: A bold line heading a group (an organisation, a chart): kept with what follows it.
    subheading: TextStyle
    body: TextStyle
    body_bold: TextStyle
    small: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    cell_money: TextStyle
    cell_money_bold: TextStyle
    footer: TextStyle


def make_styles(*, large_print: bool = False) -> Styles:
    """Normal (10 pt body) or large print (16 pt everywhere, Atkinson Hyperlegible Next first)."""
    lp = large_print
    body_size = 16.0 if lp else 10.0
    cell_size = 16.0 if lp else 9.0
    base = TextStyle(size=body_size, leading=body_size * 1.3, large_print=lp)
    cell = replace(base, size=cell_size, leading=cell_size * 1.25)
    return Styles(
        large_print=lp,
        title=replace(
            base,
            size=28.0 if lp else 18.0,
            leading=(28.0 if lp else 18.0) * 1.25,
            bold=True,
            space_after=6.0,
        ),
        heading=replace(
            base,
            size=21.0 if lp else 12.5,
            leading=(21.0 if lp else 12.5) * 1.3,
            bold=True,
            space_before=10.0,
            space_after=4.0,
            keep_with_next=True,
        ),
        subheading=replace(base, bold=True, space_before=6.0, space_after=2.0, keep_with_next=True),
        body=base,
        body_bold=replace(base, bold=True),
        small=replace(
            base,
            size=LARGE_MIN if lp else 8.5,
            leading=(LARGE_MIN if lp else 8.5) * 1.3,
            color=MUTED,
        ),
        cell=cell,
        cell_bold=replace(cell, bold=True),
        cell_money=replace(cell, align="right"),
        cell_money_bold=replace(cell, align="right", bold=True),
        footer=replace(
            base,
            size=LARGE_MIN if lp else 8.0,
            leading=(LARGE_MIN if lp else 8.0) * 1.2,
            color=MUTED,
        ),
    )


class NumberedCanvas(Canvas):
    """A canvas that holds every page until the end, so each can say "Page X of Y"."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


class DocumentRenderer:
    """Base of every PDF. Subclasses give `story()` and may override the other hooks."""

    page_size = A4
    margin_left = 18 * mm
    margin_right = 18 * mm
    margin_top = 18 * mm
    margin_bottom = 20 * mm

    def __init__(self, info: DocumentInfo, *, large_print: bool = False) -> None:
        self.info = info
        self.large_print = large_print
        if large_print:
            # Room for a footer on two lines: at 16 pt a long title and "Page X of Y" may not
            # share one line, and a footer is never cut.
            self.margin_bottom = LARGE_MARGIN_BOTTOM
        self.styles = self.stylesheet()

    # -- hooks ------------------------------------------------------------------------------
    def stylesheet(self) -> Styles:
        """The styles for this document; override to add or change some."""
        return make_styles(large_print=self.large_print)

    def fonts(self) -> None:
        """Register fonts needed before layout. Fonts for other scripts register themselves
        the first time a run needs them; only the primary faces are warmed here."""
        for name in self.styles.body.chain()[:1] + self.styles.body_bold.chain()[:1]:
            get_font(name)

    def content_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    def header_height(self) -> float:
        return self.styles.footer.leading * 2

    def first_page_frames(self) -> list[Frame]:
        """Frames on page one: by default the whole page inside the margins."""
        _, height = self.page_size
        return [
            Frame(
                self.margin_left,
                self.margin_bottom,
                self.content_width(),
                height - self.margin_top - self.margin_bottom,
                id="first",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
        ]

    def later_page_frames(self) -> list[Frame]:
        """Frames on later pages: below a running header."""
        _, height = self.page_size
        top = self.margin_top + self.header_height()
        return [
            Frame(
                self.margin_left,
                self.margin_bottom,
                self.content_width(),
                height - top - self.margin_bottom,
                id="later",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
        ]

    def story(self) -> list[Flowable]:
        """The content, top to bottom."""
        raise NotImplementedError

    def header_text(self) -> str:
        """Running header on pages after the first (plain text, may be member text)."""
        return self.info.title

    def footer_text(self) -> str:
        """Left part of the footer on every page (plain text, may be member text)."""
        return self.info.title

    # -- machinery --------------------------------------------------------------------------
    def _on_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.page_size
        style = replace(self.styles.footer, align="left")
        y = height - self.margin_top - style.size
        draw_text_line(canvas, self.margin_left, y, self.header_text(), style, self.content_width())
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(
            self.margin_left, y - style.size * 0.6, width - self.margin_right, y - style.size * 0.6
        )
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """Footer drawn once the page count is known: the document's name on the left and
        "Page X of Y" on the right, on one line, or in large print on two lines when they do
        not fit on one."""
        width, _ = self.page_size
        style = self.styles.footer
        label = f"Page {number} of {total}"
        label_width = self.content_width() * 0.3
        text_width = self.content_width() - label_width - 6
        y = self.margin_bottom - style.leading * 1.6
        text_y = y
        text = self.footer_text()
        if self.large_print and not fits_on_line(text, replace(style, align="left"), text_width):
            text_y, y = y, y - style.leading
            text_width = self.content_width()
        draw_text_line(
            canvas,
            width - self.margin_right - label_width,
            y,
            label,
            replace(style, align="right"),
            label_width,
        )
        draw_text_line(
            canvas, self.margin_left, text_y, text, replace(style, align="left"), text_width
        )

    def _date_formatter(self) -> Callable[..., str]:
        created = self.info.created or date(2000, 1, 1)
        if not isinstance(created, datetime):
            created = datetime(created.year, created.month, created.day)
        stamp = created.strftime("D:%Y%m%d%H%M%S+00'00'")
        return lambda *_args: stamp

    def render(self) -> bytes:
        """Lay the story out and return the PDF's bytes. Same input, same bytes."""
        self.fonts()
        # Binary streams, not ASCII85: ReportLab's ASCII85 is pure Python and took two
        # seconds for ten receipt photos; every PDF reader takes binary streams.
        rl_config.useA85 = 0
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            title=self.info.title,
            author=self.info.author,
            subject=self.info.subject,
            keywords=self.info.keywords,
            creator="Coprod Desktop",
            producer="Coprod Desktop (ReportLab)",
            invariant=1,
            lang=self.info.language,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            displayDocTitle=1,
            # Our own font from the first operator, so no unembedded Helvetica is referenced.
            initialFontName=self.styles.body.chain()[0],
            initialFontSize=self.styles.body.size,
            initialLeading=self.styles.body.leading,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="First", frames=self.first_page_frames(), autoNextPageTemplate="Later"
                ),
                PageTemplate(
                    id="Later", frames=self.later_page_frames(), onPage=self._on_later_page
                ),
            ]
        )
        formatter = self._date_formatter()

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            canvas = NumberedCanvas(*args, decorate=self._decorate, **kwargs)
            canvas.setDateFormatter(formatter)
            return canvas

        doc.build(keep_headings(self.story()), canvasmaker=make_canvas)
        return buffer.getvalue()

    # -- helpers for subclasses ---------------------------------------------------------------
    def text(self, value: object, style: TextStyle | None = None) -> TextBlock:
        """Member (or app) text as a flowable; never parsed as markup."""
        return TextBlock(value, style or self.styles.body)

    def cell_font_commands(self) -> list[tuple[object, ...]]:
        """Table styles name a font even when every cell is a flowable; name ours, so the PDF
        never references an unembedded Helvetica."""
        cell = self.styles.cell
        return [
            ("FONTNAME", (0, 0), (-1, -1), cell.chain()[0]),
            ("FONTSIZE", (0, 0), (-1, -1), cell.size),
            ("LEADING", (0, 0), (-1, -1), cell.leading),
        ]

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable | str]],
        col_fractions: Sequence[float],
        *,
        right_columns: Sequence[int] = (),
        footer_rows: int = 0,
    ) -> Table:
        """A table whose cells are TextBlocks: header repeats on each page, a tall row can
        split across pages, numbers in `right_columns` sit flush right."""
        styles = self.styles
        width = self.content_width()
        col_widths = [width * f for f in col_fractions]

        def cell(value: Flowable | str, column: int, bold: bool) -> Flowable:
            if isinstance(value, Flowable):
                return value
            if column in right_columns:
                return TextBlock(value, styles.cell_money_bold if bold else styles.cell_money)
            return TextBlock(value, styles.cell_bold if bold else styles.cell)

        data: list[list[Flowable]] = [[cell(h, i, True) for i, h in enumerate(header)]]
        for index, row in enumerate(rows):
            bold = index >= len(rows) - footer_rows
            data.append([cell(v, i, bold) for i, v in enumerate(row)])
        pad = 4 if styles.large_print else 3
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *self.cell_font_commands(),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        if footer_rows:
            commands.append(("LINEABOVE", (0, -footer_rows), (-1, -footer_rows), 0.8, colors.black))
        # Rows stay whole (a line split over two pages, with the header drawn over its second
        # half, is hard to read); only a row too tall for a page may split.
        split = self._may_outgrow_page(rows, col_widths)
        table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=split, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def _may_outgrow_page(
        self, rows: Sequence[Sequence[Flowable | str]], col_widths: Sequence[float]
    ) -> int:
        """1 when some cell's text could fill half a page: a cautious estimate (average glyph
        half the font size wide), so an ordinary row is never split."""
        cell = self.styles.cell
        limit = 0.5 * (self.page_size[1] - self.margin_top - self.margin_bottom)
        for row in rows:
            for value, width in zip(row, col_widths, strict=False):
                if not isinstance(value, str):
                    continue
                per_line = max(int(width / (0.5 * cell.size)), 1)
                lines = len(value) / per_line + value.count("\n")
                if lines * cell.leading > limit:
                    return 1
        return 0
