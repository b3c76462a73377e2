"""Window fixtures: a real MainWindow over a fresh data folder, loading synchronously.

The runner runs service calls inline, so a test sees a page's data as soon as it asks for it.
Modal message boxes are patched: `boxes` records what the member would have been told.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import Basis, ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Agreement, Expense, Organisation, Terms
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.tasks import TaskRunner
from coprod_desktop.ui.theme import Appearance, ThemeManager


@dataclass
class Boxes:
    shown: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def fake(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        record.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return record


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    manager = ThemeManager(qapp)
    yield manager
    manager.apply(Appearance())  # never leak a text size into the next test


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, clock: FixedClock, theme: ThemeManager, boxes: Boxes
) -> Iterator[MainWindow]:
    ctx = WindowContext(TaskRunner(synchronous=True), clock=clock, theme=theme)
    win = MainWindow(ctx)
    win.welcome_enabled = False
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    services.profile.save(
        replace(services.profile.get(), name="Rukhsana Begum", reference_rate=Money(2000))
    )
    win.set_services(services)
    yield win
    for page in win.page_list:
        dialog = getattr(page, "open_dialog", None)
        if dialog is not None:
            dialog.close()
    win.close()


@dataclass
class Seed:
    riverside: Organisation
    llyr: Organisation
    agreement: Agreement
    activities: list[Activity]
    expenses: list[Expense]
    overdue_claim: str


@pytest.fixture
def seed(services: Services, clock: FixedClock) -> Seed:
    """Two organisations, an hourly agreement, activities, mileage, and a claim now overdue."""
    today = clock.today()
    riverside = services.organisations.create(
        Organisation(name="Riverside NHS Trust", code="RNT", promised_days=30)
    )
    llyr = services.organisations.create(
        Organisation(name="Prifysgol Llŷr", code="PL", promised_days=14)
    )
    start = date(2026, 1, 1)
    agreement = services.agreements.create(
        Agreement(
            organisation_id=riverside.id,  # type: ignore[arg-type]
            role_title="Patient experience panel",
            start=start,
            terms=(Terms(effective_from=start, basis=Basis.HOURLY, hourly_rate=Money(2500)),),
        )
    )
    specs = [
        (riverside, date(2026, 8, 3), "Interview panel: Lead Nurse", 120),
        (riverside, date(2026, 11, 4), "Interview panel: Consultant", 180),
        (riverside, date(2026, 11, 12), "Patient experience committee", 90),
        (llyr, date(2026, 10, 20), "Teaching: recovery-focused care", 60),
        (llyr, date(2026, 11, 18), "Cyfarfod grŵp cynghori", 45),
    ]
    activities = [
        services.activities.create(
            Activity(
                organisation_id=org.id,  # type: ignore[arg-type]
                date=day,
                title=title,
                agreement_id=agreement.id if org is riverside else None,
                contact_minutes=minutes,
            )
        )
        for org, day, title, minutes in specs
    ]
    expenses = [
        services.expenses.create(
            Expense(
                organisation_id=riverside.id,  # type: ignore[arg-type]
                date=date(2026, 11, 4),
                category=ExpenseCategory.MILEAGE,
                miles=Decimal(24),
                description="Home to Riverside and back",
            )
        ),
        services.expenses.create(
            Expense(
                organisation_id=llyr.id,  # type: ignore[arg-type]
                date=date(2026, 11, 18),
                category=ExpenseCategory.PARKING,
                amount=Money(650),
                description="Car park",
            )
        ),
    ]
    # A claim made and submitted in August, promised in 30 days: overdue by now. The PDF kept
    # at submission is the reports' business (tested there); skipping it saves a second a test.
    keep_pdf = services.claims.prepare_submitted_pdf
    services.claims.prepare_submitted_pdf = lambda *_args: None
    clock.day = date(2026, 8, 10)
    claim = services.claims.create(riverside.id, date(2026, 8, 1), date(2026, 8, 31))  # type: ignore[arg-type]
    services.claims.submit(claim.number, date(2026, 8, 10))
    clock.day = today
    services.claims.prepare_submitted_pdf = keep_pdf
    assert today - timedelta(days=30) > date(2026, 8, 10)
    return Seed(riverside, llyr, agreement, activities, expenses, claim.number)


@dataclass
class UnsavedAnswers:
    """What the "unsaved changes" question was asked about, and the answer to give."""

    answer: str = "discard"
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> UnsavedAnswers:
    """The question is modal: tests answer it here (Discard unless a test says otherwise)."""
    from coprod_desktop.ui.dialogs import unsaved

    answers = UnsavedAnswers()

    def ask(_parent: Any, what: str = "this form") -> str:
        answers.asked.append(what)
        return answers.answer

    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    return answers
