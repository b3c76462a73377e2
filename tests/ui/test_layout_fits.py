"""At 100%, 150% and 200% text on a 1366×768 laptop, every page and dialog fits.

The window must never open larger than the screen's available area, and no page or dialog
may put a control outside its window, cut a label's or button's text, or draw two controls
over each other (see layout_checks.py for what each failure means to a member).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from layout_checks import layout_problems
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.records import Agreement
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.fit import page_scroll_area
from coprod_desktop.ui.main_window import PAGES, MainWindow
from coprod_desktop.ui.tasks import TaskRunner
from coprod_desktop.ui.theme import Appearance, ThemeManager, WindowStyle, save_appearance

SCALES = (100, 150, 200)


@pytest.fixture
def laptop(qapp: QApplication) -> Iterator[None]:
    """The offscreen screen is 1366×768 (tests/conftest.py), in Fusion as the app runs."""
    avail = QGuiApplication.primaryScreen().availableGeometry()
    assert (avail.width(), avail.height()) == (1366, 768)
    old_style = qapp.style().name()
    qapp.setStyle(WindowStyle())
    yield
    qapp.setStyle(old_style)


@pytest.fixture
def opened(
    qtbot: QtBot,
    qapp: QApplication,
    services: Services,
    clock: FixedClock,
    theme: ThemeManager,
    laptop: None,
    seed: object,
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []
    platform_font = QFont(qapp.font())

    def open_at(scale: int, system: float = 1.0) -> MainWindow:
        """The window at the app's `scale`, on a system whose own text is `system` times the
        usual size (GNOME's Large text is 1.25, Windows' Text size up to 2.25)."""
        manager = theme
        if system != 1.0:
            large = QFont(platform_font)
            large.setPointSizeF(platform_font.pointSizeF() * system)
            qapp.setFont(large)
            manager = ThemeManager(qapp)  # it takes the platform's font, as at start-up
        # the member's saved text size, as the window reads it when the records open
        save_appearance(services.paths.settings, Appearance(scale))
        manager.apply(Appearance(scale))
        ctx = WindowContext(TaskRunner(synchronous=True), clock=clock, theme=manager)
        win = MainWindow(ctx)
        win.welcome_enabled = False
        qtbot.addWidget(win)
        win.show()  # as app.py shows it: the window chooses its own size
        qtbot.waitExposed(win)
        win.set_services(services)
        assert win.ctx.appearance().font_percent == scale
        windows.append(win)
        return win

    yield open_at
    for win in windows:
        win.close()
    qapp.setFont(platform_font)


def sideways(win: MainWindow) -> list[str]:
    """A page reflows to the window's width: it may scroll down, never sideways (a button or
    column out to the right is out of sight, as "Claim PDF…" was)."""
    area = page_scroll_area(win.ui.pages.currentWidget())
    assert area is not None
    across = area.horizontalScrollBar().maximum()
    return [f"the page scrolls sideways by {across} px"] if across else []


def _settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.mark.parametrize("scale", SCALES)
def test_every_page_fits_a_1366_by_768_screen(
    qtbot: QtBot, opened: Callable[[int], MainWindow], scale: int
) -> None:
    win = opened(scale)
    found: dict[str, list[str]] = {}
    for row, (title, _module, _cls) in enumerate(PAGES):
        win.go_to(row)
        _settle(qtbot)
        problems = layout_problems(win) + sideways(win)
        if problems:
            found[title] = problems
    assert not found, "\n".join(f"{t}: {p}" for t, ps in found.items() for p in ps)


@pytest.mark.parametrize(("scale", "system"), [(100, 1.5), (150, 1.5)])
def test_pages_fit_with_the_systems_text_enlarged_too(
    qtbot: QtBot, opened: Callable[..., MainWindow], scale: int, system: float
) -> None:
    win = opened(scale, system)
    found: dict[str, list[str]] = {}
    for row, (title, _module, _cls) in enumerate(PAGES):
        win.go_to(row)
        _settle(qtbot)
        problems = layout_problems(win) + sideways(win)
        if problems:
            found[title] = problems
    assert not found, "\n".join(f"{t}: {p}" for t, ps in found.items() for p in ps)


def every_dialog(win: MainWindow, services: Services, seed: object) -> dict[str, QDialog]:
    """Each dialog the member can open, parented to the window as the pages do."""
    from coprod_desktop.ui.dialogs.about import AboutDialog
    from coprod_desktop.ui.dialogs.activity import ActivityDialog
    from coprod_desktop.ui.dialogs.agreement import AgreementDialog
    from coprod_desktop.ui.dialogs.chase import ChaseDialog
    from coprod_desktop.ui.dialogs.claim_builder import ClaimBuilderDialog
    from coprod_desktop.ui.dialogs.claim_pdf import ClaimPdfDialog
    from coprod_desktop.ui.dialogs.encryption import MODES, PassphraseDialog, RecoveryKeyDialog
    from coprod_desktop.ui.dialogs.expense import ExpenseDialog
    from coprod_desktop.ui.dialogs.getting_started import GettingStartedDialog
    from coprod_desktop.ui.dialogs.import_csv import ImportCsvDialog
    from coprod_desktop.ui.dialogs.import_ics import ImportIcsDialog
    from coprod_desktop.ui.dialogs.my_terms import MyTermsDialog
    from coprod_desktop.ui.dialogs.organisation import OrganisationDialog
    from coprod_desktop.ui.dialogs.payment import PaymentDialog
    from coprod_desktop.ui.dialogs.receipts_inbox import InboxDialog
    from coprod_desktop.ui.dialogs.records_chooser import RecordsDialog
    from coprod_desktop.ui.dialogs.reminders import RemindersDialog
    from coprod_desktop.ui.dialogs.terms import TermsDialog
    from coprod_desktop.ui.welcome import WelcomeDialog

    def keep(record: object, *_files: object) -> object:
        return record

    agreement: Agreement = seed.agreement  # type: ignore[attr-defined]
    runner = TaskRunner(synchronous=True)
    makers: dict[str, Callable[[], QDialog]] = {
        "organisation, new": lambda: OrganisationDialog(services, keep, None, win),
        "organisation, edit": lambda: OrganisationDialog(
            services,
            keep,
            seed.riverside,  # type: ignore[attr-defined]
            win,
        ),
        "agreement, new": lambda: AgreementDialog(services, keep, None, win),
        "agreement, edit": lambda: AgreementDialog(services, keep, agreement, win),
        "terms": lambda: TermsDialog(services, keep, agreement.terms[0], win),
        "activity, new": lambda: ActivityDialog(services, keep, None, win),
        "activity, edit": lambda: ActivityDialog(
            services,
            keep,
            seed.activities[0],  # type: ignore[attr-defined]
            win,
        ),
        "expense, new": lambda: ExpenseDialog(services, keep, None, win),
        "expense, edit": lambda: ExpenseDialog(
            services,
            keep,
            seed.expenses[0],  # type: ignore[attr-defined]
            win,
        ),
        "claim builder": lambda: ClaimBuilderDialog(services, win),
        "payment": lambda: PaymentDialog(
            services,
            seed.overdue_claim,  # type: ignore[attr-defined]
            None,
            win,
        ),
        "my terms": lambda: MyTermsDialog(services, None, win),
        "claim PDF": lambda: ClaimPdfDialog(
            services,
            runner,
            seed.overdue_claim,  # type: ignore[attr-defined]
            win,
        ),
        "import CSV": lambda: ImportCsvDialog(services, runner, win),
        "import calendar": lambda: ImportIcsDialog(services, runner, win),
        "about": lambda: AboutDialog(Path(services.paths.root), win),
        "welcome": lambda: WelcomeDialog(str(services.paths.root), True, win),
        "passphrase, unlock": lambda: PassphraseDialog(runner, "unlock", {}, win),
        "passphrase, turn on": lambda: PassphraseDialog(runner, "on", {}, win),
        "recovery key": lambda: RecoveryKeyDialog(
            "ABCDE-FGH23-IJKLM-NOP45-QRSTU-VWX67", Path(services.paths.root), win
        ),
        # added with record sets and getting paid
        "whose records": lambda: RecordsDialog(win),
        "getting started": lambda: GettingStartedDialog(win),
        "reminders": lambda: RemindersDialog(
            win.ctx, services.reminders.due(), lambda _r: None, win
        ),
        "chase": lambda: ChaseDialog(
            services,
            runner,
            seed.overdue_claim,  # type: ignore[attr-defined]
            win,
        ),
        "receipts inbox": lambda: InboxDialog(win.ctx, win),
    }
    assert set(MODES) >= {"unlock", "on"}
    return {name: make() for name, make in makers.items()}


@pytest.mark.parametrize("scale", SCALES)
def test_every_dialog_fits_a_1366_by_768_screen(
    qtbot: QtBot,
    opened: Callable[[int], MainWindow],
    services: Services,
    seed: object,
    scale: int,
) -> None:
    win = opened(scale)
    found: dict[str, list[str]] = {}
    dialogs = every_dialog(win, services, seed)
    assert len(dialogs) >= 20
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        problems = layout_problems(dialog)
        if problems:
            found[name] = problems
        dialog.hide()
        dialog.deleteLater()
    assert not found, "\n".join(f"{t}: {p}" for t, ps in found.items() for p in ps)


def test_the_checks_catch_a_cut_label_and_an_overlap(qtbot: QtBot, laptop: None) -> None:
    """The checker itself: a label squeezed narrower than its text, and two buttons on top of
    each other, are both reported (so a clean run above means something)."""
    from PySide6.QtWidgets import QLabel, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    label = QLabel("Minimum paid time (optional):", root)
    label.setGeometry(0, 0, 40, 20)
    first = QPushButton("Save", root)
    first.setGeometry(10, 100, 80, 30)
    second = QPushButton("Open", root)
    second.setGeometry(50, 110, 80, 30)
    root.show()
    problems = layout_problems(root)
    assert any("Minimum paid time" in p and "too small" in p for p in problems)
    assert any("overlaps" in p for p in problems)
    assert date.today().year > 2000  # the clock is the machine's here: no records involved
