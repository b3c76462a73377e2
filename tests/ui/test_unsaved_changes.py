"""Typed work is never lost: Escape, Cancel or closing the window asks about changes.

The question itself is modal; most tests answer it through the `unsaved_answers` fixture
(tests/ui/conftest.py), and one drives the real box by its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs import unsaved
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from coprod_desktop.ui.dialogs.unsaved import ask_unsaved as real_question
from coprod_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Seed, UnsavedAnswers


def new_activity(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    """The member's way in: Activities, New; then a title and minutes typed."""
    window.go_to(1)
    page = window.activities
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_meeting(qtbot: QtBot, dialog: ActivityDialog, seed: Seed) -> None:
    dialog.ui.organisation.setCurrentIndex(dialog.ui.organisation.findText(seed.riverside.name))
    qtbot.keyClicks(dialog.ui.title, "Board meeting")
    qtbot.keyClicks(dialog.ui.contact, "90")


def titles(services: Services) -> list[str]:
    return sorted(item.activity.title for item in services.activities.list())


def test_escape_on_a_changed_form_asks_and_keep_editing_keeps_the_text(
    qtbot: QtBot, window: MainWindow, seed: Seed, unsaved_answers: UnsavedAnswers
) -> None:
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    unsaved_answers.answer = unsaved.KEEP
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == ["this form"]
    assert dialog.isVisible()
    assert dialog.ui.title.text() == "Board meeting"
    assert dialog.ui.contact.text() == "90"


def test_discard_closes_without_saving(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    seed: Seed,
    unsaved_answers: UnsavedAnswers,
) -> None:
    before = titles(services)
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    unsaved_answers.answer = unsaved.DISCARD
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == ["this form"]
    assert not dialog.isVisible()
    assert titles(services) == before


def test_save_saves_and_closes(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    seed: Seed,
    unsaved_answers: UnsavedAnswers,
) -> None:
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    unsaved_answers.answer = unsaved.SAVE
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()
    assert "Board meeting" in titles(services)
    saved = [i.activity for i in services.activities.list() if i.activity.title == "Board meeting"]
    assert saved[0].contact_minutes == 90


def test_save_of_a_form_with_a_mistake_stays_open_with_the_sentence(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    seed: Seed,
    unsaved_answers: UnsavedAnswers,
) -> None:
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    qtbot.keyClicks(dialog.ui.prep, "lots")
    unsaved_answers.answer = unsaved.SAVE
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # nothing typed is thrown away
    assert dialog.ui.prepError.isVisible() and "lots" in dialog.ui.prepError.text()
    assert "Board meeting" not in titles(services)


def test_escape_on_an_unchanged_form_closes_at_once(
    qtbot: QtBot, window: MainWindow, seed: Seed, unsaved_answers: UnsavedAnswers
) -> None:
    window.go_to(1)
    page = window.activities
    assert page.select_where(lambda item: item.activity.title == seed.activities[0].title)
    page.edit_selected()
    dialog = page.open_dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == []
    assert not dialog.isVisible()


def test_the_real_question_offers_save_discard_and_keep_editing(
    qtbot: QtBot, window: MainWindow, seed: Seed
) -> None:
    """The box itself: its three buttons, Keep editing first in line for Escape."""
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    seen: list[list[str]] = []

    def answer_keep_editing() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        assert box.escapeButton() is box.defaultButton()
        box.escapeButton().click()

    QTimer.singleShot(0, answer_keep_editing)
    assert real_question(dialog) == unsaved.KEEP
    assert seen and sorted(seen[0]) == ["&Discard changes", "&Keep editing", "&Save"]


def test_closing_the_window_asks_about_an_open_changed_form(
    qtbot: QtBot, window: MainWindow, seed: Seed, unsaved_answers: UnsavedAnswers
) -> None:
    dialog = new_activity(qtbot, window)
    type_meeting(qtbot, dialog, seed)
    unsaved_answers.answer = unsaved.KEEP
    window.close()
    assert window.isVisible() and dialog.isVisible()
    assert dialog.ui.title.text() == "Board meeting"
    unsaved_answers.answer = unsaved.DISCARD
    window.close()
    assert not window.isVisible()


def test_closing_the_window_offers_to_save_changed_details_on_settings(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    unsaved_answers: UnsavedAnswers,
) -> None:
    window.go_to(7)
    settings = window.settings
    settings.ui.nameEdit.clear()
    qtbot.keyClicks(settings.ui.nameEdit, "Rukhsana B.")
    unsaved_answers.answer = unsaved.SAVE
    window.close()
    assert unsaved_answers.asked == ["your details on the Settings page"]
    assert services.profile.get().name == "Rukhsana B."
