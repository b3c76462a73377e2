"""Tax-year and benefits summary PDFs: the figures the services worked out, each warning said in
words (never by colour alone), and the reminder that this is information, not advice.

The renderers compute nothing: every amount comes from `SummaryService` (tax_year, benefits)
through plain data, so the PDF always agrees with the window and the command.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coprod_desktop.core.domain.formatting import grouped, hours_minutes
from coprod_desktop.core.domain.jsonable import hours_text
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.views import TaxYearSummary
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.text import TextBlock, clean_text
from coprod_desktop.core.rules.benefits import NEAR_PERCENT, PeriodFigure, PeriodStatus

NOT_ADVICE = (
    "This is information, not advice. Before you decide anything, talk to a benefits adviser or "
    "the Benefits Advice Service for involvement, or for tax to HMRC or a tax adviser. Check the "
    "limits each April: they change."
)

BENEFIT_NAMES = {
    "esa": "ESA permitted work (weekly)",
    "uc": "Universal Credit work allowance (monthly assessment periods)",
}


@dataclass(frozen=True, slots=True)
class TaxYearDocument:
    name: str
    summary: TaxYearSummary
    made_on: date
    large_print: bool = False


@dataclass(frozen=True, slots=True)
class BenefitsDocument:
    name: str
    kind: str  # "esa" | "uc"
    start: date
    end: date
    by_received: bool
    figures: tuple[PeriodFigure, ...]
    made_on: date
    housing_costs: bool = False
    large_print: bool = False


def tax_year_warnings(s: TaxYearSummary) -> list[str]:
    """Each thing worth knowing about the year, in a sentence."""
    warnings = []
    if s.fee_income > s.trading_allowance:
        over = s.fee_income - s.trading_allowance
        warnings.append(
            f"Over the trading allowance: your fee income of {s.fee_income.display()} is "
            f"{over.display()} more than the {s.trading_allowance.display()} allowance, so you "
            "may need to tell HMRC through Self Assessment."
        )
    elif s.trading_allowance.pence and s.fee_income.pence * 100 >= (
        s.trading_allowance.pence * NEAR_PERCENT
    ):
        warnings.append(
            f"Near the trading allowance: {s.allowance_left.display()} of the "
            f"{s.trading_allowance.display()} allowance is left for this tax year."
        )
    if s.mileage_excess.pence > 0:
        warnings.append(
            f"Mileage paid above the approved rates: {s.mileage_excess.display()} more than the "
            "HMRC approved amount was paid, and that part may be taxable."
        )
    if s.payroll_income.pence > 0:
        warnings.append(
            f"{s.payroll_income.display()} was paid through payroll: tax was already taken off, "
            "so it is shown apart and not counted against the trading allowance."
        )
    return warnings


def status_words(figure: PeriodFigure) -> str:
    return {
        PeriodStatus.OVER: "Over the limit",
        PeriodStatus.NEAR: f"Near the limit ({NEAR_PERCENT}% or more)",
        PeriodStatus.OK: "Within the limit",
    }[figure.status]


def period_warning(kind: str, f: PeriodFigure) -> str:
    """One sentence for a period that crossed or neared a limit."""
    span = f"{format_date(f.start)} to {format_date(f.end)}"
    if kind == "esa":
        hours = f.hours_limit
        if hours is not None and f.minutes >= hours * 60:
            return (
                f"{span}: {hours_text(f.minutes)} hours of work is not under the limit of "
                f"{hours} hours (earnings {f.earnings.display()})."
            )
        if f.status is PeriodStatus.OVER:
            return (
                f"{span}: earnings of {f.earnings.display()} are over the weekly limit of "
                f"{f.limit.display()}."
            )
        if hours is None:
            return (
                f"{span}: earnings of {f.earnings.display()} are near the limit of "
                f"{f.limit.display()}."
            )
        return (
            f"{span}: earnings of {f.earnings.display()} and {hours_text(f.minutes)} hours are "
            f"near the limits of {f.limit.display()} and {hours} hours."
        )
    if f.status is PeriodStatus.OVER:
        reduction = f.reduction.display() if f.reduction is not None else Money.zero().display()
        return (
            f"{span}: earnings of {f.earnings.display()} are over the work allowance of "
            f"{f.limit.display()}; the taper could reduce Universal Credit by {reduction}."
        )
    return (
        f"{span}: earnings of {f.earnings.display()} are near the work allowance of "
        f"{f.limit.display()}."
    )


class TaxYearRenderer(DocumentRenderer):
    def __init__(self, doc: TaxYearDocument) -> None:
        self.doc = doc
        name = clean_text(doc.name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=f"Tax year {doc.summary.tax_year} summary",
                author=name,
                subject="Involvement fee income, trading allowance and mileage for one tax year",
                keywords="tax year, trading allowance, mileage, involvement",
                created=doc.made_on,
            ),
            large_print=doc.large_print,
        )

    def footer_text(self) -> str:
        name = clean_text(self.doc.name).replace("\n", " ")
        return f"{self.info.title} · {name}" if name else self.info.title

    def story(self) -> list[Flowable]:
        doc, s, t = self.doc, self.styles, self.doc.summary
        story: list[Flowable] = [
            TextBlock(f"Tax year {t.tax_year}", s.title),
            TextBlock(
                f"{clean_text(doc.name)}\n{format_date(t.start)} to {format_date(t.end)} · made "
                f"on {format_date(doc.made_on)}",
                s.body,
            ),
            Spacer(1, 3 * mm),
            TextBlock("Fee income", s.heading),
            self.table(
                ["Figure", "Amount"],
                [
                    ["Fee income (not through payroll, vouchers included)", t.fee_income.display()],
                    ["Of that, paid in vouchers", t.voucher_income.display()],
                    ["Paid through payroll (tax already taken off)", t.payroll_income.display()],
                    ["Trading allowance", t.trading_allowance.display()],
                    ["Trading allowance left", t.allowance_left.display()],
                ],
                (0.7, 0.3),
                right_columns=(1,),
            ),
            TextBlock(
                "Fee income counts fees by the date of the activity (earned, whether received "
                "yet or not); expenses are not income.",
                replace(s.small, space_before=3.0),
            ),
            TextBlock("Mileage", s.heading),
            self.table(
                ["Figure", "Amount"],
                [
                    ["Car miles", grouped(Decimal(t.car_miles), None)],
                    ["Approved amount (HMRC rates)", t.mileage_approved.display()],
                    ["Paid to you", t.mileage_paid.display()],
                    ["Paid above the approved amount", t.mileage_excess.display()],
                ],
                (0.7, 0.3),
                right_columns=(1,),
            ),
            TextBlock("What to look at", s.heading),
        ]
        warnings = tax_year_warnings(t)
        if not warnings:
            story.append(
                TextBlock(
                    "Nothing crossed: fee income is within the trading allowance and no mileage "
                    "was paid above the approved rates.",
                    s.body,
                )
            )
        for text in warnings:
            story.append(TextBlock(text, replace(s.body, space_after=3.0)))
        story.append(TextBlock(NOT_ADVICE, replace(s.small, space_before=8.0)))
        return story


class BenefitsRenderer(DocumentRenderer):
    def __init__(self, doc: BenefitsDocument) -> None:
        self.doc = doc
        name = clean_text(doc.name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=f"Benefits summary {format_date(doc.start)} to {format_date(doc.end)}",
                author=name,
                subject=f"Earnings per period against the {BENEFIT_NAMES[doc.kind]} limits",
                keywords="benefits, ESA, Universal Credit, permitted work, involvement",
                created=doc.made_on,
            ),
            large_print=doc.large_print,
        )

    def footer_text(self) -> str:
        name = clean_text(self.doc.name).replace("\n", " ")
        return f"{self.info.title} · {name}" if name else self.info.title

    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        counted = (
            "Money counts in the period it was received."
            if doc.by_received
            else "Money counts in the period of the activity it was for."
        )
        hours_note = " Hours count on the date of the activity."
        limit_note = ""
        if doc.kind == "uc":
            limit_note = (
                " The work allowance shown is the one "
                + ("with" if doc.housing_costs else "without")
                + " housing costs in your Universal Credit."
            )
        story: list[Flowable] = [
            TextBlock("Benefits summary", s.title),
            TextBlock(
                f"{clean_text(doc.name)}\n{BENEFIT_NAMES[doc.kind]}\n"
                f"{format_date(doc.start)} to {format_date(doc.end)} · made on "
                f"{format_date(doc.made_on)}",
                s.body,
            ),
            TextBlock(counted + hours_note + limit_note, replace(s.small, space_before=4.0)),
            TextBlock("Periods that crossed or came near a limit", s.heading),
        ]
        flagged = [f for f in doc.figures if f.status is not PeriodStatus.OK]
        if not flagged:
            story.append(TextBlock("No period crossed or came near a limit.", s.body))
        else:
            story.append(
                self.table(
                    ["Status", "Period and figures"],
                    [
                        [
                            "Over" if f.status is PeriodStatus.OVER else "Near",
                            period_warning(doc.kind, f),
                        ]
                        for f in flagged
                    ],
                    (0.18, 0.82) if s.large_print else (0.1, 0.9),
                )
            )
        story.append(TextBlock("Every period", s.heading))
        approximate = any(f.approximate for f in doc.figures)
        if doc.kind == "esa":
            header = ["Week", "Earnings", "Hours", "Limit", "Status"]
            rows = [
                [
                    f"{format_date(f.start)} to {format_date(f.end)}",
                    f.earnings.display(),
                    hours_minutes(f.minutes),
                    f.limit.display()
                    + (f", under {f.hours_limit} h" if f.hours_limit is not None else "")
                    + (" *" if f.approximate else ""),
                    status_words(f),
                ]
                for f in doc.figures
            ]
            fractions = (0.3, 0.15, 0.11, 0.22, 0.22)
            right = (1, 2)
        else:
            header = ["Assessment period", "Earnings", "Hours", "Allowance", "Reduction", "Status"]
            rows = [
                [
                    f"{format_date(f.start)} to {format_date(f.end)}",
                    f.earnings.display(),
                    hours_minutes(f.minutes),
                    f.limit.display() + (" *" if f.approximate else ""),
                    f.reduction.display() if f.reduction is not None else "",
                    status_words(f),
                ]
                for f in doc.figures
            ]
            fractions = (0.27, 0.13, 0.1, 0.14, 0.14, 0.22)
            right = (1, 2, 3, 4)
        story.append(self.table(header, rows, fractions, right_columns=right))
        if approximate:
            story.append(
                TextBlock(
                    "* A limit marked with a star is taken from a later year because no figure "
                    "for that year is on record: check it.",
                    replace(s.small, space_before=3.0),
                )
            )
        story.append(KeepTogether([TextBlock(NOT_ADVICE, replace(s.small, space_before=8.0))]))
        return story


def render_tax_year_pdf(doc: TaxYearDocument) -> bytes:
    check_renderable("tax-year PDF", [("your name", doc.name)])
    return TaxYearRenderer(doc).render()


def render_benefits_pdf(doc: BenefitsDocument) -> bytes:
    check_renderable("benefits PDF", [("your name", doc.name)])
    return BenefitsRenderer(doc).render()
