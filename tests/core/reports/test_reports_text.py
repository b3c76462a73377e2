"""Text on the page: cleaning, the bidi algorithm, fonts for every script, safe wrapping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reports_samples import SCRIPT_SAMPLES

from coprod_desktop.core.reports.fonts import find_unrenderable, font_chain
from coprod_desktop.core.reports.resources import RESOURCES_ENV, resources_dir
from coprod_desktop.core.reports.text import (
    TextBlock,
    TextStyle,
    base_level,
    bidi_levels,
    clean_text,
    escape_markup,
    layout_lines,
    visual_order,
)


def test_clean_text_strips_controls_and_keeps_rtl_marks() -> None:
    assert clean_text("a\x00b\x07c\x1b[31md\x7f") == "abc[31md"
    assert clean_text("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"
    assert clean_text("\u200fמ\u200e") == "\u200fמ\u200e"
    assert clean_text("\u202eevil") == "evil"  # overrides could disguise text: dropped
    assert clean_text("e\u0301") == "é"  # NFC, so one glyph is found
    assert clean_text(None) == ""


def test_escape_markup_for_the_rare_paragraph() -> None:
    assert escape_markup('<b>&x"') == "&lt;b&gt;&amp;x&quot;"


@pytest.mark.parametrize("name", sorted(SCRIPT_SAMPLES))
def test_every_script_has_glyphs(name: str) -> None:
    assert find_unrenderable([SCRIPT_SAMPLES[name]]) == []


def test_emoji_and_unassigned_characters_are_reported() -> None:
    problems = find_unrenderable(["fine", "Thanks 😀 and 😀", "\U000e0001x"])
    assert [(p.text_index, p.codepoint) for p in problems] == [(1, "U+1F600")]
    assert problems[0].char_name == "GRINNING FACE"
    assert "no glyph" in problems[0].reason
    assert find_unrenderable(["\U0010fffd"])[0].char_name == "unnamed character"


def test_large_print_puts_atkinson_first_and_keeps_every_script() -> None:
    chain = font_chain(large_print=True)
    assert chain[0] == "CoprodLarge"
    assert set(font_chain()) <= set(chain)
    assert font_chain(bold=True)[0] == "CoprodSans-Bold"


def test_resources_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    assert (resources_dir() / "fonts" / "NotoSans-Regular.ttf").is_file()
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    assert resources_dir() == tmp_path


def test_bidi_levels_follow_uax9_for_common_cases() -> None:
    assert base_level("Hello مرحبا") == 0
    assert base_level("123 مرحبا") == 1
    text = "abc אבג 123"
    assert bidi_levels(text, 0) == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
    arabic = "مرحبا 12 عالم"
    levels = bidi_levels(arabic, 1)
    assert levels[6:8] == [2, 2] and set(levels[:5]) == {1}
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]


def test_rtl_paragraph_reads_right_to_left_with_numbers_left_to_right() -> None:
    lines = layout_lines("مرحبا 12 عالم", 10, 500, font_chain())
    pieces = lines[0].pieces
    assert lines[0].rtl
    # Drawn left to right: the last word first, then the number, then the first word,
    # each Arabic word joined (presentation forms) and read right to left.
    drawn = [str(p.text).strip() for p in pieces if str(p.text).strip()]
    assert drawn == ["\ufee2\ufedf\ufe8e\ufecb", "12", "\ufe8e\ufe92\ufea3\ufeae\ufee3"]
    assert [p.font for p in pieces if str(p.text).strip()] == [
        "CoprodArabic",
        "CoprodSans",
        "CoprodArabic",
    ]


def test_a_word_wider_than_the_line_is_cut_not_overflowing() -> None:
    lines = layout_lines("a" * 20_000, 10, 100, font_chain())
    assert len(lines) > 100
    assert all(line.width <= 100.01 for line in lines)
    assert sum(len(p.text) for line in lines for p in line.pieces) == 20_000


def test_text_block_splits_between_lines() -> None:
    block = TextBlock(" ".join(["word"] * 500), TextStyle(size=10, leading=12))
    _, height = block.wrap(200, 10_000)
    parts = block.split(200, height / 2)
    assert len(parts) == 2
    heights = [p.wrap(200, 10_000)[1] for p in parts]
    assert sum(heights) == pytest.approx(height)
    assert block.split(200, 5) == []
    # Asked to split at its full height (tables do, by rounding), it still gives two pieces.
    assert len(block.split(200, height)) == 2
    assert TextBlock("one line", TextStyle()).split(200, 100) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_lays_out_within_the_width(text: str) -> None:
    cleaned = clean_text(text)
    lines = layout_lines(cleaned, 9, 120, font_chain())
    for line in lines:
        # one character may be wider than a narrow column only if it is alone on the line
        assert line.width <= 120.01 or sum(len(p.text) for p in line.pieces) <= 2


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789£é·—'.,",
            min_size=1,
            max_size=25,
        ),
        max_size=60,
    ),
    st.sampled_from([40.0, 90.0, 150.0, 300.0]),
)
def test_one_font_text_breaks_where_whole_lines_are_measured(
    words: list[str], width: float
) -> None:
    """The quick path (a line measured as it grows) must break exactly where measuring the
    whole line again for each word would, and give lines of the same width."""
    from coprod_desktop.core.reports import text as text_module

    line = " ".join(words)
    chain = font_chain()
    para = text_module._prepare(line, chain)[0]
    assert para.uniform
    quick = text_module._break_lines(para, 10, width)
    para.uniform = False
    slow = text_module._break_lines(para, 10, width)
    assert quick == slow
    para.uniform = True
    for start, end in quick:
        drawn = text_module._shape_line(para, start, end, 10)
        assert drawn.width == pytest.approx(text_module._width(para, start, end, 10))


def test_mixed_scripts_still_take_the_measured_path() -> None:
    from coprod_desktop.core.reports import text as text_module

    chain = font_chain()
    assert not text_module._prepare("Hello مرحبا", chain)[0].uniform
    assert not text_module._prepare("Hello 你好", chain)[0].uniform
    assert text_module._prepare("Hello, £12.50 — café", chain)[0].uniform


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" abcXYZ019.,£'-", max_size=60), st.sampled_from([30.0, 80.0, 400.0]))
def test_one_short_line_is_laid_out_as_the_general_path_would(text: str, width: float) -> None:
    """The shortcut for one line of ASCII must give the same line as the paragraph path."""
    from coprod_desktop.core.reports import text as text_module

    cleaned = clean_text(text)
    chain = font_chain()
    quick = layout_lines(cleaned, 9, width, chain)
    general = [
        text_module._shape_line(para, start, end, 9)
        for para in text_module._prepare(cleaned, chain)
        for start, end in text_module._break_lines(para, 9, width)
    ]
    assert [[p.text for p in line.pieces] for line in quick] == [
        [p.text for p in line.pieces] for line in general
    ]
    assert [line.width for line in quick] == pytest.approx([line.width for line in general])
