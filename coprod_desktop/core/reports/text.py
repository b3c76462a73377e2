"""Member text on the page: cleaned, never parsed as markup, in any script, wrapped safely.

Why not ReportLab's Paragraph for member text: Paragraph parses its input as markup, so `<img
src=...>`, `<link>` or `&` in a name would become images, links or errors; escaping helps, but one
forgotten call is a hole. `TextBlock` takes plain text and has no markup language at all.
It also does what Paragraph cannot here: per-run font fallback across scripts, the Unicode
bidirectional algorithm (ReportLab's needs `rlbidi`, which is not on PyPI) and HarfBuzz shaping
with an explicit direction per run, so Arabic and Urdu join and read right to left while their
numbers stay left to right, and Bengali vowel signs sit where they belong.

Layout: text is split into paragraphs at line breaks; each paragraph gets bidi levels, a font per
character, and is broken into lines at spaces in logical order (a word wider than the line, e.g.
20,000 characters without a space, is cut between characters). Each line is then reordered
visually (rule L2) and drawn run by run. Lines split across frames and pages.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from coprod_desktop.core.reports.fonts import (
    covers,
    font_chain,
    font_for_char,
    get_font,
    is_invisible,
)

# -- cleaning --------------------------------------------------------------------------------

# C0 and C1 controls except line feed; noncharacters; lone surrogates.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Explicit embeddings, overrides and isolates: stripped (see `bidi_levels` for why).
_EXPLICIT_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")


def clean_text(value: object) -> str:
    """Text as the PDF will draw it: NFC, line breaks as `\\n`, tabs as spaces, and no NUL,
    control characters or explicit bidi embeddings. Right-to-left marks (U+200F, U+200E,
    U+061C) are kept: they are ordinary strong characters to the bidi algorithm and draw as
    nothing."""
    text = "" if value is None else str(value)
    text = _LINE_BREAKS.sub("\n", text).replace("\t", "    ")
    text = _CONTROL.sub("", text)
    text = _EXPLICIT_BIDI.sub("", text)
    return unicodedata.normalize("NFC", text)


def escape_markup(value: object) -> str:
    """Escape text for the rare place that must hand it to a ReportLab markup parser
    (Paragraph). Member text should go through TextBlock instead; this exists so that app
    code mixing its own markup with member text has one correct way to do it."""
    text = clean_text(value)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


# -- the bidirectional algorithm (UAX #9, implicit levels) ----------------------------------

_STRONG_R = {"R", "AL"}
# Every character whose bidi class is R, AL or AN lies in these ranges.
_RTL_CHARS = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_NEUTRAL = {"B", "S", "WS", "ON", "BN", "NSM_", "LRI", "RLI", "FSI", "PDI"}


def base_level(text: str) -> int:
    """Paragraph direction by rules P2-P3: the first strong character decides (0 = LTR)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in _STRONG_R:
            return 1
    return 0


