"""Issue 17, finding 3 (and the BOM of finding 8): `import json` lets in only what a form
would, and a hostile document is refused with one sentence, never a traceback."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.core.domain.kinds import ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Expense, Organisation
from coprod_desktop.core.io.json_io import export_json
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import coprod_here, hash_tree

CLOCK = FixedClock(date(2026, 11, 22))


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data = tmp_path_factory.mktemp("source") / "data"
    sv = open_services(data, CLOCK)
    try:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        sv.activities.create(
            Activity(
                organisation_id=org.id, date=date(2026, 11, 1), title="Panel", contact_minutes=90
            )  # type: ignore[arg-type]
        )
        sv.expenses.create(
            Expense(
                organisation_id=org.id,  # type: ignore[arg-type]
                date=date(2026, 11, 1),
                category=ExpenseCategory.PARKING,
                amount=Money(450),
            )
        )
        return json.loads(export_json(sv))
    finally:
        sv.close()


def activity(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["activities"][0]


def expense(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["expenses"][0]


EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "negative minutes": (
        lambda d: activity(d).update(contact_minutes=-600),
        "Activity 1: The contact minutes cannot be negative.",
    ),
    "negative amount": (
        lambda d: expense(d).update(amount="-4.50"),
        "Expense 1: The amount cannot be negative.",
    ),
    "absurd amount": (
        lambda d: expense(d).update(amount="99999999999.00"),
        "over £1,000,000",
    ),
    "title over the limit": (
        lambda d: activity(d).update(title="t" * 501),
        "Activity 1: The title is too long (501 characters): keep it under 500.",
    ),
    "a 2 MB note": (
        lambda d: activity(d).update(private_notes="n" * 2_000_000),
        "Activity 1: The private notes is too long (2,000,000 characters)",
    ),
    "empty title": (lambda d: activity(d).update(title="  "), "Activity 1: The title is empty"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_import_refuses_what_a_form_refuses(
    export: dict[str, Any], tmp_path: Path, edit: str
) -> None:
    doc = json.loads(json.dumps(export))
    change, sentence = EDITS[edit]
    change(doc)
    source = tmp_path / "crafted.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    data = tmp_path / "target"
    assert coprod_here(data, "list", "orgs")[0] == 0  # an empty folder, made
    before = hash_tree(data)
    code, _out, err = coprod_here(data, "import", "json", str(source))
    assert code == 1, err
    assert sentence in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert hash_tree(data) == before


HOSTILE: dict[str, tuple[bytes, str]] = {
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nests lists or objects far deeper"),
    "a 5,000-digit number": (
        b'{"format": "coprod-desktop", "version": ' + b"9" * 5000 + b"}",
        "a number with thousands of digits",
    ),
    "a lone surrogate": (None, "not valid Unicode"),  # type: ignore[dict-item]
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_json_is_one_sentence(export: dict[str, Any], tmp_path: Path, case: str) -> None:
    content, sentence = HOSTILE[case]
    if content is None:
        doc = json.loads(json.dumps(export))
        activity(doc)["title"] = "PLACEHOLDER"
        content = json.dumps(doc).replace("PLACEHOLDER", "\\ud800 alone").encode("ascii")
    source = tmp_path / "hostile.json"
    source.write_bytes(content)
    data = tmp_path / "target"
    code, _out, err = coprod_here(data, "import", "json", str(source))
    assert code == 1, err
    assert sentence in err and "Traceback" not in err


def test_a_byte_order_mark_is_accepted(export: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(export).encode("utf-8"))
    data = tmp_path / "target"
    code, _out, err = coprod_here(data, "import", "json", str(source))
    assert code == 0, err
    code, out, _err = coprod_here(data, "list", "activities", "--json")
    assert json.loads(out)[0]["title"] == "Panel"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from coprod_desktop.core.io.evidence_bundle import export_bundle

    data = tmp_path_factory.mktemp("bundle") / "data"
    sv = open_services(data, CLOCK)
    try:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        sv.activities.create(
            Activity(
                organisation_id=org.id,  # type: ignore[arg-type]
                date=date(2026, 11, 1),
                title="Panel",
                contact_minutes=90,
            )
        )
        return export_bundle(sv, include_text=True)
    finally:
        sv.close()


def test_an_evidence_bundle_is_held_to_the_same_limits(bundle: bytes) -> None:
    """Bundles are the fourth importer: a negative amount or a lone surrogate is refused with
    a sentence naming the file, and a byte-order mark is accepted."""
    from coprod_desktop.core.domain.errors import UserError
    from coprod_desktop.core.io.evidence_bundle import read_bundle

    read = read_bundle("bom.json", b"\xef\xbb\xbf" + bundle)
    assert sum(y.hours.total_minutes for y in read.years) == 90
    text = bundle.decode("utf-8")
    negative = re.sub(r'"fees_earned": "[0-9.]+"', '"fees_earned": "-5.00"', text, count=1)
    assert negative != text
    with pytest.raises(UserError, match=r"The bundle negative\.json cannot be used"):
        read_bundle("negative.json", negative.encode("utf-8"))
    surrogate = text.replace("Riverside Trust", "Riverside \\ud800 Trust", 1)
    assert surrogate != text
    with pytest.raises(UserError, match="not valid Unicode"):
        read_bundle("surrogate.json", surrogate.encode("utf-8"))
