"""Headings that stay with what follows them.

Why: a heading at the foot of a page with its table on the next ("Carers Voice Network / 942
contributions" alone under page 1's last line) reads as a section with nothing in it. ReportLab's
own `keepWithNext` keeps a heading with the *whole* next flowable, which for a table of a
thousand rows is no help (it is split anyway) and for a short table moved whole to the next
page leaves the heading behind all the same. So before each heading the document places a
`KeepWithStart`: a conditional page break whose height is worked out when the page is laid out,
as the heading's height plus the height of the *start* of what follows (a table's header and
first row, two lines of text, a chart or a kept-together block whole). When that does not fit
in the room left, the heading starts the next page.

`keep_headings` puts one before every run of headings (a TextBlock whose style says
`keep_with_next`) in a story, so every document gets this from `DocumentRenderer.render`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from coprod_desktop.core.reports.row_table import RowTable
from coprod_desktop.core.reports.text import TextBlock

#: Lines of a paragraph that must follow a heading on its page.
TEXT_LINES = 2


def _full_height(flowable: Flowable, canv: Any, width: float, height: float) -> float:
    _, h = flowable.wrapOn(canv, width, height)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def start_height(flowable: Flowable, canv: Any, width: float, height: float) -> float:
    """The height of the part of `flowable` that must share a page with a heading above it."""
    if isinstance(flowable, RowTable):
        flowable.wrapOn(canv, width, height)
        header, rows = flowable._measure()
        return header + (rows[0] if rows else 0.0)
    if isinstance(flowable, Table):
        flowable.wrapOn(canv, width, height)
        heights = flowable._rowHeights
        return float(sum(heights[: min(len(heights), flowable.repeatRows + 1)]))
    if isinstance(flowable, TextBlock):
        style = flowable.style
        full = _full_height(flowable, canv, width, height)
        return min(full, style.space_before + TEXT_LINES * style.leading)
    if isinstance(flowable, KeepTogether):
        flowable.wrapOn(canv, width, height)  # answers a huge height to force a split ...
        full = float(flowable._H)  # ... and keeps the real one here
        content = flowable._content
        if full <= height or not content:
            return full
        return start_height(content[0], canv, width, height)
    return _full_height(flowable, canv, width, height)


class KeepWithStart(CondPageBreak):
    """Breaks the page unless `headings` and the start of `follower` fit in the room left."""

    def __init__(self, headings: Sequence[Flowable], follower: Flowable | None) -> None:
        super().__init__(0)
        self.headings = list(headings)
        self.follower = follower

    def __repr__(self) -> str:
        return f"KeepWithStart({len(self.headings)} headings)"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0  # already at the top: a break would only leave an empty page
        page = getattr(frame, "_height", availHeight) if frame is not None else availHeight
        need = sum(_full_height(h, self.canv, availWidth, page) for h in self.headings)
        if self.follower is not None:
            need += start_height(self.follower, self.canv, availWidth, page)
        self.height = need
        return super().wrap(availWidth, availHeight)


def is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, TextBlock) and flowable.style.keep_with_next


def _is_gap(flowable: Flowable) -> bool:
    """Flowables that stand between a heading and its content without being content."""
    return isinstance(flowable, Spacer)  # CondPageBreak and KeepWithStart included


def keep_headings(story: Sequence[Flowable]) -> list[Flowable]:
    """`story` with a `KeepWithStart` before each run of headings (headings, and the spaces
    between them, up to the first flowable that is neither)."""
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        item = story[index]
        if not is_heading(item):
            out.append(item)
            index += 1
            continue
        end = index
        while end < len(story) and (is_heading(story[end]) or _is_gap(story[end])):
            end += 1
        run = list(story[index:end])
        follower = story[end] if end < len(story) else None
        headings = [f for f in run if not isinstance(f, CondPageBreak)]
        out.append(KeepWithStart(headings, follower))
        out.extend(run)
        index = end
    return out
