"""Refuse, before layout, text that no shipped font can draw: one message for every document.

The claim PDF has its own wording (`claim.check_claim_renderable`); the portfolio, my-terms and
summary documents share this one, so the member always hears the same thing: which character,
where, and what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.reports.fonts import find_unrenderable

#: At most this many characters are named in one message; the rest are counted.
NAMED = 10


def unrenderable_message(document: str, fields: Sequence[tuple[str, str]]) -> UserError | None:
    """The UserError that describes every character in `fields` the PDF could not show, or None.

    `fields` are (where, text) pairs, `where` as the member would say it ("the title of the
    activity on 3 Mar 2026")."""
    problems = find_unrenderable(text for _, text in fields)
    if not problems:
        return None
    parts = [
        f"'{p.character}' ({p.codepoint} {p.char_name.title()}) in {fields[p.text_index][0]}"
        for p in problems[:NAMED]
    ]
    more = f" and {len(problems) - NAMED} more" if len(problems) > NAMED else ""
    return UserError(
        f"The {document} cannot show "
        + "; ".join(parts)
        + more
        + ". No font in the app has these characters (emoji are not supported): remove or "
        "replace them and try again.",
        fields[problems[0].text_index][0],
    )


def check_renderable(document: str, fields: Sequence[tuple[str, str]]) -> None:
    """Raise the UserError from `unrenderable_message`, if there is one."""
    error = unrenderable_message(document, fields)
    if error is not None:
        raise error
