"""The dashboard always shows this week's position against each limit watched (issue 14 item 4,
issue 18 item 2): a carer's Carer's Allowance week and an ESA week, under and over the limit,
in words, in a bar that writes its figure, and in the accessible description."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Agreement, Organisation, Terms
from coprod_desktop.core.rules.carers import CarersDeductions
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.benefit_watch import BenefitWatch
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.widgets.benefit_position import NO_LIMIT_TEXT, PositionView

# The shared clock says Sunday 22 November 2026: this week is Monday 16 to Sunday 22 November.
IN_THIS_WEEK = date(2026, 11, 17)


def session_work(services: Services, fee: str) -> tuple[int, int]:
    """An organisation paying a fixed session fee; fees count on the activity's date here."""
    org = services.organisations.create(Organisation(name="Carers Voice", code="CV"))
    start = date(2026, 1, 1)
    agreement = services.agreements.create(
        Agreement(
            org.id,  # type: ignore[arg-type]
            "Carers' forum",
            start,
            terms=(Terms(effective_from=start, basis=Basis.SESSION, session_fee=Money.parse(fee)),),
        )
    )
    profile = services.profile.get()
    services.profile.save(replace(profile, benefits_count_by_received=False))
    return org.id, agreement.id  # type: ignore[return-value]


def add_session(services: Services, ids: tuple[int, int], minutes: int = 120) -> None:
    services.activities.create(
        Activity(ids[0], IN_THIS_WEEK, "Forum", agreement_id=ids[1], contact_minutes=minutes)
    )


def shown(window: MainWindow) -> list[PositionView]:
    window.ctx.changed.emit("profile")
    window.dashboard.refresh()
    panel = window.dashboard.benefit_position
    assert panel.isVisibleTo(window)
    return [v for v in panel.views if v.isVisibleTo(window)]


def test_a_carers_week_under_then_over_the_limit(window: MainWindow, services: Services) -> None:
    ids = session_work(services, "120.00")
    services.benefit_watch.save(BenefitWatch(("carers-allowance",)))
    add_session(services, ids)
    (view,) = shown(window)
    assert view.title.text().startswith("Carer's Allowance earnings limit — This week, Monday 16")
    assert view.money_words.text() == "Earnings: £120.00 of £196.00 — £76.00 to go"
    assert view.status.text() == "✓ Within the limit"
    assert view.money_bar.permille == 612 and view.money_bar.label_text() == "61% of the limit"
    assert not view.hours_bar.isVisibleTo(window)  # Carer's Allowance has no hours test
    assert "Fees count in the week of the work they are for." in view.notes.text()
    assert "£120.00 of £196.00" in view.accessibleDescription()

    add_session(services, ids)  # a second session: £240.00 this week
    (view,) = shown(window)
    assert view.money_words.text() == "Earnings: £240.00 of £196.00 — £44.00 over"
    assert view.status.text() == "⚠ Over the limit"
    assert view.money_bar.over and view.money_bar.label_text() == "over the limit"
    assert "A week over the limit loses that whole week's Carer's Allowance." in view.notes.text()
    assert "Over the limit" in view.accessibleName()

    # her pension contributions and the care she pays for while working bring it back under
    carers = CarersDeductions(pension_contributions=Money(2000), care_costs=Money(5000))
    services.benefit_watch.save(BenefitWatch(("carers-allowance",), carers))
    (view,) = shown(window)
    assert view.money_words.text() == "Earnings: £180.00 of £196.00 — £16.00 to go"
    assert "Earned £240.00, less £60.00 of allowed deductions: £180.00 counts." in (
        view.notes.text()
    )
    assert view.status.text() == "⚠ Near the limit (80% or more)"


def test_an_esa_week_under_then_over_the_hours(window: MainWindow, services: Services) -> None:
    ids = session_work(services, "120.00")
    profile = services.profile.get()
    services.profile.save(replace(profile, benefits_kind="esa"))
    add_session(services, ids, minutes=120)
    (view,) = shown(window)
    assert view.title.text().startswith("ESA permitted work — This week")
    assert view.money_words.text() == "Earnings: £120.00 of £195.50 — £75.50 to go"
    assert view.hours_words.text() == "Hours: 2h of the 16-hour limit — 14h to go"
    assert view.hours_bar.label_text() == "12% of the limit"
    assert view.status.text() == "✓ Within the limit"

    add_session(services, ids, minutes=15 * 60)  # a second day: 17 hours in the week
    (view,) = shown(window)
    assert view.hours_words.text() == "Hours: 17h of the 16-hour limit — 1h over"
    assert view.money_words.text() == "Earnings: £240.00 of £195.50 — £44.50 over"
    assert view.status.text() == "⚠ Over the limit"
    assert view.hours_bar.over and view.money_bar.over
    description = view.accessibleDescription()
    assert "17h of the 16-hour limit — 1h over" in description and "£240.00" in description


def test_each_limit_watched_has_its_own_position(window: MainWindow, services: Services) -> None:
    (none,) = [window.dashboard.benefit_position.empty]
    window.dashboard.refresh()
    assert none.isVisibleTo(window) and none.text() == NO_LIMIT_TEXT
    services.benefit_watch.save(BenefitWatch(("carers-allowance", "esa")))
    views = shown(window)
    assert [v.position.kind for v in views] == ["carers-allowance", "esa"]  # type: ignore[union-attr]
    assert not none.isVisibleTo(window)


def test_this_month_shows_only_this_months_claims(
    window: MainWindow, services: Services, seed
) -> None:
    dash = services.summaries.dashboard()
    # the seed's only outstanding claim was made in August: not November's money
    assert dash.this_month.outstanding == Money.zero()
    assert dash.this_tax_year.outstanding > Money.zero()
    window.dashboard.refresh()
    ui = window.dashboard.ui
    assert ui.monthOutstandingLabel.text() == "Still owed on its claims:"
    assert ui.monthOutstandingValue.text() == "£0.00"
