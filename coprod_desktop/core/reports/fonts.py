"""The fonts every PDF embeds, registered lazily, and the check for characters none can show.

Why a chain of fonts: no single TrueType font covers Welsh, Polish, Greek, Arabic, Urdu, Bengali
and Chinese. Each piece of text is split into runs and each run uses the first font in the chain
that has its glyphs. A character no shipped font has would silently become an empty box in the
PDF, so `find_unrenderable` lets the document builder refuse *before* making a PDF.

Registration costs a few milliseconds a font (about 0.1 s for the CJK collection), so a font is
registered the first time a run needs it, once per process, under a lock (PDFs are built off the
GUI thread).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from coprod_desktop.core.reports.resources import fonts_dir

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True, slots=True)
class FontFile:
    """One shipped font: its registered name, file and index inside a collection (.ttc)."""

    name: str
    filename: str
    subfont_index: int = 0


# Every shipped font. Licences are beside the files in resources/fonts.
FONT_FILES: dict[str, FontFile] = {
    f.name: f
    for f in (
        FontFile("CoprodSans", "NotoSans-Regular.ttf"),
        FontFile("CoprodSans-Bold", "NotoSans-Bold.ttf"),
        # Atkinson Hyperlegible Next, not the first Atkinson: it has ŵ ŷ Ŵ Ŷ, so Welsh words
        # ("Grŵp", "hŷn") stay in one face instead of falling back to Noto mid-word.
        FontFile("CoprodLarge", "AtkinsonHyperlegibleNext-Regular.ttf"),
        FontFile("CoprodLarge-Bold", "AtkinsonHyperlegibleNext-Bold.ttf"),
        FontFile("CoprodArabic", "NotoSansArabic-Regular.ttf"),
        FontFile("CoprodArabic-Bold", "NotoSansArabic-Bold.ttf"),
        FontFile("CoprodBengali", "NotoSansBengali-Regular.ttf"),
        FontFile("CoprodBengali-Bold", "NotoSansBengali-Bold.ttf"),
        # WenQuanYi Micro Hei: glyf outlines (ReportLab cannot embed CFF), no bold face.
        FontFile("CoprodCJK", "wqy-microhei.ttc", 0),
    )
}

_REGULAR_CHAIN = ("CoprodSans", "CoprodArabic", "CoprodBengali", "CoprodCJK")
_BOLD_CHAIN = ("CoprodSans-Bold", "CoprodArabic-Bold", "CoprodBengali-Bold", "CoprodCJK")


def font_chain(*, bold: bool = False, large_print: bool = False) -> tuple[str, ...]:
    """The fonts to try, in order, for text of this weight.

    Large print puts Atkinson Hyperlegible Next (drawn for low-vision readers) first; it covers
    Latin (Welsh included), so only other scripts fall through to Noto.
    Bold chains end with the regular fonts so a glyph missing in a bold face still shows.
    """
    chain = _BOLD_CHAIN + _REGULAR_CHAIN if bold else _REGULAR_CHAIN
    if large_print:
        chain = (("CoprodLarge-Bold",) if bold else ("CoprodLarge",)) + chain
    # Keep the order, drop duplicates (the CJK font appears in both chains).
    return tuple(dict.fromkeys(chain))


_lock = threading.Lock()
_registered: dict[str, TTFont] = {}


def get_font(name: str) -> TTFont:
    """Register (once) and return the ReportLab TrueType font called `name`."""
    font = _registered.get(name)
    if font is not None:
        return font
    with _lock:
        font = _registered.get(name)
        if font is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            spec = FONT_FILES[name]
            path = fonts_dir() / spec.filename
            font = TTFont(spec.name, str(path), subfontIndex=spec.subfont_index)
            pdfmetrics.registerFont(font)
            _registered[name] = font
    return font


def has_glyph(name: str, char: str) -> bool:
    """True when font `name` maps `char` to a glyph."""
    return ord(char) in get_font(name).face.charToGlyph


def is_invisible(char: str) -> bool:
    """Characters that are never drawn, so need no glyph: format controls such as the
    right-to-left mark, zero-width joiners and variation selectors, and line breaks."""
    if char in "\n ":
        return True
    category = unicodedata.category(char)
    return category == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF


# The invisible characters members' text most often holds, so `covers` rarely needs a
# category lookup: line feed, space, the direction marks and the zero-width (non-)joiners.
_INVISIBLE_COMMON = frozenset("\n \u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


@lru_cache(maxsize=8192)
def _first_font_for(char: str, chain: tuple[str, ...]) -> str | None:
    for name in chain:
        if has_glyph(name, char):
            return name
    return None


def font_for_char(char: str, chain: tuple[str, ...]) -> str | None:
    """The first font in `chain` that can draw `char`, or None if none can."""
    return _first_font_for(char, chain)


@lru_cache(maxsize=64)
def drawn_by(name: str) -> frozenset[str]:
    """Every character font `name` has a glyph for, and every invisible one: a set, so whole
    texts are checked against a font with one set operation instead of a lookup a character."""
    font = get_font(name)
    return frozenset(map(chr, font.face.charToGlyph)) | _INVISIBLE_COMMON


def covers(name: str, text: str) -> bool:
    """True when font `name` can draw all of `text` (invisible characters need no glyph)."""
    missing = set(text).difference(drawn_by(name))
    return not missing or all(is_invisible(char) for char in missing)


@dataclass(frozen=True, slots=True)
class Problem:
    """A character that no shipped font can draw, and where it was found."""

    text_index: int  # which of the texts given to find_unrenderable
    position: int  # index of the character in that text
    character: str
    codepoint: str  # "U+1F600"
    char_name: str  # Unicode name, or "unnamed character"
    context: str  # a few characters around it, for the message

    @property
    def reason(self) -> str:
        return f"{self.codepoint} {self.char_name.title()} has no glyph in any font the app ships"


def find_unrenderable(texts: Iterable[str]) -> list[Problem]:
    """List every character in `texts` that no shipped font can draw, before a PDF is made.

    Each distinct character is reported once per text. Text is looked at as the PDF will see
    it (after `text.clean_text`), so stripped control characters are not reported.
    """
    from coprod_desktop.core.reports.text import clean_text

    chain = font_chain()
    problems: list[Problem] = []
    for index, raw in enumerate(texts):
        text = clean_text(raw)
        if covers(chain[0], text):
            continue
        seen: set[str] = set()
        for position, char in enumerate(text):
            if char in seen:
                continue
            seen.add(char)
            if is_invisible(char) or font_for_char(char, chain) is not None:
                continue
            problems.append(
                Problem(
                    text_index=index,
                    position=position,
                    character=char,
                    codepoint=f"U+{ord(char):04X}",
                    char_name=unicodedata.name(char, "unnamed character"),
                    context=text[max(0, position - 12) : position + 13],
                )
            )
    return problems
