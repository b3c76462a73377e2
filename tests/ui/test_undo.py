"""Undo and redo through the Edit menu for create, edit and delete; delete asks nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import Boxes, Seed


def test_undo_and_redo_a_create(window: MainWindow, services: Services) -> None:
    window.go_to(5)
    saved = window.organisations.save_record(Organisation(name="Carers Voice", code="CV"))
    assert window.organisations.model.rowCount() == 1
    window.undo_action.trigger()
    assert services.organisations.list() == []
    assert window.organisations.model.rowCount() == 0
    assert window.redo_action.text() == "&Redo Add organisation"
    window.redo_action.trigger()
    (back,) = services.organisations.list()
    assert back == saved  # same id, same fields
    assert window.organisations.model.rowCount() == 1


def test_delete_key_deletes_at_once_and_undo_brings_it_back(
    window: MainWindow, services: Services, seed: Seed, qtbot: QtBot, boxes: Boxes
) -> None:
    window.go_to(1)
    page = window.activities
    target = seed.activities[-1]
    assert page.select_where(lambda item: item.activity.id == target.id)
    before = len(services.activities.list())
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert boxes.shown == []  # no "are you sure?"
    assert len(services.activities.list()) == before - 1
    assert page.model.rowCount() == before - 1
    window.undo_action.trigger()
    assert services.activities.get(target.id) == target
    assert page.model.rowCount() == before
    window.redo_action.trigger()
    assert len(services.activities.list()) == before - 1


def test_delete_button_on_an_organisation_and_undo(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    org = services.organisations.create(Organisation(name="Mind Bristol", code="MB"))
    window.go_to(5)
    page = window.organisations
    page.select_where(lambda o: o.id == org.id)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert services.organisations.list() == []
    window.undo_action.trigger()
    assert services.organisations.list() == [org]


def test_undo_of_an_edit_puts_the_old_record_back(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    old = seed.riverside
    window.organisations.save_record(replace(old, name="Riverside University Hospitals"))
    assert services.organisations.get(old.id).name == "Riverside University Hospitals"
    window.undo_action.trigger()
    assert services.organisations.get(old.id) == old


def test_a_refused_delete_is_said_plainly(
    window: MainWindow, services: Services, seed: Seed, boxes: Boxes
) -> None:
    """An activity in a claim cannot be deleted: the member is told why, nothing changes."""
    window.go_to(1)
    page = window.activities
    claimed = services.activities.list()
    in_claim = next(item for item in claimed if item.claim_number)
    page.select_where(lambda item: item.activity.id == in_claim.activity.id)
    page.ui.deleteButton.click()
    assert len(boxes.shown) == 1
    assert in_claim.claim_number in boxes.texts()[0]
    assert "Traceback" not in boxes.texts()[0]
    assert len(services.activities.list()) == len(claimed)
    assert window.ctx.stack.count() == 0  # nothing to undo


def test_undo_that_can_no_longer_be_done_is_reported_and_dropped(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    """Undoing the creation of an activity that is now in a claim: said, not half-done."""
    from coprod_desktop.core.domain.records import Activity

    made = window.activities.save_record(
        Activity(
            seed.riverside.id,  # type: ignore[arg-type]
            seed.activities[-1].date,
            "Late addition",
            agreement_id=seed.agreement.id,
            contact_minutes=30,
        )
    )
    services.claims.create(seed.riverside.id)  # type: ignore[arg-type]
    messages: list[str] = []
    window.ctx.message.connect(messages.append)
    window.undo_action.trigger()
    assert services.activities.get(made.id).title == "Late addition"
    assert any("in claim" in m for m in messages)
    assert window.ctx.stack.count() == 0
