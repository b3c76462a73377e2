"""The main window: a navigation list on the left, the pages stacked on the right.

It is built and shown before any database code is imported (start-up paints first); the data
folder is then opened on a pool thread and the pages fill in as their data arrives.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.paths import resources_dir
from coprod_desktop.ui.announce import UndoTeller, announce
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.fit import WindowFitter, fit_window_to_screen, page_scroller
from coprod_desktop.ui.forms.ui_main_window import Ui_MainWindow
from coprod_desktop.ui.pages.dashboard import DashboardPage
from coprod_desktop.ui.welcome import WelcomeAnswers, WelcomeDialog

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services
    from coprod_desktop.ui.dialogs.about import AboutDialog
    from coprod_desktop.ui.pages.claims import ClaimsPage
    from coprod_desktop.ui.pages.documents import DocumentsPage
    from coprod_desktop.ui.pages.records import (
        ActivitiesPage,
        AgreementsPage,
        ExpensesPage,
        OrganisationsPage,
    )
    from coprod_desktop.ui.pages.settings import SettingsPage

# (title, module, class): every page but the Dashboard is built the first time it is needed,
# or in idle time once the data is open, so none of them delays the first paint.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("Dashboard", "coprod_desktop.ui.pages.dashboard", "DashboardPage"),
    ("Activities", "coprod_desktop.ui.pages.records", "ActivitiesPage"),
    ("Expenses", "coprod_desktop.ui.pages.records", "ExpensesPage"),
    ("Claims", "coprod_desktop.ui.pages.claims", "ClaimsPage"),
    ("Agreements", "coprod_desktop.ui.pages.records", "AgreementsPage"),
    ("Organisations", "coprod_desktop.ui.pages.records", "OrganisationsPage"),
    ("Documents", "coprod_desktop.ui.pages.documents", "DocumentsPage"),
    ("Settings", "coprod_desktop.ui.pages.settings", "SettingsPage"),
)
ROW: dict[str, int] = {title: row for row, (title, _module, _cls) in enumerate(PAGES)}

DEMO_MODULE = "coprod_desktop.core.services.demo"


def app_icon() -> QIcon:
    """Every drawn size, so Qt picks the one made for 16 px rather than shrinking a big one."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(icons / f"coprod-{size}.png"))
    return icon


