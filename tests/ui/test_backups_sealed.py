"""The Backups panel and passphrase-sealed backups: "Back up with a passphrase…" asks for a new
passphrase twice and lists the sealed copy in words; restoring it asks for that passphrase in the
passphrase dialog, stays open after a wrong one, and restores the backed-up records.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.io import keys, sealed
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.encryption import PassphraseDialog
from coprod_desktop.ui.main_window import MainWindow
from tests.ui.test_accessibility import unnamed
from tests.ui.test_backups_protected import add, panel_of, row_of, titles, type_into, yes

CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
SEAL = "lighthouse marmalade twelve"
__all__ = ["yes"]  # the fixture that answers Yes to the restore question


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)


def test_sealed_backup_from_the_panel_and_back(
    qtbot: QtBot, window: MainWindow, services: Services, yes: list[str]
) -> None:
    org = services.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 1), title="Kept")  # type: ignore[arg-type]
    )
    panel = panel_of(window)
    assert panel.ui.sealedBackupButton.accessibleName() == "Back up with a passphrase"
    assert unnamed(panel) == []
    qtbot.mouseClick(panel.ui.sealedBackupButton, Qt.MouseButton.LeftButton)
    dialog = panel.open_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Back up with a passphrase"
    assert unnamed(dialog) == []
    qtbot.keyClicks(dialog.ui.newEdit, SEAL)
    qtbot.keyClicks(dialog.ui.repeatEdit, SEAL + "x")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not the same" in dialog.ui.errorLabel.text()
    assert services.backups.list() == []  # nothing taken
    dialog.ui.repeatEdit.clear()
    qtbot.keyClicks(dialog.ui.repeatEdit, SEAL)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [made] = services.backups.list()
    assert made.sealed and sealed.is_sealed_file(made.path)
    row = row_of(panel, made.path.name)
    assert panel.model.index(row, 1).data() == "Backed up by you, sealed with a passphrase"
    assert panel.model.index(row, 2).data() == "Sealed with a passphrase"

    add(services, "After the backup")
    panel.ui.backupsView.selectRow(row)
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)
    asking = panel.open_dialog
    assert isinstance(asking, PassphraseDialog) and asking.isVisible()
    assert asking.windowTitle() == "Open this sealed backup"
    assert asking.ui.currentEdit.accessibleName() == "The passphrase the backup was sealed with"
    assert unnamed(asking) == []
    type_into(qtbot, asking, "not the passphrase at all")
    qtbot.mouseClick(asking.ui.okButton, Qt.MouseButton.LeftButton)
    assert asking.isVisible() and "does not open the backup" in asking.ui.errorLabel.text()
    assert titles(services) == ["After the backup", "Kept"]  # nothing changed
    type_into(qtbot, asking, SEAL)
    qtbot.mouseClick(asking.ui.okButton, Qt.MouseButton.LeftButton)
    assert not asking.isVisible()
    assert titles(services) == ["Kept"]
