"""Screenshots of every page and the main dialogs, to look at (not a test).

Run on a virtual laptop screen, for example at 200% text:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/shoot_screens.py 200 out/

It opens demo records in a temporary folder, shows the window as the app does, and saves one
PNG per page and per dialog (`QWidget.grab()`), printing each window's size against the screen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    scale = int(argv[1]) if len(argv) > 1 else 200
    out = Path(argv[2] if len(argv) > 2 else "screens")
    contrast = "--high-contrast" in argv
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from layout_checks import layout_problems
    from test_layout_fits import every_dialog

    from coprod_desktop.core.services import open_services
    from coprod_desktop.core.services.demo import make_demo
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.fit import page_scroll_area
    from coprod_desktop.ui.main_window import PAGES, MainWindow
    from coprod_desktop.ui.tasks import TaskRunner
    from coprod_desktop.ui.theme import Appearance, ThemeManager, WindowStyle, save_appearance

    app.setStyle(WindowStyle())
    theme = ThemeManager(app)
    theme.apply(Appearance(scale, contrast))
    folder = tempfile.mkdtemp(prefix="coprod-shots-")
    services = open_services(folder)
    save_appearance(services.paths.settings, Appearance(scale, contrast))
    make_demo(services)
    ctx = WindowContext(TaskRunner(synchronous=True), theme=theme)
    win = MainWindow(ctx)
    win.welcome_enabled = False
    win.show()
    win.set_services(services)
    avail = app.primaryScreen().availableGeometry()
    print(f"screen {avail.width()}×{avail.height()}, window {win.width()}×{win.height()}")

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        problems = layout_problems(widget)
        print(f"{name}: {widget.width()}×{widget.height()}, {len(problems)} problems")
        for problem in problems[:8]:
            print("   ", problem)

    for row, (title, _module, _cls) in enumerate(PAGES):
        win.go_to(row)
        shoot(win, f"page-{row}-{title.lower()}")
        area = page_scroll_area(win.ui.pages.currentWidget())
        across = area.horizontalScrollBar().maximum()
        print(f"    page scrolls sideways by {across} px" if across else "    no sideways scroll")
        bar = area.verticalScrollBar()
        if bar.maximum() > 0:  # the rest of a page that scrolls, seen from its bottom
            bar.setValue(bar.maximum())
            shoot(win, f"page-{row}-{title.lower()}-end")
            bar.setValue(0)

    seed = SimpleNamespace(  # the records every_dialog opens, from the demo
        riverside=services.organisations.list()[0],
        agreement=services.agreements.list()[0],
        activities=[item.activity for item in services.activities.list()[:1]],
        expenses=[item.expense for item in services.expenses.list()[:1]],
        overdue_claim=services.claims.list()[0].claim.number,
    )
    for name, dialog in every_dialog(win, services, seed).items():
        dialog.show()
        shoot(dialog, "dialog-" + name.replace(" ", "-").replace(",", ""))
        dialog.hide()
    win.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
