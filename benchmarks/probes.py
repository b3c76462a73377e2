"""Child-process probes the benchmark starts, one figure each: `python -m benchmarks.probes WHAT`.

Why separate processes: start-up time and peak memory only mean something in a fresh process,
and a figure measured after another has warmed the imports would flatter it. Each probe prints
one JSON line on stdout and exits; the parent reads it (and, for memory, the child's
`ru_maxrss` from `os.wait4`).

    bare DIR?                   a bare PySide6 QMainWindow: start to first paint
    filter DIR KEYS             the real Activities page: per-keystroke filter latency
    window DIR                  the real window: dashboard, then every list page loaded
    claim DIR LINES IMAGES      a claim of LINES lines with IMAGES receipt photos: PDF time
"""

from __future__ import annotations

import json
import os
import sys
import time

_IMPORTED_PERF = time.perf_counter()
_IMPORTED_WALL = time.time()


def _start_perf() -> float:
    """Process start on the perf_counter scale, as the parent stamped it (like app.py)."""
    given = os.environ.get("COPROD_PROCESS_START")
    if given:
        return _IMPORTED_PERF - (_IMPORTED_WALL - float(given))
    return _IMPORTED_PERF


def _emit(result: dict[str, object]) -> None:
    print(json.dumps(result), flush=True)


# -- a bare QMainWindow -------------------------------------------------------------------------
def bare() -> int:
    """The floor: PySide6 imported, a QApplication, an empty QMainWindow painted once."""
    start = _start_perf()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the app sets the same style, so the comparison is like for like
    window = QMainWindow()
    window.resize(1000, 700)
    out: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint_ms" not in out:
                out["first_paint_ms"] = round((time.perf_counter() - start) * 1000)
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    painter = FirstPaint(window)
    window.installEventFilter(painter)
    window.show()
    QTimer.singleShot(30_000, lambda: app.exit(1))
    code = app.exec()
    _emit(out)
    return code


# -- filter latency -----------------------------------------------------------------------------
# Words a member would type to find activities, typed one key at a time, each followed by as
# many backspaces (a backspace is a keystroke the filter must answer too).
SEARCHES = ("panel", "nottingham", "advisory group", "interview", "co-design", "training")


def keystrokes(limit: int) -> list[str]:
    """At least `limit` keystrokes ("\b" is a backspace), cycling through SEARCHES."""
    keys: list[str] = []
    while len(keys) < limit:
        for word in SEARCHES:
            keys.extend(word)
            keys.extend("\b" * len(word))
            if len(keys) >= limit:
                break
    return keys