def bidi_levels(text: str, base: int) -> list[int]:
    """Embedding level of each character of one paragraph (rules W1-W7, N1-N2, I1-I2).

    Explicit embeddings and isolates (rare in typed names) are stripped by `clean_text`
    rather than honoured: a simplification that can only make a line read in a plainer
    order, never hide or invent characters.
    """
    n = len(text)
    if n == 0:
        return []
    if base == 0 and not _RTL_CHARS.search(text):
        return [0] * n  # the common case: nothing right-to-left, nothing to resolve
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    sos = "R" if base else "L"
    # W1: a non-spacing mark takes the type of what it follows.
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = "ON" if prev in ("LRI", "RLI", "FSI", "PDI") else prev
        elif t != "BN":
            prev = types[i]
    # W2 and W3: European numbers after Arabic letters are Arabic numbers; AL becomes R.
    last_strong = sos
    for i, t in enumerate(types):
        if t == "EN" and last_strong == "AL":
            types[i] = "AN"
        if t in ("L", "R", "AL"):
            last_strong = t
        if t == "AL":
            types[i] = "R"
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        t = types[i]
        if t == "ES" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif t == "CS" and types[i - 1] in ("EN", "AN") and types[i + 1] == types[i - 1]:
            types[i] = types[i - 1]
    # W5: terminators (%, £) next to European numbers are numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] in ("ET", "BN"):
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    for i, t in enumerate(types):
        if t in ("ES", "ET", "CS"):
            types[i] = "ON"
    # W7: European numbers after a left-to-right letter are left-to-right.
    last_strong = sos
    for i, t in enumerate(types):
        if t == "EN" and last_strong == "L":
            types[i] = "L"
        if t in ("L", "R"):
            last_strong = t

    # N1-N2: a run of neutrals takes the direction around it if both sides agree,
    # otherwise the paragraph direction. Numbers count as right-to-left here.
    def strong(t: str) -> str | None:
        if t == "L":
            return "L"
        if t in ("R", "EN", "AN"):
            return "R"
        return None

    i = 0
    while i < n:
        if strong(types[i]) is None:
            j = i
            while j < n and strong(types[j]) is None:
                j += 1
            before = strong(types[i - 1]) if i > 0 else sos
            after = strong(types[j]) if j < n else sos
            resolved = before if before == after else sos
            for k in range(i, j):
                types[k] = resolved  # type: ignore[assignment]
            i = j
        else:
            i += 1
    # I1-I2: implicit levels.
    levels = []
    for t in types:
        if base % 2 == 0:
            levels.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the order to draw items whose levels are given, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


# -- shaping ----------------------------------------------------------------------------

# Scripts whose letters change shape or position with their neighbours: these go through
# HarfBuzz. Latin, Greek and CJK are drawn as plain text so copying text out of the PDF
# gives back exactly the characters typed (no "ﬁ" ligatures).
_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Arabic supplement/extended
    (0x0900, 0x0DFF),  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, ...
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
    (0x200C, 0x200D),  # zero-width (non-)joiner
)


_COMPLEX = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPLEX_RANGES) + "]")


@dataclass(frozen=True, slots=True)
class _Drawn:
    """One run ready to draw: the font, the (possibly shaped) string and its width."""

    font: str
    text: str  # str or ReportLab ShapedStr
    width: float


@lru_cache(maxsize=4096)
def _shape(text: str, font_name: str, size: float, rtl: bool) -> _Drawn:
    """Shape `text` with HarfBuzz in an explicit direction, returning glyphs in visual order.

    Mirrors ReportLab's own `shapeFragWord`, which guesses the direction from the script
    and so reverses the digits of an Arabic sentence; here the bidi algorithm decides.
    """
    import uharfbuzz
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    ttf = get_font(font_name)
    hb_font = ttf.hbFont(size)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    uharfbuzz.shape(hb_font, buf, {"kern": True, "liga": True})
    chars: list[str] = []
    data = []
    advance_total = 0.0
    face = ttf.face
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            uchar = face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            uchar = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                face.charWidths[uchar],
            )
        )
        advance_total += x_advance
        chars.append(chr(uchar))
    shaped = ShapedStr("".join(chars), shapeData=data)
    return _Drawn(font_name, shaped, advance_total * size / 1000)


def _visible(text: str) -> str:
    if text.isascii():  # cleaned ASCII holds no invisible character but the line feed
        return text.replace("\n", "")
    return "".join(c for c in text if not is_invisible(c) or c == " ")


@lru_cache(maxsize=8192)
def _plain(text: str, font_name: str, size: float) -> _Drawn:
    shown = _visible(text)
    get_font(font_name)
    return _Drawn(font_name, shown, pdfmetrics.stringWidth(shown, font_name, size))


def _draw_piece(text: str, font_name: str, size: float, level: int) -> _Drawn:
    if level % 2 or _COMPLEX.search(text):
        return _shape(text, font_name, size, bool(level % 2))
    return _plain(text, font_name, size)


# -- paragraphs, words, lines -------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    """One paragraph of member text with what layout needs per character."""

    text: str
    base: int
    levels: list[int]
    fonts: list[str]
    uniform: bool = False  # one font, left to right, unshaped: see `_is_uniform`


