"""Accessibility of the record dialogs: names for every control, a Tab order that follows the
page, and nothing hidden or out of reach.

A screen reader announces a control by its accessible name; a control without one is a blank
to a blind member. A keyboard user meets the controls in Tab order; if it jumps about the page,
a form that works for a mouse user is a maze for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from alt_keys import shared_alt_keys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import Basis, ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Expense,
    Organisation,
    Terms,
)
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.expenses import NewFile
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from coprod_desktop.ui.dialogs.agreement import AgreementDialog
from coprod_desktop.ui.dialogs.claim_builder import ClaimBuilderDialog
from coprod_desktop.ui.dialogs.expense import ExpenseDialog
from coprod_desktop.ui.dialogs.organisation import OrganisationDialog
from coprod_desktop.ui.dialogs.payment import PaymentDialog
from coprod_desktop.ui.dialogs.terms import TermsDialog


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "blue").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def records(services: Services) -> dict[str, object]:
    """One of each record, so every dialog can be opened both empty and for editing."""
    org = services.organisations.create(Organisation(name="Cardiff University", code="CU"))
    agreement = services.agreements.create(
        Agreement(
            org.id,
            "Lay member",
            date(2026, 1, 1),
            terms=(Terms(date(2026, 1, 1), Basis.HOURLY, hourly_rate=Money(2000)),),
        )
    )
    activity = services.activities.create(
        Activity(org.id, date(2026, 10, 3), "Panel", agreement_id=agreement.id, contact_minutes=90)
    )
    expense = services.expenses.create(
        Expense(org.id, date(2026, 10, 3), ExpenseCategory.PARKING, amount=Money(300)),
        [NewFile("receipt.png", _png())],
    )
    claim = services.claims.create(org.id)
    services.claims.submit(claim.number, date(2026, 11, 22))
    return {
        "org": org,
        "agreement": agreement,
        "activity": activity,
        "expense": expense,
        "claim": claim.number,
    }


def _keep(record: object) -> object:
    return record


def every_dialog(services: Services, records: dict[str, object]) -> dict[str, QDialog]:
    agreement = records["agreement"]
    assert isinstance(agreement, Agreement)

    def keep_expense(expense: Expense, _files: list[NewFile]) -> Expense:
        return expense

    makers: dict[str, Callable[[], QDialog]] = {
        "organisation, new": lambda: OrganisationDialog(services, _keep),
        "organisation, edit": lambda: OrganisationDialog(services, _keep, records["org"]),
        "agreement, new": lambda: AgreementDialog(services, _keep),
        "agreement, edit": lambda: AgreementDialog(services, _keep, agreement),
        "terms": lambda: TermsDialog(services, _keep, agreement.terms[0]),
        "activity, new": lambda: ActivityDialog(services, _keep),
        "activity, edit": lambda: ActivityDialog(services, _keep, records["activity"]),
        "expense, new": lambda: ExpenseDialog(services, keep_expense),
        "expense, edit": lambda: ExpenseDialog(services, keep_expense, records["expense"]),
        "claim builder": lambda: ClaimBuilderDialog(services),
        "payment": lambda: PaymentDialog(services, str(records["claim"])),
    }
    return {name: make() for name, make in makers.items()}


def focusable(dialog: QDialog) -> list[QWidget]:
    """Controls a keyboard can reach in this window (hidden ones too: they show on a choice).

    A control whose focus is passed to another (the line edit inside a date box) is the other
    control to the member; popups are their own windows."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or widget.focusProxy() is not None:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def test_every_focusable_control_in_every_dialog_has_an_accessible_name(
    qtbot: QtBot, services: Services, records: dict[str, object]
) -> None:
    unnamed = []
    counted = 0
    for name, dialog in every_dialog(services, records).items():
        qtbot.addWidget(dialog)
        controls = focusable(dialog)
        assert len(controls) >= 3, name
        counted += len(controls)
        for widget in controls:
            label = widget.accessibleName().strip()
            if not label:
                unnamed.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
    assert counted > 100  # the check really looked at the forms' controls


def test_no_two_controls_in_a_dialog_share_an_alt_key(
    qtbot: QtBot, services: Services, records: dict[str, object]
) -> None:
    clashes = {}
    for name, dialog in every_dialog(services, records).items():
        qtbot.addWidget(dialog)
        shared = shared_alt_keys(dialog)
        if shared:
            clashes[name] = shared
    assert not clashes, "\n".join(f"{k}: {v}" for k, v in clashes.items())


def _is_input(widget: QWidget) -> bool:
    # QAbstractScrollArea covers the multi-line text boxes and the lists
    return isinstance(
        widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton | QAbstractScrollArea
    )


def _visual_order(dialog: QDialog, widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, and left to right along a row (controls whose middles are level)."""
    placed = []
    for widget in widgets:
        top_left = widget.mapTo(dialog, widget.rect().topLeft())
        middle = top_left.y() + widget.height() // 2
        placed.append((middle, top_left.x(), widget))
    placed.sort(key=lambda p: (p[0], p[1]))
    rows: list[list[tuple[int, int, QWidget]]] = []
    for entry in placed:
        if rows and abs(entry[0] - rows[-1][0][0]) <= 4:
            rows[-1].append(entry)
        else:
            rows.append([entry])
    return [w for row in rows for _m, _x, w in sorted(row, key=lambda p: p[1])]


def test_tab_reaches_every_input_of_the_activity_form_in_visual_order(
    qtbot: QtBot, services: Services, records: dict[str, object]
) -> None:
    dialog = ActivityDialog(services, _keep, records["activity"])  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(700, 3000)  # tall enough that nothing scrolls while positions are measured
    dialog.show()
    qtbot.waitExposed(dialog)
    contents = dialog.ui.scrollContents
    inputs = [w for w in focusable(dialog) if contents.isAncestorOf(w) and w.isVisible()]
    assert all(_is_input(w) for w in inputs)
    expected = _visual_order(dialog, inputs)
    assert expected[0] is dialog.ui.organisation
    assert expected[-1] is dialog.ui.feeDeclined

    dialog.ui.organisation.setFocus()
    reached: list[QWidget] = []
    for _ in range(200):
        widget = dialog.focusWidget()
        if not reached or reached[-1] is not widget:  # a date box tabs through its parts
            reached.append(widget)
        if not contents.isAncestorOf(widget):
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert reached[:-1] == expected
    # and on out of the form to the buttons, never back to the top
    assert reached[-1] not in inputs


def test_private_notes_say_they_are_private(
    qtbot: QtBot, services: Services, records: dict[str, object]
) -> None:
    dialog = ActivityDialog(services, _keep)
    qtbot.addWidget(dialog)
    assert "never printed" in dialog.ui.privateBox.title()
    assert "never printed" in dialog.ui.privateNotes.accessibleName()


def test_errors_carry_a_sign_and_words_not_only_colour(
    qtbot: QtBot, services: Services, records: dict[str, object]
) -> None:
    dialog = OrganisationDialog(services, _keep)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.code, "x")
    text = dialog.ui.codeError.text()
    assert text.startswith("⚠ The code 'x' must be 2 to 12 letters or digits")
    assert dialog.ui.codeError.font().bold()
    assert dialog.ui.codeError.accessibleName().startswith("Problem: ")
