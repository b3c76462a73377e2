"""The documents the Documents page offers, and how each is made from the member's choices.

Split from documents.py (the page): this part says what each document is and which service
makes it; the page only gathers the choices, runs the making off the GUI thread and shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.progress import Progress

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services


@dataclass(frozen=True)
class Choices:
    """What the member chose on the page, as plain values."""

    date_from: date | None
    date_to: date | None
    organisation: str | None  # a code
    organisation_name: str
    group_by: str
    tax_year: int
    benefit: str | None  # "esa", "uc" or None for the one set in the profile
    by_activity_date: bool
    contact_names: bool
    feedback: bool
    training: bool
    large_print: bool


Maker = Callable[["Services", Choices, Progress], bytes]


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str
    about: str
    uses: frozenset[str]  # the option rows this document reads
    make: Maker
    file_stem: Callable[[Choices], str]


def _period(c: Choices) -> str:
    parts = []
    if c.date_from:
        parts.append(f"from-{c.date_from.isoformat()}")
    if c.date_to:
        parts.append(f"to-{c.date_to.isoformat()}")
    return "-".join(parts)


def _make_portfolio(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.services.documents import PortfolioOptions

    options = PortfolioOptions(
        date_from=c.date_from,
        date_to=c.date_to,
        organisation=c.organisation,
        group_by="theme" if c.group_by == "theme" else "organisation",
        large_print=c.large_print,
        include_contact_names=c.contact_names,
        include_feedback=c.feedback,
        include_training=c.training,
    )
    return sv.documents.portfolio_pdf(options, progress)


def _make_terms(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.services.documents import TermsOptions

    progress(0, 1)
    options = TermsOptions(organisation=c.organisation, large_print=c.large_print)
    return sv.documents.terms_pdf(options)


def _make_evidence(sv: Services, c: Choices, progress: Progress) -> bytes:
    from coprod_desktop.core.domain.evidence_views import EvidenceOptions

    options = EvidenceOptions(
        date_from=c.date_from,
        date_to=c.date_to,
        organisation_code=c.organisation,
        large_print=c.large_print,
    )
    return sv.evidence.pdf(options, progress)


def _make_tax_year(sv: Services, c: Choices, progress: Progress) -> bytes:
    progress(0, 1)
    return sv.documents.tax_year_pdf(c.tax_year, large_print=c.large_print)


def _make_benefits(sv: Services, c: Choices, progress: Progress) -> bytes:
    if c.date_from is None or c.date_to is None:
        raise UserError("A benefits summary needs both dates: tick From and To.", "from date")
    progress(0, 1)
    return sv.documents.benefits_pdf(
        c.date_from, c.date_to, c.benefit, c.by_activity_date, large_print=c.large_print
    )


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "portfolio",
        "Portfolio",
        "Your contributions for CVs, applications and recognition: roles, what you did and "
        "what changed because of it, skills, training, testimonials and hours. Private notes "
        "never appear, nor anything you marked as not for your portfolio.",
        frozenset(
            {"from", "to", "org", "group_by", "contact_names", "feedback", "training", "large"}
        ),
        _make_portfolio,
        lambda c: f"Portfolio {_period(c)}".strip(),
    ),
    DocumentKind(
        "terms",
        "My terms of involvement",
        "Your own statement of the terms you ask for before work starts: fee, payable time, "
        "expenses, days to pay, access needs, notice, recognition and ownership. Address it to "
        "one organisation, or to none.",
        frozenset({"org", "large", "my_terms"}),
        _make_terms,
        lambda c: f"My terms {c.organisation or ''}".strip(),
    ),
    DocumentKind(
        "evidence",
        "Evidence pack",
        "For negotiations and advocates: hours paid, declined and unpaid, the value of unpaid "
        "time, how late payments were, changes of terms and what they cost you, and how the "
        "work was described against your own judgement.",
        frozenset({"from", "to", "org", "large"}),
        _make_evidence,
        lambda c: f"Evidence pack {c.organisation or ''} {_period(c)}".strip(),
    ),
    DocumentKind(
        "tax_year",
        "Tax-year summary",
        "Fee income for a tax year (6 April to 5 April), payroll and vouchers apart, the "
        "trading allowance, and mileage against the approved rates.",
        frozenset({"tax_year", "large"}),
        _make_tax_year,
        lambda c: f"Tax year {c.tax_year}",
    ),
    DocumentKind(
        "benefits",
        "Benefits summary",
        "Your earnings in each benefit week or assessment period, against the limits you "
        "set, with every period that crossed one named.",
        frozenset({"from", "to", "benefit", "by_activity_date", "large"}),
        _make_benefits,
        lambda c: f"Benefits summary {_period(c)}".strip(),
    ),
)


__all__ = ["KINDS", "Choices", "DocumentKind"]
