"""`coprod-desktop --self-test`: proves an installed bundle works, end to end, in seconds.

It opens the real window offscreen on a temporary data folder, creates records through the same
page `save` path the dialogs use (so the undo stack and services are exercised), undoes and
redoes once, makes a claim and renders its PDF, then exits 0. Any failure prints one plain line
and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.qt_start import fatal_guard
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.tasks import TaskRunner
    from coprod_desktop.ui.theme import ThemeManager

    with fatal_guard():  # a platform plugin that will not start: one sentence, exit 1
        app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="coprod-self-test-") as tmp:
        ctx = WindowContext(TaskRunner(synchronous=True), theme=ThemeManager(app))  # type: ignore[arg-type]
        window = MainWindow(ctx)
        window.welcome_enabled = False
        window.show()
        try:
            window.open_data(Path(tmp) / "data")
            steps = _exercise(window, Path(tmp))
        except Exception as exc:  # the self-test reports anything at all, plainly
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        finally:
            window.close()
    for step in steps:
        print(step)
    print("self-test passed")
    return 0


def _exercise(window: object, tmp: Path) -> list[str]:
    from dataclasses import replace

    from coprod_desktop.core.domain.kinds import Basis
    from coprod_desktop.core.domain.money import Money
    from coprod_desktop.core.domain.records import Activity, Agreement, Organisation, Terms
    from coprod_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    services = window.ctx.services
    if services is None:
        raise RuntimeError("the data folder did not open")
    today = window.ctx.today()
    services.profile.save(
        replace(services.profile.get(), name="Self Test", reference_rate=Money(2000))
    )
    org = window.organisations.save_record(Organisation(name="Self-test Trust", code="SELF"))
    agreement = window.agreements.save_record(
        Agreement(
            organisation_id=org.id,
            role_title="Advisory group member",
            start=today,
            terms=(Terms(effective_from=today, basis=Basis.HOURLY, hourly_rate=Money(2500)),),
        )
    )
    activity = window.activities.save_record(
        Activity(org.id, today, "Self-test meeting", agreement_id=agreement.id, contact_minutes=90)
    )
    steps = [f"created organisation, agreement and activity {activity.id} through the pages"]
    window.ctx.stack.undo()
    if services.activities.list():
        raise RuntimeError("undo did not remove the activity")
    window.ctx.stack.redo()
    if len(services.activities.list()) != 1:
        raise RuntimeError("redo did not bring the activity back")
    steps.append("undo and redo of the activity worked")
    claim = window.claims.save_claim(org.id, None, None)
    steps.append(f"made claim {claim.number} for {claim.total.display()}")
    documents = getattr(services, "claim_documents", None)
    if documents is None:
        steps.append("claim PDF skipped: this build has no claim documents service")
    else:
        pdf = documents.pdf(claim.number)
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError("the claim PDF is not a PDF")
        (tmp / f"{claim.number}.pdf").write_bytes(pdf)
        steps.append(f"rendered the claim PDF ({len(pdf)} bytes)")
    try:  # ReportLab finds its accelerator by a name in a string: bundlers can miss it
        import _rl_accel  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("ReportLab's C accelerator (_rl_accel) is missing") from exc
    steps.append("ReportLab's C accelerator is in place")
    window.dashboard.refresh()
    figures = window.dashboard.figures
    if figures is None:
        raise RuntimeError("the dashboard did not load")
    steps.append(f"dashboard shows fees this month of {figures.this_month.fees_earned.display()}")
    return steps
