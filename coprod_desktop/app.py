"""The composition root: `coprod-desktop [--data-dir DIR] [--self-test] [--startup-probe]`.

Start-up order matters for how fast the app feels on an old shared PC: Qt and the window's own
modules are imported and the window painted first; SQLAlchemy, Alembic and ReportLab are
imported only when the data folder is opened on a pool thread after that first paint.
Nothing in this module (or anything it imports at the top) may import `coprod_desktop.core.
services`, `sqlalchemy`, `alembic` or `reportlab`; a test checks it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from coprod_desktop import DESKTOP_ID, __version__

_IMPORTED_PERF = time.perf_counter()
_IMPORTED_WALL = time.time()
START_ENV = "COPROD_PROCESS_START"  # epoch seconds, set by a benchmark that starts the process


def process_start_perf() -> float:
    """When the process started, on the `perf_counter` scale, as truly as the OS lets us know.

    A benchmark can pass the start in COPROD_PROCESS_START; on Linux /proc gives it to 10 ms;
    elsewhere the import of this module is the best we have (it misses the interpreter's start).
    """
    given = os.environ.get(START_ENV)
    if given:
        try:
            return _IMPORTED_PERF - (_IMPORTED_WALL - float(given))
        except ValueError:
            pass
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(stat[19]) / ticks  # field 22: start time after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return _IMPORTED_PERF - max(0.0, uptime - started)
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_PERF


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="coprod-desktop",
        description="Your own record of involvement work: the window.",
    )
    parser.add_argument("--version", action="version", version=f"coprod-desktop {__version__}")
    parser.add_argument("--data-dir", help="the data folder to open (default: your usual one)")
    parser.add_argument(
        "--records",
        metavar="NAME",
        help="whose records to open, by name (default: the ones used last; or COPROD_RECORDS)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen on a temporary folder, make a record and a claim, exit",
    )
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help='print {"first_paint_ms": N, "dashboard_ms": N} measured from process start, exit',
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the self-test needs no screen
    from coprod_desktop import collector, qt_start

    collector.tune()  # before Qt's import, which the check below does
    problem = qt_start.check_before_qt()  # no display, or Qt's system libraries missing
    if problem:
        sys.stderr.write(f"coprod-desktop: {problem}\n")
        return 1
    if args.self_test:
        from coprod_desktop.ui.selftest import run_self_test

        return run_self_test()
    if args.data_dir and args.records:
        sys.stderr.write("coprod-desktop: give either --data-dir or --records, not both.\n")
        return 2
    return run_window(args.data_dir, probe=args.startup_probe, records=args.records)


def run_window(data_dir: str | None, *, probe: bool = False, records: str | None = None) -> int:
    from coprod_desktop import collector

    collector.tune()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.paths import resolve_data_dir
    from coprod_desktop.qt_start import fatal_guard
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.tasks import TaskRunner
    from coprod_desktop.ui.theme import ThemeManager, WindowStyle

    start = process_start_perf()
    with fatal_guard():  # a window system plugin that will not start: one sentence, exit 1
        app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Coprod Desktop")
    app.setOrganizationName("coprod-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to its menu entry and icon
    app.setStyle(WindowStyle())  # Fusion everywhere: the same look, focus ring and scaling
    from coprod_desktop.core.domain.errors import UserError

    try:
        paths = resolve_data_dir(data_dir, records)
    except UserError as exc:  # e.g. --records with a name nobody chose
        sys.stderr.write(f"coprod-desktop: {exc.message}\n")
        return 1
    ctx = WindowContext(TaskRunner(), paths=paths, theme=ThemeManager(app))
    ctx.load_appearance()
    window = MainWindow(ctx)
    window.welcome_enabled = not probe
    timings: dict[str, int | None] = {"first_paint_ms": None, "dashboard_ms": None}

    def ms() -> int:
        return round((time.perf_counter() - start) * 1000)

    def finish_probe(error: str | None = None) -> None:
        out: dict[str, object] = dict(timings)
        if error:
            out["error"] = error
        print(json.dumps(out), flush=True)
        app.exit(0 if error is None else 1)

    def begin_loading() -> None:
        if timings["first_paint_ms"] is None:
            timings["first_paint_ms"] = ms()
        from coprod_desktop.ui.dialogs.encryption import open_or_unlock

        open_or_unlock(window, paths, ask=not probe)  # asks for a passphrase if one is needed

    class FirstPaint(QObject):
        """Opens the data once the window has really painted, never before."""

        fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.fired and event.type() == QEvent.Type.Paint:
                self.fired = True
                timings["first_paint_ms"] = ms()
                QTimer.singleShot(0, begin_loading)
            return False

    painter = FirstPaint(window)
    window.installEventFilter(painter)
    from coprod_desktop.ui.pages import backups_lifecycle

    # backups on start (off the GUI thread) and on exit; the dialog when records will not open
    backups_lifecycle.install(window, ctx, paths, start_backup=not probe)
    if probe:

        def dashboard_shown() -> None:
            if timings["dashboard_ms"] is None:
                timings["dashboard_ms"] = ms()
                QTimer.singleShot(0, finish_probe)

        window.dashboard.figures_shown.connect(dashboard_shown)
        ctx.runner.default_error = lambda exc: finish_probe(str(exc))
        window._could_not_open = lambda exc: finish_probe(str(exc))  # type: ignore[method-assign]
        QTimer.singleShot(60_000, lambda: finish_probe("timed out"))
    window.show()

    def paint_fallback() -> None:
        # some platforms (offscreen) may never send the window a paint event
        if not painter.fired:
            painter.fired = True
            begin_loading()

    QTimer.singleShot(500, paint_fallback)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