def PaintCounter(widget):  # type: ignore[no-untyped-def]
    """Counts the paint events a widget receives (to know the view really repainted)."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return counter


def percentile(ordered: list[float], pct: int) -> float:
    """The nearest-rank percentile of an ascending list."""
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _open_page(data_dir: str, page_name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.core.services import open_services
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.pages import records
    from coprod_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    services = open_services(data_dir)
    ctx = WindowContext(TaskRunner(synchronous=True))
    ctx.bind(services)
    page = getattr(records, page_name)(ctx)
    page.resize(1200, 800)
    return app, services, page


def filter_latency(data_dir: str, count: int) -> int:
    """Type into the real Activities page's search box; time each key until the view painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, services, page = _open_page(data_dir, "ActivitiesPage")
    loaded_at = time.perf_counter()
    page.show()  # loads the list (synchronously here)
    app.processEvents()
    load_ms = (time.perf_counter() - loaded_at) * 1000
    rows = len(page.model.all_items())
    edit = page.ui.searchEdit
    view = page.ui.tableView
    edit.setFocus()
    app.processEvents()
    painted = PaintCounter(view.viewport())
    times, cpu = [], []
    for key in keystrokes(count):
        began = time.perf_counter()
        began_cpu = time.process_time()
        before = painted.count
        if key == "\b":
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(edit, key)
        app.processEvents()  # the model reset, the delayed layout, header sizing, the paint
        if painted.count == before:
            view.viewport().repaint()  # no paint came through the event loop: paint now
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    if os.environ.get("COPROD_BENCH_VERBOSE"):
        print(" ".join(f"{t:.0f}" for t in times), file=sys.stderr)
    times.sort()
    cpu.sort()
    p95 = percentile(times, 95)
    _emit(
        {
            "rows": rows,
            "keystrokes": len(times),
            "p95_ms": round(p95, 1),
            "median_ms": round(times[len(times) // 2], 1),
            "max_ms": round(times[-1], 1),
            "cpu_p95_ms": round(percentile(cpu, 95), 1),
            "page_load_ms": round(load_ms),
        }
    )
    services.close()
    return 0


# -- the whole window, for peak memory --------------------------------------------------------
def window(data_dir: str) -> int:
    """Open the real window on the data, wait for the dashboard, then load every list page
    (activities, expenses, claims...) as a member clicking through would; report when done.
    The parent reads this process's peak resident memory."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.paths import resolve_data_dir
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import PAGES, MainWindow
    from coprod_desktop.ui.tasks import TaskRunner
    from coprod_desktop.ui.theme import ThemeManager

    start = _start_perf()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    paths = resolve_data_dir(data_dir)
    ctx = WindowContext(TaskRunner(), paths=paths, theme=ThemeManager(app))
    ctx.load_appearance()
    win = MainWindow(ctx)
    win.welcome_enabled = False
    win.resize(1280, 800)
    out: dict[str, object] = {}
    rows = list(range(1, len(PAGES)))

    def idle_then(step):  # type: ignore[no-untyped-def]
        def check() -> None:
            if ctx.runner.busy():
                QTimer.singleShot(20, check)
            else:
                step()

        QTimer.singleShot(20, check)

    def next_page() -> None:
        if not rows:
            out["all_pages_ms"] = round((time.perf_counter() - start) * 1000)
            out["activities"] = len(win.activities.model.all_items())
            app.exit(0)
            return
        win.go_to(rows.pop(0))
        idle_then(next_page)

    def dashboard_shown() -> None:
        if "dashboard_ms" not in out:
            out["dashboard_ms"] = round((time.perf_counter() - start) * 1000)
            idle_then(next_page)

    win.dashboard.figures_shown.connect(dashboard_shown)
    win.show()
    win.open_data(paths.root)
    QTimer.singleShot(300_000, lambda: app.exit(1))  # a generous ceiling, for slow builds
    code = app.exec()
    _emit(out)
    return code


# -- the claim PDF ------------------------------------------------------------------------------
def receipt_photo(n: int, side: int = 4000) -> bytes:
    """A phone photo of a receipt: 3000 x 4000 pixels of JPEG, as a member's phone makes (the
    quick mode makes smaller ones, only to keep the smoke test short)."""
    import io
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(n)
    size = (3000, 4000)
    if side != 4000:
        size = (side * 3 // 4, side)
    image = Image.new("RGB", size, (200 + n, 190, 170))
    draw = ImageDraw.Draw(image)
    draw.rectangle((500, 300, 2500, 3700), fill=(245, 244, 238))
    for line in range(60):
        y = 400 + line * 52
        draw.rectangle((600, y, 600 + rng.randint(400, 1800), y + 22), fill=(40, 40, 40))
    noise = Image.effect_noise(size, 24).convert("RGB")
    image = Image.blend(image, noise, 0.12).filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def claim_pdf(data_dir: str, lines: int, images: int, side: int = 4000) -> int:
    """Build a claim of `lines` lines, `images` of them expenses with a receipt photo, in an
    empty folder; then time the claim PDF (cold: the first PDF of the process, as in the app)."""
    from datetime import date, timedelta

    from coprod_desktop.core.domain.kinds import Basis, ExpenseCategory
    from coprod_desktop.core.domain.money import Money
    from coprod_desktop.core.domain.records import (
        Activity,
        Agreement,
        Expense,
        Organisation,
        Profile,
        Terms,
    )
    from coprod_desktop.core.services import open_services
    from coprod_desktop.core.services.clock import FixedClock
    from coprod_desktop.core.services.expenses import NewFile

    sv = open_services(data_dir, FixedClock(date(2026, 11, 22)))
    sv.profile.save(Profile(name="Benchmark Member", reference_rate=Money.parse("20.00")))
    org = sv.organisations.create(Organisation(name="Benchmark Trust", code="BEN"))
    first = date(2026, 9, 1)
    agreement = sv.agreements.create(
        Agreement(
            organisation_id=org.id,  # type: ignore[arg-type]
            role_title="Panel member",
            start=first,
            terms=(Terms(first, Basis.HOURLY, hourly_rate=Money.parse("25.00")),),
        )
    )
    for n in range(lines - images):
        sv.activities.create(
            Activity(
                organisation_id=org.id,  # type: ignore[arg-type]
                agreement_id=agreement.id,
                date=first + timedelta(days=n),
                title=f"Advisory group meeting {n + 1}",
                contact_minutes=120,
                prep_minutes=30,
            )
        )
    for n in range(images):
        sv.expenses.create(
            Expense(
                organisation_id=org.id,  # type: ignore[arg-type]
                date=first + timedelta(days=n),
                category=ExpenseCategory.PARKING,
                amount=Money.parse(f"{4 + n}.50"),
                description=f"Car park, visit {n + 1}",
            ),
            [NewFile(f"receipt-{n + 1}.jpg", receipt_photo(n, side))],
        )
    claim = sv.claims.create(org.id, first, date(2026, 11, 1))  # type: ignore[arg-type]
    began = time.perf_counter()
    began_cpu = time.process_time()
    pdf = sv.claim_documents.pdf(claim.number)
    cold = (time.perf_counter() - began) * 1000
    cold_cpu = (time.process_time() - began_cpu) * 1000
    began = time.perf_counter()
    sv.claim_documents.pdf(claim.number)
    warm = (time.perf_counter() - began) * 1000
    _emit(
        {
            "lines": len(claim.lines),
            "images": images,
            "pdf_ms": round(cold),
            "warm_ms": round(warm),
            "cpu_ms": round(cold_cpu),
            "bytes": len(pdf),
        }
    )
    sv.close()
    return 0


def print_claim(data_dir: str) -> int:
    """Print the claim the claim probe made to a PDF-file printer (the printer every machine
    has), as Print… does: time from Print to the first page painted, and to the last."""
    import io

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from coprod_desktop.core.services import open_services
    from coprod_desktop.ui import printing

    app = QApplication.instance() or QApplication([])
    sv = open_services(data_dir)
    number = sv.claims.list()[0].claim.number
    data = sv.claim_documents.pdf(number)
    sv.close()
    count = len(PdfReader(io.BytesIO(data)).pages)
    out = os.path.join(data_dir, "printed.pdf")

    def to_file(_parent: object, printer: QPrinter, _count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(out)
        return True

    printing.choose_printer = to_file  # the member pressed Print in the dialog
    owner = QWidget()
    job = printing.PdfPrintJob(owner, data, count, "Benchmark", show_progress=False)
    painted: list[float] = []
    job._relay.page.connect(lambda _page: painted.append(time.perf_counter()))  # after painting
    began = time.perf_counter()
    job.start()
    while not job.done:
        app.processEvents()
        time.sleep(0.002)
    _emit(
        {
            "pages": count,
            "first_ms": round((painted[0] - began) * 1000),
            "all_ms": round((time.perf_counter() - began) * 1000),
            "dpi": printing.print_dpi(job.printer),
        }
    )
    return 0


def main(argv: list[str]) -> int:
    what, *rest = argv
    if what == "bare":
        return bare()
    if what == "filter":
        return filter_latency(rest[0], int(rest[1]))
    if what == "window":
        return window(rest[0])
    if what == "claim":
        return claim_pdf(rest[0], int(rest[1]), int(rest[2]), *(int(x) for x in rest[3:4]))
    if what == "print":
        return print_claim(rest[0])
    raise SystemExit(f"unknown probe {what!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
