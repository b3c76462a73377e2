"""Several people's records in the window: the chooser, switching, sample records, the welcome."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.io import keys
from coprod_desktop.core.io.record_sets import SAMPLE_NAME, RecordSets
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.ui import record_switch
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.tasks import TaskRunner
from coprod_desktop.ui.welcome import WelcomeDialog

CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)


def make_person(folder: Path, clock: FixedClock, name: str, org: str, code: str) -> None:
    services = open_services(folder, clock)
    try:
        services.profile.save(replace(services.profile.get(), name=name))
        services.organisations.create(Organisation(name=org, code=code))
    finally:
        services.close()


def open_window(folder: Path, clock: FixedClock, *, welcome: bool = False) -> MainWindow:
    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
    win = MainWindow(ctx)
    win.welcome_enabled = welcome
    win.resize(1100, 760)
    win.show()
    win.open_data(folder)
    return win


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    """Windows a test opened; every one still alive is closed at the end (records closed)."""
    opened: list[MainWindow] = []
    yield opened
    for win in [*opened, *record_switch._windows]:
        with contextlib.suppress(RuntimeError):  # deleted by a switch: already closed
            win.close()
    QApplication.processEvents()


def org_names(win: MainWindow) -> list[str]:
    page = win.organisations
    page.refresh()
    return [page.model.item_at(row).name for row in range(page.model.rowCount())]


def all_text(win: MainWindow) -> str:
    """Every label, combo entry and table cell of every page: what the member could see."""
    from PySide6.QtWidgets import QComboBox, QLabel, QTableView

    parts = [win.windowTitle()]
    for page in win.page_list:
        if hasattr(page, "refresh"):
            page.refresh()
        parts += [label.text() for label in page.findChildren(QLabel)]
        for combo in page.findChildren(QComboBox):
            parts += [combo.itemText(i) for i in range(combo.count())]
        for view in page.findChildren(QTableView):
            model = view.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    parts.append(str(model.index(r, c).data() or ""))
    return "\n".join(parts)


def switched(qtbot: QtBot, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: bool(record_switch._windows) and record_switch._windows[-1] is not old)
    new = record_switch._windows[-1]
    qtbot.waitUntil(lambda: new.ctx.services is not None or hasattr(new, "unlock_dialog"))
    return new


# -- the welcome's sample tick, in every order ---------------------------------------------------
def _start(qtbot: QtBot, dialog: WelcomeDialog, by_keyboard: bool) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    if by_keyboard:
        dialog.ui.nameEdit.setFocus()
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # the default button: Start
    else:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, dialog: WelcomeDialog, by_keyboard: bool) -> None:
    check = dialog.ui.demoCheck
    if by_keyboard:
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    else:
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())


@pytest.mark.parametrize("by_keyboard", [False, True], ids=["mouse", "keyboard"])
@pytest.mark.parametrize("when", ["first", "between", "last", "twice"])
def test_the_sample_tick_counts_however_and_whenever_it_is_given(
    qtbot: QtBot, by_keyboard: bool, when: str
) -> None:
    dialog = WelcomeDialog("/home/sam/records", True)
    qtbot.addWidget(dialog)
    dialog.show()
    if when == "first":
        _tick(qtbot, dialog, by_keyboard)
    qtbot.keyClicks(dialog.ui.nameEdit, "Sam Okafor")
    if when == "between":
        _tick(qtbot, dialog, by_keyboard)
    qtbot.keyClicks(dialog.ui.rateEdit, "22.50")
    if when in ("last", "twice"):
        _tick(qtbot, dialog, by_keyboard)
    if when == "twice":
        _tick(qtbot, dialog, by_keyboard)  # ticked, then unticked again
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _start(qtbot, dialog, by_keyboard)
    assert dialog.answers is not None
    assert dialog.answers.name == "Sam Okafor"
    assert dialog.answers.demo is (when != "twice")


def test_the_welcome_explains_the_reference_rate_in_one_line(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("/home/sam/records", True)
    qtbot.addWidget(dialog)
    text = dialog.ui.rateHelpLabel.text()
    assert "hour of your time" in text and text.count(".") == 1


# -- sample records: their own record set ---------------------------------------------------------
def test_sample_records_live_apart_and_can_be_deleted(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FixedClock,
    boxes: object,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own = RecordSets().sets()[0].folder  # the default folder: the member's own records
    win = open_window(own, clock, welcome=True)
    windows.append(win)
    welcome = win.welcome
    assert welcome is not None
    _tick(qtbot, welcome, by_keyboard=False)  # ticked before anything is typed
    qtbot.keyClicks(welcome.ui.nameEdit, "Sam Okafor")
    qtbot.keyClicks(welcome.ui.rateEdit, "20.00")
    _start(qtbot, welcome, by_keyboard=False)

    sample_win = switched(qtbot, win)
    assert sample_win.windowTitle() == "Coprod Desktop — Sample records"
    assert len(org_names(sample_win)) >= 3
    sample_folder = RecordSets().find(SAMPLE_NAME).folder
    assert sample_folder != own
    names = RecordSets().names()
    assert names == ["Sam Okafor", SAMPLE_NAME]  # the member's set took their name

    # the member's own records start empty
    mine = open_services(own, clock, lock=False)
    try:
        assert mine.organisations.list() == [] and mine.profile.get().name == "Sam Okafor"
    finally:
        mine.close()

    # back to their own records, then delete the sample set from the window
    chooser = record_switch.open_chooser(sample_win)
    rows = [chooser.ui.recordsList.item(i).text() for i in range(chooser.ui.recordsList.count())]
    assert rows == ["Sam Okafor", "Sample records  (open now)"]
    assert not chooser.ui.deleteButton.isEnabled()  # not the records open now
    chooser.ui.recordsList.setCurrentRow(0)
    qtbot.mouseClick(chooser.ui.openButton, Qt.MouseButton.LeftButton)
    own_win = switched(qtbot, sample_win)
    assert own_win.windowTitle() == "Coprod Desktop — Sam Okafor's records"
    assert org_names(own_win) == []

    chooser = record_switch.open_chooser(own_win)
    chooser.ui.recordsList.setCurrentRow(1)
    monkeypatch.setattr(record_switch, "confirm_delete", lambda _parent, _set: False)
    qtbot.mouseClick(chooser.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert sample_folder.exists() and "Nothing was deleted" in chooser.ui.errorLabel.text()
    monkeypatch.setattr(record_switch, "confirm_delete", lambda _parent, _set: True)
    qtbot.mouseClick(chooser.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert not sample_folder.exists()
    assert RecordSets().names() == ["Sam Okafor"]
    assert chooser.ui.recordsList.count() == 1


# -- switching between two people's records ------------------------------------------------------
def test_switching_shows_only_the_open_persons_records(
    qtbot: QtBot,
    clock: FixedClock,
    boxes: object,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)
    registry = RecordSets()
    rukhsana = registry.sets()[0]
    make_person(rukhsana.folder, clock, "Rukhsana", "Riverside NHS Trust", "RNT")
    dafydd = registry.add("Dafydd")
    make_person(dafydd.folder, clock, "Dafydd Jones", "Hywel Dda Health Board", "HDD")
    from coprod_desktop.core.services import encryption

    services = open_services(dafydd.folder, clock)
    try:
        encryption.turn_on(services, "dafydd's own passphrase")
    finally:
        services.close()

    win = open_window(rukhsana.folder, clock)
    windows.append(win)
    assert win.windowTitle() == "Coprod Desktop — Rukhsana's records"
    assert org_names(win) == ["Riverside NHS Trust"]
    chooser = record_switch.open_chooser(win)
    texts = [chooser.ui.recordsList.item(i).text() for i in range(chooser.ui.recordsList.count())]
    assert texts == ["Rukhsana  (open now)", "Dafydd  (protected by a passphrase)"]
    chooser.ui.recordsList.setCurrentRow(1)
    qtbot.keyClick(chooser.ui.recordsList, Qt.Key.Key_Return)  # open by keyboard

    locked = switched(qtbot, win)
    # the protected records stay locked until their own passphrase is given
    assert locked.ctx.services is None
    assert locked.windowTitle() == "Coprod Desktop — Dafydd's records"
    locked.unlock_dialog.reject()  # type: ignore[attr-defined]
    assert "File → Open someone's records…" in locked.dashboard.ui.statusLabel.text()
    assert "Riverside" not in all_text(locked)
    chooser = record_switch.open_chooser(locked)  # chosen again, to type the passphrase
    assert chooser.ui.recordsList.currentItem().text().startswith("Dafydd")
    assert chooser.ui.openButton.isEnabled()
    qtbot.mouseClick(chooser.ui.openButton, Qt.MouseButton.LeftButton)
    new = switched(qtbot, locked)
    unlock = new.unlock_dialog  # type: ignore[attr-defined]
    qtbot.keyClicks(unlock.ui.currentEdit, "wrong passphrase")
    unlock.submit()
    assert new.ctx.services is None and unlock.ui.errorLabel.text()
    unlock.ui.currentEdit.clear()
    qtbot.keyClicks(unlock.ui.currentEdit, "dafydd's own passphrase")
    unlock.submit()
    qtbot.waitUntil(lambda: new.ctx.services is not None)

    assert new.windowTitle() == "Coprod Desktop — Dafydd's records"
    assert org_names(new) == ["Hywel Dda Health Board"]
    shown = all_text(new)
    assert "Hywel Dda" in shown and "Riverside" not in shown and "Rukhsana" not in shown
    with pytest.raises(RuntimeError):  # the previous window and all it held are gone
        win.isVisible()
    # Rukhsana's records were closed cleanly: their lock is free again
    again = open_services(rukhsana.folder, clock)
    again.close()
    assert RecordSets().last_used().name == "Dafydd"  # type: ignore[union-attr]


def test_help_offers_getting_started_and_sample_records(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.records_actions
    assert actions["getting_started"].shortcut().toString() == "Ctrl+F1"
    dialog = record_switch.open_getting_started(window)
    text = dialog.ui.stepsText.toPlainText()
    for step in ("organisation", "agreed", "activity", "expenses", "Claim PDF", "backup"):
        assert step in text
    assert dialog.ui.stepsText.accessibleName() and dialog.ui.sampleButton.accessibleName()
    dialog.close()


# -- empty pages say what to do first -------------------------------------------------------------
def test_empty_pages_say_what_to_do_first_and_the_button_does_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    for page in (window.activities, window.expenses, window.agreements, window.claims):
        window.go_to(window.page_list.index(page))
        page.refresh()
        assert page.ui.emptyFrame.isVisible(), page.title
        assert page.ui.emptyLabel.text().startswith("Add the organisation you work with first")
    window.dashboard.refresh()
    assert "Nothing is recorded yet" in window.dashboard.ui.statusLabel.text()
    organisations = window.organisations
    organisations.refresh()
    assert "Add the organisation you work with first" in organisations.ui.emptyLabel.text()

    activities = window.activities
    window.go_to(window.page_list.index(activities))
    button = activities.ui.emptyButton
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # by keyboard: to Organisations, New… open
    assert window.current_page() is organisations
    dialog = organisations.open_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_pages_with_records_show_no_first_step(window: MainWindow, seed: object) -> None:
    for page in (window.activities, window.expenses, window.claims, window.organisations):
        page.refresh()
        assert page.ui.emptyFrame.isHidden(), page.title
    agreements = window.agreements
    agreements.refresh()
    assert agreements.ui.emptyFrame.isHidden()
    window.dashboard.refresh()
    assert "Nothing is recorded yet" not in window.dashboard.ui.statusLabel.text()


def test_the_new_dialogs_name_every_control_and_share_no_alt_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    from alt_keys import shared_alt_keys
    from test_accessibility import unnamed

    RecordSets().add("Mam")
    for dialog in (
        record_switch.open_chooser(window),
        record_switch.open_getting_started(window),
    ):
        assert unnamed(dialog) == [], dialog.windowTitle()
        assert shared_alt_keys(dialog) == {}, dialog.windowTitle()
        dialog.close()


def test_records_for_someone_i_support_are_made_from_the_window(
    qtbot: QtBot, clock: FixedClock, boxes: object, windows: list[MainWindow]
) -> None:
    own = RecordSets().sets()[0].folder
    make_person(own, clock, "Dafydd Jones", "Hywel Dda Health Board", "HDD")
    win = open_window(own, clock, welcome=True)
    windows.append(win)
    chooser = record_switch.open_chooser(win)
    qtbot.mouseClick(chooser.ui.newButton, Qt.MouseButton.LeftButton)  # no name yet
    assert "Type a name" in chooser.ui.errorLabel.text()
    qtbot.keyClicks(chooser.ui.newNameEdit, "Dafydd Jones")
    qtbot.keyClick(chooser.ui.newNameEdit, Qt.Key.Key_Return)
    assert "already records called" in chooser.ui.errorLabel.text()  # the usual folder's name
    chooser.ui.newNameEdit.clear()
    qtbot.keyClicks(chooser.ui.newNameEdit, "Mam")
    qtbot.keyClick(chooser.ui.newNameEdit, Qt.Key.Key_Return)

    mam = switched(qtbot, win)
    welcome = mam.welcome
    assert welcome is not None and welcome.ui.nameLabel.text() == "Their &name:"
    assert welcome.ui.demoCheck.isHidden()
    qtbot.keyClicks(welcome.ui.nameEdit, "Eirlys Jones")
    qtbot.keyClicks(welcome.ui.rateEdit, "15.00")
    _start(qtbot, welcome, by_keyboard=True)
    assert mam.windowTitle() == "Coprod Desktop — Mam's records"
    assert org_names(mam) == []
    assert RecordSets().names() == ["Dafydd Jones", "Mam"]
    assert RecordSets().last_used().name == "Mam"  # type: ignore[union-attr]


def test_the_window_command_takes_records_by_name(tmp_path: Path) -> None:
    import subprocess
    import sys

    def window(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "coprod_desktop.app", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    unknown = window("--records", "Nobody")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == (
        'coprod-desktop: There are no records called "Nobody" on this computer; the records '
        'here are "My records" (see `coprod records list`).'
    )
    both = window("--records", "Mam", "--data-dir", str(tmp_path))
    assert both.returncode == 2 and "not both" in both.stderr
