"""Reading a JSON document from outside: refused plainly when it is not one we should read.

Why a module of its own: `json.loads` alone let a hostile document end in a traceback (issue
17, finding 3): nesting deep enough to exhaust the interpreter's stack, a number of thousands
of digits (Python refuses to convert it), and a lone surrogate escape (`\\ud800`), which
parses into a string that can never be stored. A byte-order mark, which some editors add,
is accepted (finding 8).
"""

from __future__ import annotations

import json
import re
from typing import Any

from coprod_desktop.core.domain.errors import UserError


def parse(data: bytes) -> Any:
    """The document in `data`, or a plain UserError when it is not JSON at all."""
    try:
        # utf-8-sig: a byte-order mark (some editors add one) is not a reason to refuse
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
        doc = json.loads(text)
    except UnicodeDecodeError:
        raise UserError("The file is not UTF-8 text: choose a JSON export.", "file") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}): choose a file "
            "made with 'coprod export json'.",
            "file",
        ) from None
    except RecursionError:
        raise UserError(
            "The file nests lists or objects far deeper than an export does: it is not a "
            "Coprod Desktop export.",
            "file",
        ) from None
    except ValueError:  # a number of thousands of digits (Python refuses to read it)
        raise UserError(
            "The file holds a number with thousands of digits: it is not a Coprod Desktop export.",
            "file",
        ) from None
    if _LONE_SURROGATE.search(text):
        _refuse_lone_surrogates(doc)
    return doc


# A \uD800-\uDFFF escape: JSON can spell half of a character pair, which is not text at all
# and cannot be stored; only then is the document walked to find one left alone.
_LONE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _refuse_lone_surrogates(doc: Any) -> None:
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise UserError(
                    f"The file holds text that is not valid Unicode (near '{item[:20]!a}'): it "
                    "is damaged or was not made by Coprod Desktop.",
                    "file",
                ) from None
