"""The Backups panel with records protected by a passphrase: the list says which backups are
protected, Restore works, a backup from an earlier key asks for the passphrase of its time (and
stays open after a wrong one), and records that will not open are restored after the passphrase.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.io import backup_keys, keys
from coprod_desktop.core.services import Services, encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.paths import DataPaths
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.dialogs.encryption import PassphraseDialog, open_or_unlock
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.pages import backups_lifecycle
from coprod_desktop.ui.pages.backups_panel import BackupsPanel
from coprod_desktop.ui.tasks import TaskRunner
from tests.ui.test_accessibility import unnamed

CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASS = "purple otter lantern"
LATER = "seven quiet harbour bells"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to the restore question; record what it said."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


def titles(services: Services) -> list[str]:
    return sorted(item.activity.title for item in services.activities.list())


def add(services: Services, title: str) -> None:
    org = services.organisations.list()[0]
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 2), title=title)  # type: ignore[arg-type]
    )


def panel_of(window: MainWindow) -> BackupsPanel:
    window.go_to(7)
    return window.settings.backups


def row_of(panel: BackupsPanel, name: str) -> int:
    for row in range(panel.model.rowCount()):
        if panel.model.item_at(row).path.name == name:
            return row
    raise AssertionError(f"{name} is not listed")


def type_into(qtbot: QtBot, dialog: PassphraseDialog, text: str) -> None:
    dialog.ui.currentEdit.clear()
    qtbot.keyClicks(dialog.ui.currentEdit, text)


def test_protected_backup_restores_from_the_panel(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FixedClock, yes: list[str]
) -> None:
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Kept")  # type: ignore[arg-type]
    )
    clock.day = date(2026, 11, 20)
    services.backups.back_up_now()  # a plain backup, taken before protection was turned on
    encryption.turn_on(services, PASS, kdf=CHEAP)
    panel = panel_of(window)
    clock.day = date(2026, 11, 21)
    qtbot.mouseClick(panel.ui.backUpNowButton, Qt.MouseButton.LeftButton)
    header = panel.model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "Protection"
    # Both are protected now: turning protection on converted the earlier backup too.
    assert [panel.model.index(r, 2).data() for r in range(2)] == ["Passphrase", "Passphrase"]
    assert unnamed(panel) == []
    clock.day = date(2026, 11, 22)
    add(services, "After the backup")
    panel.ui.backupsView.selectRow(0)
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert "protected by a passphrase" in yes[0]
    assert titles(services) == ["Kept"]
    assert services.db.key is not None and keys.is_on(services.paths.root)
    reasons = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert reasons[0] == "Before a restore"
    assert panel.model.index(0, 2).data() == "Passphrase"  # what was there: kept, encrypted
    assert not panel.ui.backupsError.isVisible()
    add(services, "Saved after the restore")
    assert titles(services) == ["Kept", "Saved after the restore"]


def test_backup_from_an_earlier_key_asks_for_that_passphrase(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    clock: FixedClock,
    tmp_path: Path,
    yes: list[str],
) -> None:
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Kept")  # type: ignore[arg-type]
    )
    encryption.turn_on(services, PASS, kdf=CHEAP)
    stick = services.backups.copy_to(tmp_path / "stick.sqlite3")  # with stick.sqlite3.keyring.json
    add(services, "After the backup")
    encryption.turn_off(services, PASS)
    encryption.turn_on(services, LATER, kdf=CHEAP)  # a new data key
    # The member brings the old backup and its key file back into the backups folder.
    brought = services.backups.folder / "manual-20261101-090000.sqlite3"
    shutil.copyfile(stick, brought)
    shutil.copyfile(backup_keys.sidecar(stick), backup_keys.sidecar(brought))
    panel = panel_of(window)
    panel.refresh()
    row = row_of(panel, brought.name)
    assert panel.model.index(row, 2).data() == "Passphrase"
    panel.ui.backupsView.selectRow(row)
    said: list[str] = []
    window.ctx.message.connect(said.append)
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)

    dialog = panel.open_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Open this backup"
    assert "when it was taken" in dialog.ui.intro.text()
    assert dialog.ui.currentLabel.text() == "&Passphrase then:"
    assert dialog.ui.currentEdit.accessibleName() == "The passphrase when the backup was taken"
    assert unnamed(dialog) == []
    assert titles(services) == ["After the backup", "Kept"]  # nothing changed yet

    type_into(qtbot, dialog, LATER)  # today's passphrase is not the one of that time
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "does not open the backup" in dialog.ui.errorLabel.text()
    assert titles(services) == ["After the backup", "Kept"]
    type_into(qtbot, dialog, PASS)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert titles(services) == ["Kept"]
    assert not panel.ui.backupsError.isVisible()
    assert "now opens with the passphrase your records have today" in said[-1]
    services.close()
    # Converted to today's key: the records open with today's passphrase, as before.
    reopened = open_services(services.paths.root, clock, passphrase=LATER)
    try:
        assert titles(reopened) == ["Kept"]
    finally:
        reopened.close()


def test_protected_records_that_will_not_open_are_restored_after_the_passphrase(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, boxes: object
) -> None:
    sv = open_services(data_dir, clock)
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    sv.activities.create(Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Safe"))  # type: ignore[arg-type]
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    latest = sv.backups.back_up_now("exit").path
    sv.close()
    db = data_dir / "coprod.sqlite3"
    damaged = db.read_bytes()[:4096] + b"\0garbage" * 4096
    db.write_bytes(damaged)
    offered: list[object] = []

    def choose(_parent: object, error: object) -> str:
        offered.append(error.latest_backup)  # type: ignore[attr-defined]
        return backups_lifecycle.RESTORE_LATEST

    monkeypatch.setattr(backups_lifecycle, "ask_what_to_do", choose)
    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
    win = MainWindow(ctx)
    win.welcome_enabled = False
    qtbot.addWidget(win)
    backups_lifecycle.install(win, ctx, DataPaths(data_dir), start_backup=False)
    open_or_unlock(win, DataPaths(data_dir))
    unlock = win.unlock_dialog  # type: ignore[attr-defined]
    type_into(qtbot, unlock, PASS)
    qtbot.mouseClick(unlock.ui.okButton, Qt.MouseButton.LeftButton)
    assert offered == [latest]  # the right passphrase, a damaged file: the latest backup offered

    restore = win.restore_dialog  # type: ignore[attr-defined]
    assert isinstance(restore, PassphraseDialog) and restore.isVisible()
    assert restore.windowTitle() == "Restore a backup"
    assert unnamed(restore) == []
    type_into(qtbot, restore, "not the passphrase")
    qtbot.mouseClick(restore.ui.okButton, Qt.MouseButton.LeftButton)
    assert "does not open" in restore.ui.errorLabel.text() and restore.isVisible()
    assert db.read_bytes() == damaged  # a wrong passphrase changed nothing
    type_into(qtbot, restore, PASS)
    qtbot.mouseClick(restore.ui.okButton, Qt.MouseButton.LeftButton)
    assert not restore.isVisible()
    assert ctx.services is not None and ctx.services.db.key is not None
    assert titles(ctx.services) == ["Safe"]
    kept = [p for p in (data_dir / "backups").iterdir() if "damaged" in p.name]
    assert kept and kept[0].read_bytes() == damaged  # the file that would not open is kept
    win.close()
