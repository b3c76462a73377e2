"""What an empty list page says to do first, with a button that does it.

Why per page and in this order: nothing can be logged, agreed or claimed before there is an
organisation to log it against, so every page with no organisation yet sends the member to
Organisations first; once there is one, an empty page offers its own first record. The button
is a normal push button in the page's tab order (the first stop), so it works by keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coprod_desktop.ui.pages.base import ListPage

NEW = "new"  # the button opens this page's own New… dialog
ORGANISATIONS = "Organisations"  # the button goes to the Organisations page and opens New…


@dataclass(frozen=True)
class FirstStep:
    text: str
    button: str
    target: str


NO_ORGANISATION = FirstStep(
    "Add the organisation you work with first: Organisations (Ctrl+6) → New…; everything "
    "else is recorded against it.",
    "Add an organisation",
    ORGANISATIONS,
)

FIRST: dict[str, FirstStep] = {
    "organisation": FirstStep(
        "Add the organisation you work with first: its name, a short code for claim numbers, "
        "and how many days it promises to pay in.",
        "Add your first organisation",
        NEW,
    ),
    "agreement": FirstStep(
        "Write down what the organisation agreed to pay you (hourly, per session, daily, "
        "vouchers, expenses only or unpaid), so fees are worked out for you.",
        "Add an agreement",
        NEW,
    ),
    "activity": FirstStep(
        "Log your first activity: a meeting, panel or review, with its date and your "
        "preparation, meeting, travel and follow-up time.",
        "Log an activity",
        NEW,
    ),
    "expense": FirstStep(
        "Add an expense (mileage, fares, parking, care cover) with a photo of its receipt.",
        "Add an expense",
        NEW,
    ),
    "claim": FirstStep(
        "Once work is logged, make a claim: it gathers everything not yet claimed from one "
        "organisation, and Claim PDF… makes the document to send.",
        "Make a claim",
        NEW,
    ),
}


def first_step(kind: str, has_records: bool, has_organisations: bool) -> FirstStep | None:
    """What an empty page should say, or None when it has records to show."""
    if has_records:
        return None
    if kind != "organisation" and not has_organisations:
        return NO_ORGANISATION
    return FIRST.get(kind)


def update(page: ListPage) -> None:
    """Show or hide the page's "what to do first" box after its records arrived."""
    ui = page.ui
    if not hasattr(ui, "emptyFrame"):
        return
    has_organisations = page.ui.orgCombo.count() > 1  # "All organisations" is always there
    step = first_step(page.kind, page.model.count_all() > 0, has_organisations)
    ui.emptyFrame.setVisible(step is not None)
    if step is None:
        return
    ui.emptyLabel.setText(step.text)
    ui.emptyButton.setText(step.button)
    ui.emptyButton.setAccessibleName(step.button)
    ui.emptyButton.setAccessibleDescription(step.text)
    page.first_step_target = step.target  # type: ignore[attr-defined]


def install(page: ListPage) -> None:
    """Wire the button once, when the page is built; hidden until the records say otherwise."""
    ui = page.ui
    if not hasattr(ui, "emptyFrame"):
        return
    ui.emptyFrame.setVisible(False)
    page.first_step_target = NEW  # type: ignore[attr-defined]
    ui.emptyButton.clicked.connect(lambda: act(page))


def act(page: ListPage) -> None:
    target = getattr(page, "first_step_target", NEW)
    if target == NEW:
        page.ui.newButton.click()  # exactly what the page's own New… does
        return
    window = page.window()
    go = getattr(window, "page_by_title", None)
    if go is None:
        return
    from coprod_desktop.ui.main_window import ROW

    window.go_to(ROW[target])  # type: ignore[attr-defined]
    go(target).ui.newButton.click()


DASHBOARD_EMPTY = (
    "Nothing is recorded yet: start with the organisation you work with (Organisations, "
    "Ctrl+6, then New…), or see Help → Getting started (Ctrl+F1)."
)


def dashboard_status(as_of: str, has_activities: bool) -> str:
    """The dashboard's first line: the date of its figures, and the first step while empty."""
    return as_of if has_activities else f"{as_of} {DASHBOARD_EMPTY}"