def _assign_fonts(text: str, chain: tuple[str, ...]) -> list[str]:
    """A font per character. A word that one font can draw whole uses that font (so a
    Welsh word in large print does not mix two typefaces); otherwise each character takes
    the first font that has it, and marks, joiners and spaces stay with their neighbour."""
    # The common case, one font draws every character: no per-word search needed.
    first = chain[0]
    if covers(first, text):
        return [first] * len(text)
    fonts: list[str | None] = [None] * len(text)
    for match in re.finditer(r"[^ \n]+", text):
        word = match.group()
        visible = [c for c in set(word) if not is_invisible(c)]
        for name in chain:
            if all(font_for_char(c, (name,)) for c in visible):
                fonts[match.start() : match.end()] = [name] * len(word)
                break
        else:
            previous: str | None = None
            for i in range(match.start(), match.end()):
                char = text[i]
                follows = is_invisible(char) or unicodedata.category(char).startswith("M")
                if (
                    follows
                    and previous is not None
                    and (is_invisible(char) or font_for_char(char, (previous,)))
                ):
                    fonts[i] = previous
                    continue
                found = font_for_char(char, chain)
                fonts[i] = found or chain[0]
                previous = fonts[i]
    # Spaces (and leading invisibles) take the font of the character before, else after.
    result: list[str] = []
    last = None
    for name in fonts:
        last = name or last
        result.append(last or "")
    following = chain[0]
    for i in range(len(result) - 1, -1, -1):
        if fonts[i] is None and not result[i]:
            result[i] = following
        following = result[i] or following
    return result


def _is_uniform(para: _Para) -> bool:
    """True when a paragraph is one font, left to right and unshaped: then a line's width
    is the sum of its pieces' widths, so lines can be measured as they grow."""
    n = len(para.text)
    return (
        para.levels.count(0) == n
        and para.fonts.count(para.fonts[0] if n else "") == n
        and not _COMPLEX.search(para.text)
    )


def _prepare(text: str, chain: tuple[str, ...]) -> list[_Para]:
    paras = []
    for line in text.split("\n"):
        base = base_level(line)
        para = _Para(line, base, bidi_levels(line, base), _assign_fonts(line, chain))
        para.uniform = _is_uniform(para)
        paras.append(para)
    return paras