class MainWindow(QMainWindow):
    """The window. `ready` fires once the services are bound and the first page is loading."""

    ready = Signal()

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owns_services = False
        self.welcome_enabled = True  # off for --startup-probe and --self-test
        self.welcome: WelcomeDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.dashboard = DashboardPage(ctx)
        self._built: dict[int, QWidget] = {0: self.dashboard}
        self._build_navigation()
        self._build_menus()
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        ctx.message.connect(lambda text: announce(self.statusBar(), text))  # read out too
        ctx.runner.busy_changed.connect(self._busy)
        self.statusBar().showMessage("Opening your records…")
        fit_window_to_screen(self)
        base = ctx.theme.base_font.pointSizeF() if ctx.theme is not None else None
        self.fitter = WindowFitter(self, base)  # larger text: more of the screen, never beyond

    # -- building --------------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        nav = self.ui.navList
        for number, (title, _module, _cls) in enumerate(PAGES, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(f"{title} (Ctrl+{number})")
            nav.addItem(item)
            built = self._built.get(number - 1)
            self.ui.pages.addWidget(
                page_scroller(built, self.ui.pages) if built is not None else QWidget()
            )
        nav.currentRowChanged.connect(self._show_row)
        nav.installEventFilter(self)
        nav.setCurrentRow(0)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as the longest page name at the current text size, no wider."""
        nav = self.ui.navList
        widest = max(
            nav.fontMetrics().horizontalAdvance(nav.item(i).text()) for i in range(nav.count())
        )
        nav.setFixedWidth(widest + 3 * nav.fontMetrics().averageCharWidth() + 2 * nav.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.navList and event.type() == QEvent.Type.FontChange:
            self._fit_navigation()  # the text size changed: the page names need more room
        return super().eventFilter(watched, event)

    def _build_menus(self) -> None:
        ui = self.ui
        stack = self.ctx.stack
        undo = stack.createUndoAction(self, "&Undo")
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.menuEdit.addAction(undo)
        ui.menuEdit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.undo_teller = UndoTeller(stack, undo, redo, self.ctx.report)
        for number, (title, _module, _cls) in enumerate(PAGES, start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
            ui.menuGo.addAction(action)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionOpenDataFolder.triggered.connect(lambda: self.settings.open_folder())
        ui.actionAbout.triggered.connect(self.about)
        ui.actionAbout.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        from coprod_desktop.ui.dialogs.import_menu import add_data_actions

        self.data_actions = add_data_actions(self)
        from coprod_desktop.ui.dialogs.receipts_inbox import add_inbox_action
        from coprod_desktop.ui.dialogs.reminders import add_reminder_actions

        self.reminders_action = add_reminder_actions(self)
        self.inbox_action = add_inbox_action(self)
        self.reminders_dialog: QWidget | None = None
        from coprod_desktop.ui.record_switch import add_records_actions

        self.records_actions = add_records_actions(self)  # whose records; getting started

    # -- pages, built on first use ----------------------------------------------------------------
    def page(self, row: int) -> QWidget:
        """The page at `row`, building it (and putting it in the stack) the first time."""
        built = self._built.get(row)
        if built is not None:
            return built
        _title, module_name, class_name = PAGES[row]
        page_class = getattr(importlib.import_module(module_name), class_name)
        page: QWidget = page_class(self.ctx)
        stack = self.ui.pages
        stand_in = stack.widget(row)
        current = stack.currentIndex()
        # in a scroll area: a page scrolls rather than make the window outgrow the screen
        stack.insertWidget(row, page_scroller(page, stack))
        stack.removeWidget(stand_in)
        stand_in.deleteLater()
        stack.setCurrentIndex(current)
        self._built[row] = page
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(row)
            self.ui.pages.setCurrentIndex(row)

    def build_remaining_pages_when_idle(self) -> None:
        """Build the other pages once the work in flight (the first page's figures) is done.

        Building a page is Python work on the GUI thread; done while the dashboard's figures
        are worked out on a pool thread, the two share one interpreter lock and the figures
        the member is waiting for come a third later.
        """
        runner = self.ctx.runner
        if not runner.busy():
            self.build_remaining_pages()
            return

        def became_idle(busy: bool) -> None:
            if not busy:
                runner.busy_changed.disconnect(became_idle)
                QTimer.singleShot(0, self, self.build_remaining_pages)

        runner.busy_changed.connect(became_idle)

    def build_remaining_pages(self) -> None:
        """In idle time after the data opens: so the first visit to a page is instant."""
        if self.ctx.services is None:
            return  # the window closed (or its records did) before it was idle
        for row in range(len(PAGES)):
            if row not in self._built:
                self.page(row)
                QTimer.singleShot(0, self, self.build_remaining_pages)
                return

    @property
    def page_list(self) -> list[QWidget]:
        return [self.page(row) for row in range(len(PAGES))]

    @property
    def activities(self) -> ActivitiesPage:
        return self.page(1)  # type: ignore[return-value]

    @property
    def expenses(self) -> ExpensesPage:
        return self.page(2)  # type: ignore[return-value]

    @property
    def claims(self) -> ClaimsPage:
        return self.page(3)  # type: ignore[return-value]

    @property
    def agreements(self) -> AgreementsPage:
        return self.page(4)  # type: ignore[return-value]

    @property
    def organisations(self) -> OrganisationsPage:
        return self.page(5)  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsPage:
        return self.page(ROW["Settings"])  # type: ignore[return-value]

    @property
    def documents(self) -> DocumentsPage:
        return self.page(ROW["Documents"])  # type: ignore[return-value]

    def go_to(self, row: int) -> None:
        self.ui.navList.setCurrentRow(row)
        self.ui.navList.setFocus()

    def current_page(self) -> QWidget:
        return self._built.get(self.ui.pages.currentIndex()) or self.ui.pages.currentWidget()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage("Loading…")
        elif self.statusBar().currentMessage() in ("Loading…", "Opening your records…"):
            self.statusBar().clearMessage()

    # -- opening the data ------------------------------------------------------------------------
    def open_data(
        self, data_dir: str | Path | None, done: Callable[[], None] | None = None
    ) -> None:
        """Open the data folder off the GUI thread (this is where SQLAlchemy is first imported)."""

        def opening() -> tuple[Services, bool]:
            from coprod_desktop.core.services import open_services

            services = open_services(data_dir, self.ctx.clock)
            return services, services.profile.exists()

        def opened(result: tuple[Services, bool]) -> None:
            services, has_profile = result
            self.owns_services = True
            self.set_services(services, welcome=not has_profile)
            if done is not None:
                done()

        self.ctx.runner.run(opening, opened, self._could_not_open)

    def _could_not_open(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else str(error)
        self.dashboard.ui.statusLabel.setText(f"⚠ Your records could not be opened. {message}")
        self.statusBar().showMessage("Your records could not be opened.")
        QMessageBox.warning(self, "Records not opened", message)

    def set_services(self, services: Services, *, welcome: bool = False) -> None:
        """Bind the pages to the services and load the page on show (and the welcome if new)."""
        self.ctx.bind(services)
        self.ctx.load_appearance()
        if ROW["Settings"] in self._built:
            self.settings.ui.dataPathValue.setText(str(services.paths.root))
        self.statusBar().showMessage(f"Your records: {services.paths.root}", 8000)
        from coprod_desktop.ui.record_switch import show_whose

        show_whose(self)  # the title says whose records these are
        current = self.current_page()
        if getattr(current, "stale", False):
            current.refresh()  # type: ignore[attr-defined]
        self.ready.emit()
        QTimer.singleShot(0, self, self.build_remaining_pages_when_idle)
        if welcome and self.welcome_enabled:
            self.show_welcome()
        elif self.welcome_enabled:  # the same switch: not for --startup-probe or --self-test
            from coprod_desktop.ui.dialogs.reminders import open_reminders

            QTimer.singleShot(0, self, lambda: open_reminders(self, only_if_any=True))

    # -- first run -------------------------------------------------------------------------------
    def show_welcome(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        demo = importlib.util.find_spec(DEMO_MODULE) is not None
        dialog = WelcomeDialog(str(services.paths.root), demo, self)
        self.welcome = dialog
        from coprod_desktop.ui.record_switch import adapt_welcome

        adapt_welcome(self, dialog)  # records made for someone else ask for their name
        dialog.accepted.connect(lambda: self._welcomed(dialog.answers))
        dialog.open()

    def _welcomed(self, answers: WelcomeAnswers | None) -> None:
        services = self.ctx.services
        if answers is None or services is None:
            return

        def setting_up() -> None:
            from dataclasses import replace

            profile = services.profile.get()
            services.profile.save(
                replace(profile, name=answers.name, reference_rate=answers.reference_rate)
            )

        def finished(_result: object) -> None:
            from coprod_desktop.ui import record_switch

            self.ctx.report(f"Welcome, {answers.name}. Your records are ready.")
            self.ctx.changed.emit("profile")
            self.dashboard.refresh()
            record_switch.named_after_welcome(self)
            if answers.demo:  # in a record set of their own, never in the member's records
                record_switch.open_sample_records(self)

        self.ctx.runner.run(setting_up, finished, lambda exc: self._setup_failed(exc))

    def _setup_failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else str(error)
        QMessageBox.warning(self, "Not set up", message)

    # -- help and closing ------------------------------------------------------------------------
    def about(self) -> None:
        from coprod_desktop.paths import resolve_data_dir
        from coprod_desktop.ui.dialogs.about import AboutDialog

        folder = self.ctx.paths.root if self.ctx.paths else resolve_data_dir().root
        self.about_dialog = AboutDialog(folder, self)
        self.about_dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        from coprod_desktop.ui.dialogs.unsaved import confirm_window_close

        if not confirm_window_close(list(self._built.values())):
            event.ignore()  # the member keeps editing: nothing typed is lost
            return
        for page in list(self._built.values()):
            dialog = getattr(page, "open_dialog", None)
            if dialog is not None:
                dialog.close()
        self.ctx.runner.wait()
        if self.owns_services and self.ctx.services is not None:
            self.ctx.services.close()
            self.ctx.services = None
        super().closeEvent(event)

    def page_by_title(self, title: str) -> Any:
        for row, (page_title, _module, _cls) in enumerate(PAGES):
            if page_title == title:
                return self.page(row)
        raise KeyError(title)
