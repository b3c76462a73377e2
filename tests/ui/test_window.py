"""The main window: pages, keyboard navigation, start-up order, probe, self-test, forms."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.build_forms import stale_forms
from coprod_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "Dashboard",
    "Activities",
    "Expenses",
    "Claims",
    "Agreements",
    "Organisations",
    "Documents",
    "Settings",
]


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("COPROD_DATA_DIR", None)
    return env


def test_every_page_is_in_the_navigation_in_order(window: MainWindow) -> None:
    nav = window.ui.navList
    assert [nav.item(i).text() for i in range(nav.count())] == PAGES
    assert window.ui.pages.count() == len(PAGES)
    assert window.current_page() is window.dashboard


def test_arrow_keys_in_the_navigation_change_page(window: MainWindow, qtbot: QtBot) -> None:
    nav = window.ui.navList
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.current_page() is window.activities
    qtbot.keyClick(nav, Qt.Key.Key_End)
    assert window.current_page() is window.settings


def test_go_menu_has_a_shortcut_for_every_page(window: MainWindow) -> None:
    actions = window.ui.menuGo.actions()
    assert [a.shortcut().toString() for a in actions] == [f"Ctrl+{n}" for n in range(1, 9)]
    actions[3].trigger()
    assert window.current_page() is window.claims


def test_undo_and_redo_have_the_usual_shortcuts(window: MainWindow) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert window.undo_action in window.ui.menuEdit.actions()


def test_window_modules_import_no_database_or_pdf_code() -> None:
    """The first paint must not wait for SQLAlchemy, Alembic or ReportLab to import."""
    code = (
        "import sys, coprod_desktop.app, coprod_desktop.ui.main_window;"
        "print([m for m in ('sqlalchemy', 'alembic', 'reportlab', 'coprod_desktop.core.services')"
        " if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_startup_probe_prints_both_timings(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coprod_desktop.app", "--data-dir", str(tmp_path / "d"),
         "--startup-probe"],
        env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(figures) == {"first_paint_ms", "dashboard_ms"}
    assert 0 < figures["first_paint_ms"] <= figures["dashboard_ms"]


def test_self_test_makes_a_record_a_claim_and_its_pdf() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coprod_desktop.app", "--self-test"],
        env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "undo and redo of the activity worked" in out.stdout
    assert "rendered the claim PDF" in out.stdout
    assert out.stdout.strip().endswith("self-test passed")


def test_committed_forms_match_the_designer_files() -> None:
    assert stale_forms() == [], "run: python -m coprod_desktop.ui.build_forms"


def test_first_run_welcome_saves_name_and_rate(
    qtbot: QtBot, data_dir: Path, clock: object, boxes: object
) -> None:
    from coprod_desktop.core.domain.money import Money
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.tasks import TaskRunner

    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock)  # type: ignore[arg-type]
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.open_data(data_dir)  # a new folder: no profile yet, so the welcome opens
    welcome = win.welcome
    assert welcome is not None and welcome.isVisible()
    assert str(data_dir) in welcome.ui.whereLabel.text()
    start = welcome.ui.buttonBox.buttons()[0]
    assert not welcome.answers
    qtbot.keyClicks(welcome.ui.nameEdit, "Sam Okafor")
    qtbot.keyClicks(welcome.ui.rateEdit, "22.50")
    assert welcome.answers is not None
    welcome.accept()
    assert start is not None
    services = win.ctx.services
    assert services is not None
    profile = services.profile.get()
    assert (profile.name, profile.reference_rate) == ("Sam Okafor", Money(2250))
    win.close()  # the window opened the folder, so it closes it


def test_a_folder_that_will_not_open_is_said_plainly(
    qtbot: QtBot, tmp_path: Path, boxes: object
) -> None:
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.tasks import TaskRunner

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a data folder")
    win = MainWindow(WindowContext(TaskRunner(synchronous=True)))
    qtbot.addWidget(win)
    win.open_data(not_a_folder)
    assert win.ctx.services is None
    assert "could not be opened" in win.dashboard.ui.statusLabel.text()
    assert "Traceback" not in win.dashboard.ui.statusLabel.text()
    assert boxes.shown  # type: ignore[attr-defined]