def _segments(para: _Para, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal ranges in [start, end) of one font and one level."""
    ranges = []
    i = start
    while i < end:
        j = i + 1
        while j < end and para.fonts[j] == para.fonts[i] and para.levels[j] == para.levels[i]:
            j += 1
        ranges.append((i, j))
        i = j
    return ranges


def _width(para: _Para, start: int, end: int, size: float) -> float:
    return sum(
        _draw_piece(para.text[a:b], para.fonts[a], size, para.levels[a]).width
        for a, b in _segments(para, start, end)
    )


@dataclass(slots=True)
class _Line:
    pieces: list[_Drawn]
    width: float
    rtl: bool


def _split_long_word(para: _Para, start: int, end: int, size: float, limit: float) -> list[int]:
    """Cut points inside a word too wide for a line: between characters, never before a
    combining mark, using unshaped widths (close enough to choose where to cut)."""
    cuts = []
    acc = 0.0
    line_start = start
    text, fonts = para.text, para.fonts
    for i in range(start, end):
        char = text[i]
        w = _char_width(char, fonts[i], size)
        if acc + w > limit and i > line_start and not unicodedata.category(char).startswith("M"):
            cuts.append(i)
            line_start = i
            acc = 0.0
        acc += w
    return cuts


@lru_cache(maxsize=16384)
def _char_width(char: str, font_name: str, size: float) -> float:
    return 0.0 if is_invisible(char) else pdfmetrics.stringWidth(char, font_name, size)


def _break_lines(para: _Para, size: float, width: float) -> list[tuple[int, int]]:
    """Greedy line breaking in logical order; returns (start, end) ranges without the
    spaces at the break.

    A uniform paragraph (see `_is_uniform`) adds each word's width to the line's, so the
    work grows with the words; otherwise the line is measured whole for each word added,
    because shaping and bidi runs make widths depend on the neighbours.
    """
    text = para.text
    words = [(m.start(), m.end()) for m in re.finditer(r"[^ ]+", text)]
    if not words:
        return [(0, 0)]
    uniform = para.uniform
    font = para.fonts[0]
    lines: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = 0
    line_width = 0.0
    for w_start, w_end in words:
        if line_start is not None:
            if uniform:
                candidate = line_width + _plain(text[line_end:w_end], font, size).width
            else:
                candidate = _width(para, line_start, w_end, size)
            if candidate <= width:
                line_end, line_width = w_end, candidate
                continue
            lines.append((line_start, line_end))
            line_start = None
        if w_end - w_start >= 400:
            word_width = width + 1  # surely too wide: cut it without measuring it whole
        elif uniform:
            word_width = _plain(text[w_start:w_end], font, size).width
        else:
            word_width = _width(para, w_start, w_end, size)
        if word_width <= width:
            line_start, line_end, line_width = w_start, w_end, word_width
            continue
        # A word wider than the line: cut it, and start a new line after the last piece.
        cuts = _split_long_word(para, w_start, w_end, size, width)
        bounds = [w_start, *cuts, w_end]
        for a, b in itertools.pairwise(bounds):
            lines.append((a, b))
        line_start, line_end = lines.pop()
        line_width = _width(para, line_start, line_end, size)
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines


def _shape_line(para: _Para, start: int, end: int, size: float) -> _Line:
    if para.uniform:
        if start == end:
            return _Line([], 0.0, False)
        piece = _plain(para.text[start:end], para.fonts[start], size)
        return _Line([piece], piece.width, False)
    segs = _segments(para, start, end)
    order = visual_order([para.levels[a] for a, _ in segs])
    pieces = []
    for index in order:
        a, b = segs[index]
        pieces.append(_draw_piece(para.text[a:b], para.fonts[a], size, para.levels[a]))
    return _Line(pieces, sum(p.width for p in pieces), bool(para.base))


def layout_lines(text: str, size: float, width: float, chain: tuple[str, ...]) -> list[_Line]:
    """Lay cleaned text out into lines no wider than `width` points."""
    if text.isascii() and "\n" not in text:
        # Most cells (dates, times, titles) are one short line of plain ASCII: drawn in the
        # first font, left to right, one piece; exactly what the general path gives them.
        shown = text.strip(" ")
        first = chain[0]
        if shown and covers(first, shown):
            piece = _plain(shown, first, size)
            if piece.width <= width:
                return [_Line([piece], piece.width, False)]
    lines = []
    for para in _prepare(text, chain):
        for start, end in _break_lines(para, size, width):
            lines.append(_shape_line(para, start, end, size))
    return lines


# -- the flowable ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a TextBlock looks. `align` "start" means left for left-to-right text and right for
    right-to-left text, per paragraph, which is what a reader of either expects."""

    size: float = 10.0
    leading: float = 13.0
    bold: bool = False
    large_print: bool = False
    color: Any = field(default=colors.black)
    align: str = "start"  # start | end | left | right | center
    space_before: float = 0.0
    space_after: float = 0.0
    #: A heading: it shares its page with the start of what follows (see `reports.keep`).
    keep_with_next: bool = False

    def chain(self) -> tuple[str, ...]:
        return font_chain(bold=self.bold, large_print=self.large_print)


class TextBlock(Flowable):
    """Plain member text as a flowable: never markup, any script, splits across pages."""

    def __init__(self, text: object, style: TextStyle, *, _lines: list[_Line] | None = None):
        super().__init__()
        self.text = clean_text(text)
        self.style = style
        self._lines = _lines
        self._lines_width: float | None = None if _lines is None else -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def _ensure(self, width: float) -> list[_Line]:
        if self._lines is None or (self._lines_width not in (-1.0, width)):
            self._lines = layout_lines(
                self.text, self.style.size, max(width, 1.0), self.style.chain()
            )
            self._lines_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._ensure(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._ensure(availWidth)
        # Callers (tables splitting a row) only ask when the block does not fit, but may
        # ask with a height a rounding error short of it: always give two real pieces or none.
        fit = min(int(availHeight // self.style.leading), len(lines) - 1)
        if fit <= 0:
            return []
        style = self.style
        first = TextBlock("", _no_after(style), _lines=lines[:fit])
        rest = TextBlock("", _no_before(style), _lines=lines[fit:])
        first.text = rest.text = self.text  # for anyone inspecting the pieces
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self.draw_at(canvas, 0.0, 0.0)
        canvas.restoreState()

    def draw_at(self, canvas: Any, x0: float, y0: float) -> None:
        """Draw the lines (after `wrap`) with the block's lower left corner at (x0, y0).

        Containers that draw many blocks (see `row_table`) call this directly, saving the
        state push and coordinate shift that `drawOn` costs each block. It sets the fill
        colour and leaves it set: callers keep the canvas state around the whole batch.
        """
        style = self.style
        canvas.setFillColor(style.color)
        size = style.size
        descent = size * 0.25
        y = y0 + self.height - style.leading + (style.leading - size) / 2 + descent
        # One text object for the whole block: a PDF text object per piece costs more to
        # write than the text itself when a table holds thousands of short cells.
        text_object = canvas.beginText()
        current_font = None
        for line in self._lines or []:
            x = x0 + _line_x(line, style.align, self.width)
            for piece in line.pieces:
                if piece.text:
                    text_object.setTextOrigin(x, y)
                    if piece.font != current_font:
                        text_object.setFont(piece.font, size)
                        current_font = piece.font
                    text_object.textOut(piece.text)
                x += piece.width
            y -= style.leading
        canvas.drawText(text_object)


def _line_x(line: _Line, align: str, width: float) -> float:
    if align == "center":
        return (width - line.width) / 2
    right = align == "right" or (align == "start" and line.rtl) or (align == "end" and not line.rtl)
    return width - line.width if right else 0.0


def _no_after(style: TextStyle) -> TextStyle:
    from dataclasses import replace

    return replace(style, space_after=0.0)


def _no_before(style: TextStyle) -> TextStyle:
    from dataclasses import replace

    return replace(style, space_before=0.0)


#: The most characters a one-line header or footer is laid out from.
HEADER_CHARS = 240


def fits_on_line(text: object, style: TextStyle, width: float) -> bool:
    """True when `text` (as a header or footer shows it) fits on one line `width` wide."""
    cleaned = clean_text(text).replace("\n", " ")[:HEADER_CHARS]
    lines = layout_lines(cleaned, style.size, 1e9, style.chain())
    return not lines or lines[0].width <= width


def draw_text_line(
    canvas: Any, x: float, y: float, text: object, style: TextStyle, width: float
) -> None:
    """Draw one line of text (headers and footers) at baseline `y`, aligned within
    [x, x + width]; anything beyond one line is cut with an ellipsis."""
    # A header never shows more than a line, so never lay out more than a line's worth.
    cleaned = clean_text(text).replace("\n", " ")[:HEADER_CHARS]
    chain = style.chain()
    lines = layout_lines(cleaned, style.size, 1e9, chain)
    if not lines:
        return
    line = lines[0]
    if line.width > width:
        # The longest start of the text that fits with an ellipsis (binary search).
        low, high = 0, len(cleaned)
        while low < high:
            middle = (low + high + 1) // 2
            if layout_lines(cleaned[:middle] + "…", style.size, 1e9, chain)[0].width <= width:
                low = middle
            else:
                high = middle - 1
        line = layout_lines(cleaned[:low].rstrip() + "…", style.size, 1e9, chain)[0]
    canvas.saveState()
    canvas.setFillColor(style.color)
    position = x + _line_x(line, style.align, width)
    for piece in line.pieces:
        if piece.text:
            text_object = canvas.beginText(position, y)
            text_object.setFont(piece.font, style.size)
            text_object.textOut(piece.text)
            canvas.drawText(text_object)
        position += piece.width
    canvas.restoreState()
