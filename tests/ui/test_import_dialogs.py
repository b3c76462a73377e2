"""The import dialogs, driven through their real widgets: choose a file, map the columns, see the
records to create and the refused rows, import; and the File menu hooks in the window."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.dialogs.import_csv import ImportCsvDialog
from coprod_desktop.ui.dialogs.import_ics import ImportIcsDialog
from coprod_desktop.ui.dialogs.import_menu import export_csv, export_everything, import_everything
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import Boxes, Seed

SHEET = (
    "Date,Org,What we did,Hours,Notes\r\n"
    "03/02/2025,NUH,Research advisory group,2,Papers late\r\n"
    "31/02/2025,NUH,Bad day,1,\r\n"
    "04/02/2025,NUH,Interview panel,1.5,\r\n"
)
INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:w@x\r\n"
    "SUMMARY:Steering group\r\nDTSTART:20261102T100000Z\r\nDTEND:20261102T113000Z\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=3\r\nORGANIZER:mailto:jo@nuh.nhs.uk\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


@pytest.fixture
def nuh(services: Services) -> Organisation:
    return services.organisations.create(
        Organisation(name="Nottingham University Hospitals", code="NUH", email="ppi@nuh.nhs.uk")
    )


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_csv_dialog_maps_previews_and_imports(
    qtbot: QtBot,
    services: Services,
    nuh: Organisation,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet = tmp_path / "my records.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    dialog = ImportCsvDialog(services, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    _choose(monkeypatch, sheet)
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)

    # the mapping step: one drop-down per column, prefilled from the headings
    assert list(dialog.column_combos) == ["Date", "Org", "What we did", "Hours", "Notes"]
    assert dialog.mapping() == {
        "Date": "date",
        "Org": "organisation",
        "What we did": "title",
        "Hours": "contact_hours",
        "Notes": "notes",
    }
    assert dialog.ui.previewTable.rowCount() == 2
    assert dialog.ui.previewTable.item(0, 3).text() == "Research advisory group"
    assert dialog.ui.previewTable.item(0, 4).text() == "2h"
    refused = [dialog.ui.refusedList.item(i).text() for i in range(dialog.ui.refusedList.count())]
    assert refused == [
        "⚠ Row 3, Date: 31/02/2025 is not a date; write it as 31/01/2025 or 2025-01-31."
    ]
    assert "2 activities to import, 1 row refused." in dialog.ui.summary.text()
    assert not dialog.import_button.isEnabled()  # refused rows: nothing unless skipped

    # the member says the Hours column is minutes: the preview follows
    combo = dialog.column_combos["Hours"]
    combo.setCurrentIndex(combo.findText("Contact time (minutes)"))
    assert "1.5 is not whole minutes" in dialog.ui.refusedList.item(1).text()
    dialog.set_column("Hours", "contact_hours")

    tick = dialog.ui.skipRefused
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))
    assert tick.isChecked()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None and len(dialog.outcome.created_ids) == 2
    titles = sorted(i.activity.title for i in services.activities.list())
    assert titles == ["Interview panel", "Research advisory group"]


def test_csv_dialog_with_nothing_valid_keeps_import_off(
    qtbot: QtBot, services: Services, nuh: Organisation, tmp_path: Path
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Date,Org,Title\n31/02/2025,NUH,x\n", encoding="utf-8")
    dialog = ImportCsvDialog(services, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.load_file(sheet)
    dialog.ui.skipRefused.setChecked(True)
    assert not dialog.import_button.isEnabled()
    dialog.set_column("Date", "")  # no date column: the summary says what to do
    assert dialog.ui.summary.text() == "⚠ Choose which column holds the date."
    assert dialog.ui.previewTable.rowCount() == 0


def test_ics_dialog_previews_drafts_and_imports(
    qtbot: QtBot, services: Services, nuh: Organisation, tmp_path: Path
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_text(INVITE, encoding="utf-8")
    dialog = ImportIcsDialog(services, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(invite)
    assert dialog.ui.previewTable.rowCount() == 3
    assert dialog.ui.previewTable.item(0, 2).text() == "Nottingham University Hospitals (NUH)"
    assert dialog.ui.previewTable.item(0, 4).text() == "1h 30m"
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None
    assert all(i.activity.draft for i in services.activities.list())

    again = ImportIcsDialog(services, TaskRunner(synchronous=True))
    qtbot.addWidget(again)
    again.load_file(invite)
    assert not again.import_button.isEnabled()
    left = [again.ui.refusedList.item(i).text() for i in range(again.ui.refusedList.count())]
    assert len(left) == 3 and all("already on record" in line for line in left)


@pytest.mark.parametrize("make", [ImportCsvDialog, ImportIcsDialog])
def test_every_control_has_a_name(
    qtbot: QtBot, services: Services, nuh: Organisation, tmp_path: Path, make: type
) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    dialog = make(services, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    if make is ImportCsvDialog:
        dialog.load_file(sheet)
    dialog.show()
    controls = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)
    unnamed = [
        w.objectName() or type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, controls)
        and w.isVisibleTo(dialog)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))
    ]
    assert unnamed == []


def test_file_menu_has_import_and_export(
    window: MainWindow, boxes: Boxes, tmp_path: Path, services: Services
) -> None:
    texts = [a.text() for a in window.ui.menuFile.actions()]
    assert "&Import a spreadsheet (CSV)…" in texts
    assert "Import meeting in&vites (.ics)…" in texts
    assert "&Export CSV files…" in texts
    export_csv(window, str(tmp_path))
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == [
        "activities.csv",
        "claims.csv",
        "expenses.csv",
        "payments.csv",
    ]
    assert boxes.shown and boxes.shown[-1][0] == "CSV files saved"


def test_every_menu_gives_each_item_its_own_alt_key(window: MainWindow) -> None:
    for menu in (window.ui.menuFile, window.ui.menuEdit, window.ui.menuGo, window.ui.menuHelp):
        letters = [
            match.group(1).lower()
            for action in menu.actions()
            if (match := re.search(r"&([^&\s])", action.text().replace("&&", "")))
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_a_whole_copy_saved_from_one_window_is_brought_in_by_another(
    window: MainWindow, seed: Seed, boxes: Boxes, tmp_path: Path, qtbot: QtBot, clock: FixedClock
) -> None:
    target = tmp_path / "copy"  # the window adds .json
    export_everything(window, str(target))
    saved = tmp_path / "copy.json"
    assert json.loads(saved.read_bytes())["format"] == "coprod-desktop"
    assert boxes.shown[-1][0] == "Copy saved" and "receipts included" in boxes.shown[-1][1]

    # Into records that already hold something: refused in one sentence, nothing changed.
    before = len(window.ctx.services.activities.list())  # type: ignore[union-attr]
    import_everything(window, str(saved))
    assert boxes.shown[-1][0] == "Not done"
    assert len(window.ctx.services.activities.list()) == before  # type: ignore[union-attr]

    fresh = open_services(tmp_path / "new-computer", clock, lock=False)
    try:
        ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)
        other = MainWindow(ctx)
        other.welcome_enabled = False
        qtbot.addWidget(other)
        other.set_services(fresh)
        import_everything(other, str(saved))
        assert boxes.shown[-1][0] == "Records brought in"
        assert len(fresh.activities.list()) == before
        assert {o.code for o in fresh.organisations.list()} == {"RNT", "PL"}
        other.close()
    finally:
        fresh.close()


def test_a_sealed_copy_is_refused_in_the_window_with_the_command_to_use(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    sealed = tmp_path / "copy.sealed"
    sealed.write_bytes(b"COPROD-SEALED\x00" + b"\x01" * 80)
    import_everything(window, str(sealed))
    assert boxes.shown[-1][0] == "Not done"
    assert "coprod import json" in boxes.shown[-1][1]
