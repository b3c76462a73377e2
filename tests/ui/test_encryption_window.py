"""The window's encryption: Settings turns it on (showing the recovery key once), changes the
passphrase and turns it off; the start-up prompt opens protected records, tries again after a
wrong passphrase and offers the recovery key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.core.io import keys
from coprod_desktop.core.services import Services, encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.dialogs.encryption import (
    EncryptionPanel,
    PassphraseDialog,
    RecoveryKeyDialog,
    open_or_unlock,
)
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.tasks import TaskRunner
from tests.ui.test_accessibility import unnamed

CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASS = "purple otter lantern"
NEW = "seven quiet harbour bells"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)


def type_into(qtbot: QtBot, dialog: PassphraseDialog, **fields: str) -> None:
    for name, text in fields.items():
        edit = getattr(dialog.ui, f"{name}Edit")
        edit.clear()
        qtbot.keyClicks(edit, text)


def panel_of(window: MainWindow) -> EncryptionPanel:
    window.go_to(7)
    return window.settings.encryption


def test_turn_on_shows_the_recovery_key_once_then_change_and_turn_off(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    panel = panel_of(window)
    assert panel.ui.statusLabel.text().startswith("Off")
    assert panel.ui.turnOnButton.isVisibleTo(panel) and not panel.ui.changeButton.isVisibleTo(panel)
    assert unnamed(panel) == []

    qtbot.mouseClick(panel.ui.turnOnButton, Qt.MouseButton.LeftButton)
    dialog = panel.open_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert not dialog.ui.currentEdit.isVisible() and dialog.ui.repeatEdit.isVisible()
    assert unnamed(dialog) == []
    type_into(qtbot, dialog, new="short", repeat="short")
    assert dialog.ui.strengthLabel.text().startswith("Too short")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert not keys.is_on(services.paths.root)
    type_into(qtbot, dialog, new=PASS, repeat=PASS + "x")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.ui.errorLabel.text()
    type_into(qtbot, dialog, new=PASS, repeat=PASS)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert keys.is_on(services.paths.root)

    shown = panel.open_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.ui.keyLabel.text()
    assert keys.normalise_recovery_key(key) == key
    assert unnamed(shown) == []
    assert not shown.ui.doneButton.isEnabled()
    shown.reject()  # Esc before ticking keeps it open and says why
    assert shown.isVisible() and "tick" in shown.ui.savedLabel.text()
    shown.ui.keptCheck.setChecked(True)
    qtbot.mouseClick(shown.ui.doneButton, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
    assert panel.ui.statusLabel.text().startswith("On:")
    assert panel.ui.changeButton.isVisibleTo(panel) and not panel.ui.turnOnButton.isVisibleTo(panel)
    assert window.ctx.services is not None
    assert window.ctx.services.db.key is not None  # the same services now read the cipher file
    assert window.ctx.services.profile.get().name == "Rukhsana Begum"

    # Change: a wrong current passphrase says so plainly and changes nothing.
    keyring = keys.keyring_path(services.paths.root).read_bytes()
    qtbot.mouseClick(panel.ui.changeButton, Qt.MouseButton.LeftButton)
    change = panel.open_dialog
    assert isinstance(change, PassphraseDialog)
    type_into(qtbot, change, current="not my passphrase", new=NEW, repeat=NEW)
    qtbot.mouseClick(change.ui.okButton, Qt.MouseButton.LeftButton)
    assert "does not open" in change.ui.errorLabel.text() and change.isVisible()
    assert keys.keyring_path(services.paths.root).read_bytes() == keyring
    type_into(qtbot, change, current=PASS)
    qtbot.mouseClick(change.ui.okButton, Qt.MouseButton.LeftButton)
    assert not change.isVisible()
    keys.read_keyring(services.paths.root).unlock(NEW)  # type: ignore[union-attr]

    # Turn off with the new passphrase.
    qtbot.mouseClick(panel.ui.turnOffButton, Qt.MouseButton.LeftButton)
    off = panel.open_dialog
    assert isinstance(off, PassphraseDialog)
    type_into(qtbot, off, current=NEW)
    qtbot.mouseClick(off.ui.okButton, Qt.MouseButton.LeftButton)
    assert not off.isVisible()
    assert not keys.is_on(services.paths.root)
    assert panel.ui.statusLabel.text().startswith("Off")
    assert window.ctx.services.profile.get().name == "Rukhsana Begum"


def test_recovery_key_save_as(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dialog = RecoveryKeyDialog("ABCDE-FGH23-IJKLM-NOP45-QRSTU-VWX67", data)
    qtbot.addWidget(dialog)
    inside = data / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    assert dialog.save_key() is False
    assert not inside.exists() and "inside your data folder" in dialog.ui.savedLabel.text()
    outside = tmp_path / "stick" / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(outside), ""))
    assert dialog.save_key() is True
    assert "ABCDE-FGH23-IJKLM-NOP45-QRSTU-VWX67" in outside.read_text()
    monkeypatch.setattr(
        "PySide6.QtPrintSupport.QPrintDialog.exec", lambda self: QDialog.DialogCode.Rejected
    )
    assert dialog.print_key() is False


@pytest.fixture
def locked(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Path, str]]:
    data = tmp_path / "locked"
    sv = open_services(data, clock)
    from dataclasses import replace

    sv.profile.save(replace(sv.profile.get(), name="Locked Member"))
    recovery = encryption.turn_on(sv, PASS, kdf=CHEAP)
    sv.close()
    yield data, recovery


def start_window(qtbot: QtBot, clock: FixedClock, data: Path) -> MainWindow:
    from coprod_desktop.paths import resolve_data_dir

    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock, paths=resolve_data_dir(data))
    win = MainWindow(ctx)
    win.welcome_enabled = False
    qtbot.addWidget(win)
    win.show()
    open_or_unlock(win, resolve_data_dir(data))
    return win


def test_start_up_asks_for_the_passphrase_and_tries_again(
    qtbot: QtBot, clock: FixedClock, locked: tuple[Path, str]
) -> None:
    data, _recovery = locked
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    win = start_window(qtbot, clock, data)
    dialog = win.unlock_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible() and win.ctx.services is None
    assert unnamed(dialog) == []
    assert dialog.ui.recoveryButton.isVisible()
    type_into(qtbot, dialog, current="wrong passphrase")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not open your records" in dialog.ui.errorLabel.text()
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before
    type_into(qtbot, dialog, current=PASS)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert win.ctx.services is not None
    assert win.ctx.services.profile.get().name == "Locked Member"
    win.close()


def test_start_up_with_the_recovery_key(
    qtbot: QtBot, clock: FixedClock, locked: tuple[Path, str]
) -> None:
    data, recovery = locked
    win = start_window(qtbot, clock, data)
    dialog = win.unlock_dialog  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ui.recoveryButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.recoveryEdit.isVisible() and not dialog.ui.currentEdit.isVisible()
    assert unnamed(dialog) == []
    type_into(qtbot, dialog, recovery="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", new=NEW, repeat=NEW)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "recovery key does not open" in dialog.ui.errorLabel.text()
    type_into(qtbot, dialog, recovery=recovery.lower())
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert win.ctx.services is not None
    win.close()
    keys.read_keyring(data).unlock(NEW)  # type: ignore[union-attr]


def test_cancelling_the_prompt_leaves_the_records_locked(
    qtbot: QtBot, clock: FixedClock, locked: tuple[Path, str]
) -> None:
    data, _recovery = locked
    win = start_window(qtbot, clock, data)
    win.unlock_dialog.reject()  # type: ignore[attr-defined]
    assert win.ctx.services is None
    assert "locked" in win.dashboard.ui.statusLabel.text()
    win.close()
