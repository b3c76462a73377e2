"""The Backups panel in Settings, backups on start and exit, and records that will not open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.paths import DataPaths
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.pages import backups_lifecycle
from coprod_desktop.ui.tasks import TaskRunner


def titles(services: Services) -> list[str]:
    return sorted(item.activity.title for item in services.activities.list())


def test_back_up_now_and_restore_from_settings(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Kept")
    )  # type: ignore[arg-type]
    window.go_to(7)
    panel = window.settings.backups
    assert panel.isVisible()
    ui = panel.ui
    for control in (ui.backupsView, ui.backUpNowButton, ui.restoreButton):
        assert control.accessibleName(), control.objectName()
    assert not panel.ui.restoreButton.isEnabled()  # nothing chosen yet
    clock.day = date(2026, 11, 21)
    qtbot.mouseClick(panel.ui.backUpNowButton, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Backed up by you"
    clock.day = date(2026, 11, 22)
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 2), title="After the backup")  # type: ignore[arg-type]
    )
    window.activities.refresh()
    assert window.activities.model.rowCount() == 2
    panel.ui.backupsView.selectRow(0)
    assert panel.ui.restoreButton.isEnabled()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert asked and "kept as a backup first" in asked[0]
    assert titles(services) == ["Kept"]
    window.activities.refresh()
    assert window.activities.model.rowCount() == 1  # the pages reloaded the restored records
    reasons = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert reasons == ["Before a restore", "Backed up by you"]
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 3), title="Saved after restore")  # type: ignore[arg-type]
    )
    assert titles(services) == ["Kept", "Saved after restore"]


def test_backup_on_start_and_on_exit(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> None:
    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
    win = MainWindow(ctx)
    win.welcome_enabled = False
    qtbot.addWidget(win)
    life = backups_lifecycle.install(win, ctx, DataPaths(data_dir))
    win.open_data(data_dir)
    services = ctx.services
    assert services is not None
    life.start_backup()  # what the timer does a few seconds after the dashboard is up
    assert [b.reason for b in services.backups.list()] == ["start"]
    life.start_backup()  # nothing changed since: no second copy
    assert len(services.backups.list()) == 1
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 1), title="New")
    )  # type: ignore[arg-type]
    win.close()
    reopened = open_services(data_dir, clock)
    try:
        assert [b.reason for b in reopened.backups.list()] == ["exit"]  # same day: the newer kept
        assert b"New" in reopened.backups.list()[0].path.read_bytes()
    finally:
        reopened.close()


def test_records_that_will_not_open_offer_the_latest_backup(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, boxes: object
) -> None:
    sv = open_services(data_dir, clock)
    org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    sv.activities.create(Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Safe"))  # type: ignore[arg-type]
    latest = sv.backups.back_up_now("exit").path
    sv.close()
    db = data_dir / "coprod.sqlite3"
    db.write_bytes(b"\0garbage" * 4096)
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
    win.open_data(data_dir)
    assert offered == [latest]
    assert ctx.services is not None
    assert titles(ctx.services) == ["Safe"]
    kept = [p for p in (data_dir / "backups").iterdir() if "damaged" in p.name]
    assert kept and kept[0].read_bytes() == b"\0garbage" * 4096
    win.close()


def test_quit_leaves_the_file_alone(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "coprod.sqlite3"
    db.write_text("not a database\n" * 100)
    monkeypatch.setattr(backups_lifecycle, "ask_what_to_do", lambda *_: backups_lifecycle.QUIT)
    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    backups_lifecycle.install(win, ctx, DataPaths(data_dir), start_backup=False)
    win.open_data(data_dir)
    assert not win.isVisible()
    assert db.read_text() == "not a database\n" * 100


def test_another_copy_has_the_records_open(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, boxes: object
) -> None:
    holder = open_services(data_dir, clock)
    try:
        ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        backups_lifecycle.install(win, ctx, DataPaths(data_dir), start_backup=False)
        win.open_data(data_dir)
        texts = boxes.texts()  # type: ignore[attr-defined]
        assert any(t.startswith("Your records are open in another copy") for t in texts)
        assert ctx.services is None and not win.isVisible()
    finally:
        holder.close()
