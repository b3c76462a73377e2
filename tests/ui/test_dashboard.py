"""The dashboard shows the core's figures, in words as well as numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.domain.records import Activity, Agreement, Terms
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import Seed


def test_dashboard_figures_equal_the_services(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    window.dashboard.refresh()
    dash = services.summaries.dashboard()
    ui = window.dashboard.ui
    for prefix, fig in (("month", dash.this_month), ("year", dash.this_tax_year)):
        assert getattr(ui, f"{prefix}HoursValue").text() == format_minutes(fig.minutes)
        assert getattr(ui, f"{prefix}FeesValue").text() == fig.fees_earned.display()
        assert getattr(ui, f"{prefix}ReceivedValue").text() == fig.received.display()
        assert getattr(ui, f"{prefix}OutstandingValue").text() == fig.outstanding.display()
        assert getattr(ui, f"{prefix}Box").title() == fig.label
    assert dash.trading_allowance.display() in ui.allowanceValue.text()
    assert dash.tax_year_fee_income.display() in ui.allowanceValue.text()
    model = window.dashboard.overdue_model
    assert [i.claim.number for i in model.shown()] == [i.claim.number for i in dash.overdue]
    assert model.index(0, model.LATE).data() == f"{dash.overdue[0].days_late} days late"
    assert ui.overdueView.isVisibleTo(window) and not ui.overdueEmpty.isVisibleTo(window)
    recent = window.dashboard.recent_model.shown()
    assert [i.activity.id for i in recent] == [i.activity.id for i in dash.recent]


def test_a_benefits_limit_near_or_crossed_is_a_written_warning(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    profile = services.profile.get()
    services.profile.save(replace(profile, benefits_kind="esa", benefits_count_by_received=False))
    start = date(2026, 11, 1)
    agreement = services.agreements.create(
        Agreement(
            seed.llyr.id,  # type: ignore[arg-type]
            "Day rate role",
            start,
            terms=(Terms(effective_from=start, basis=Basis.HOURLY, hourly_rate=Money(5000)),),
        )
    )
    services.activities.create(
        Activity(
            seed.llyr.id,
            date(2026, 11, 12),
            "Long workshop",  # type: ignore[arg-type]
            agreement_id=agreement.id,
            contact_minutes=300,
        )
    )  # fmt: skip (last week: this week's position is the panel's, not a warning's)
    window.ctx.changed.emit("profile")
    window.dashboard.refresh()
    dash = services.summaries.dashboard()
    assert dash.benefits_warnings
    text = window.dashboard.ui.benefitsValue.text()
    assert window.dashboard.ui.benefitsValue.isVisibleTo(window)
    assert text.startswith("⚠ Warning:")  # a sign and a word, not colour alone
    assert dash.benefits_warnings[0].message in text
    assert dash.benefits_warnings[0].period_start == date(2026, 11, 9)
    # this week is shown once, in the position panel, and not repeated as a warning
    assert all(w.period_start != date(2026, 11, 16) for w in dash.benefits_warnings)


def test_empty_records_show_no_overdue_claims(window: MainWindow) -> None:
    window.dashboard.refresh()
    ui = window.dashboard.ui
    assert ui.overdueEmpty.isVisibleTo(window)
    assert not ui.overdueView.isVisibleTo(window)
    assert ui.monthFeesValue.text() == "£0.00"
