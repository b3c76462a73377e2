"""Dates by keyboard: a whole date typed is read whole, a wrong one is said, never changed.

Rukhsana's cases from issue 14: 31/12/2026 typed into a claim's "to" gave 30/01/2026;
01/12/2026 in "from" was silently refused while "to" was in November; 31/02/2026 silently
became 06/02/2026; Tab moved inside the date; the claim period reset on every opening.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from coprod_desktop.ui.dialogs.claim_builder import ClaimBuilderDialog
from coprod_desktop.ui.dialogs.common import value
from coprod_desktop.ui.widgets.date_field import DateField
from tests.ui.conftest import Seed


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    """What a member does: into the field, select what is there, type over it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def builder(qtbot: QtBot, services: Services, seed: Seed) -> ClaimBuilderDialog:
    dialog = ClaimBuilderDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keyboard focus, as the member has it
    qtbot.waitUntil(dialog.isActiveWindow)
    combo = dialog.ui.organisation
    combo.setCurrentIndex(combo.findText(seed.riverside.name))
    return dialog


@pytest.mark.parametrize("typed", ["31/12/2026", "31/12/26", "2026-12-31", "31.12.2026"])
def test_a_whole_date_typed_into_to_is_read_whole(
    qtbot: QtBot, services: Services, seed: Seed, typed: str
) -> None:
    dialog = builder(qtbot, services, seed)
    retype(qtbot, dialog.ui.periodStart, "01/11/2026")
    retype(qtbot, dialog.ui.periodEnd, typed)
    assert dialog.ui.periodEnd.date() == QDate(2026, 12, 31)
    assert dialog.ui.periodEnd.problem() == ""
    assert not dialog.ui.periodStartError.isVisible()
    qtbot.keyClick(dialog.ui.periodEnd, Qt.Key.Key_Tab)
    assert dialog.ui.periodEnd.text() == "31/12/2026"  # shown in full once left


def test_from_after_to_is_explained_next_to_it_not_refused(
    qtbot: QtBot, services: Services, seed: Seed
) -> None:
    dialog = builder(qtbot, services, seed)
    retype(qtbot, dialog.ui.periodEnd, "30/11/2026")
    retype(qtbot, dialog.ui.periodStart, "01/12/2026")
    assert dialog.ui.periodStart.text() == "01/12/2026"  # what was typed stays
    assert dialog.ui.periodStart.date() == QDate(2026, 12, 1)
    error = dialog.ui.periodStartError
    assert error.isVisible()
    assert "before" in error.text() and error.text().startswith("⚠")
    assert not dialog.ui.createClaim.isEnabled()  # and Create refuses with that sentence
    dialog.create_claim()
    assert dialog.claim is None


def test_an_impossible_date_gets_a_sentence_and_is_never_changed(
    qtbot: QtBot, services: Services, seed: Seed
) -> None:
    dialog = builder(qtbot, services, seed)
    before = dialog.ui.periodEnd.date()
    retype(qtbot, dialog.ui.periodEnd, "31/02/2026")
    qtbot.keyClick(dialog.ui.periodEnd, Qt.Key.Key_Tab)
    assert dialog.ui.periodEnd.text() == "31/02/2026"
    assert dialog.ui.periodEnd.date() == before
    sentence = dialog.ui.periodStartError.text()
    assert "February 2026 has 28 days" in sentence
    assert "period to" in sentence  # it names the field
    assert not dialog.ui.createClaim.isEnabled()


def test_an_impossible_date_on_a_record_form_stops_save_with_the_sentence(
    qtbot: QtBot, services: Services, seed: Seed
) -> None:
    saved: list[object] = []
    dialog = ActivityDialog(services, lambda record: saved.append(record) or record)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.organisation
    combo.setCurrentIndex(combo.findText(seed.riverside.name))
    qtbot.keyClicks(dialog.ui.title, "Panel")
    retype(qtbot, dialog.ui.date, "31/02/2026")
    assert dialog.ui.dateError.isVisible()
    assert "February 2026 has 28 days" in dialog.ui.dateError.text()
    dialog.errors.save.click()
    assert saved == [] and dialog.isVisible()
    retype(qtbot, dialog.ui.date, "28/02/2026")
    assert not dialog.ui.dateError.isVisible()
    dialog.errors.save.click()
    assert len(saved) == 1 and saved[0].date == date(2026, 2, 28)  # type: ignore[attr-defined]


def test_tab_leaves_the_date_for_the_next_field(
    qtbot: QtBot, services: Services, seed: Seed
) -> None:
    dialog = builder(qtbot, services, seed)
    start = dialog.ui.periodStart
    start.setFocus()
    assert start.hasFocus()
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.periodEnd
    qtbot.keyClick(dialog.ui.periodEnd, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.ui.periodEnd


def test_the_claim_period_is_remembered_or_whole_last_month(
    qtbot: QtBot, services: Services, seed: Seed
) -> None:
    first = builder(qtbot, services, seed)
    # never chosen: last calendar month (today is 22 November 2026)
    assert first.ui.periodStart.date() == QDate(2026, 10, 1)
    assert first.ui.periodEnd.date() == QDate(2026, 10, 31)
    retype(qtbot, first.ui.periodStart, "01/10/2026")
    retype(qtbot, first.ui.periodEnd, "30/11/2026")
    assert first.ui.createClaim.isEnabled()
    first.create_claim()
    assert first.claim is not None
    first.accept()

    again = builder(qtbot, services, seed)  # two whole months, ending with last month
    assert again.ui.periodStart.date() == QDate(2026, 9, 1)
    assert again.ui.periodEnd.date() == QDate(2026, 10, 31)
    assert value(again.ui.organisation) == seed.riverside.id


def test_a_list_that_receives_focus_selects_its_first_row(qtbot: QtBot, window, seed: Seed) -> None:  # type: ignore[no-untyped-def]
    window.go_to(1)
    page = window.activities
    view = page.ui.tableView
    view.clearSelection()
    assert page.selected_item() is None and not page.ui.editButton.isEnabled()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.selected_item() is not None)
    assert page.ui.editButton.isEnabled() and page.ui.deleteButton.isEnabled()


def test_a_lists_inverted_from_and_to_is_explained_by_the_filters(
    qtbot: QtBot,
    window,  # type: ignore[no-untyped-def]
    seed: Seed,
) -> None:
    window.go_to(1)
    page = window.activities
    page.ui.fromCheck.setChecked(True)
    page.ui.toCheck.setChecked(True)
    page.ui.fromDate.setDate(QDate(2026, 12, 1))
    page.ui.toDate.setDate(QDate(2026, 11, 30))
    note = page.range_label
    assert note.isVisibleTo(page)
    assert note.text() == (
        "⚠ The from date, 1 Dec 2026, is after the to date, 30 Nov 2026: nothing can fall "
        "between them. Change one of the two dates."
    )
    page.ui.toCheck.setChecked(False)  # an open-ended range is fine
    assert not note.isVisibleTo(page)


def test_an_impossible_action_date_on_claims_changes_nothing(
    qtbot: QtBot,
    window,  # type: ignore[no-untyped-def]
    services: Services,
    seed: Seed,
    boxes,  # type: ignore[no-untyped-def]
) -> None:
    window.go_to(3)
    page = window.claims
    page.refresh()
    assert page.select_where(lambda item: item.claim.number == seed.overdue_claim)
    page.ui.actionDate.setText("")
    qtbot.keyClicks(page.ui.actionDate, "30/02/2026")
    assert "February 2026 has 28 days" in page.action_date_label.text()
    page.move("dispute")
    assert any("February 2026 has 28 days" in text for text in boxes.texts())
    assert services.claims.item(seed.overdue_claim).claim.status.value == "submitted"
