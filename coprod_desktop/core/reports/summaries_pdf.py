"""Tax-year and benefits summary PDFs: the figures the services worked out, each warning said in
words (never by colour alone), and the reminder that this is information, not advice.

The renderers compute nothing: every amount comes from `SummaryService` (tax_year, benefits)
through plain data, so the PDF always agrees with the window and the command.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coprod_desktop.core.domain.formatting import grouped
from coprod_desktop.core.domain.views import TaxYearSummary
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.text import TextBlock, clean_text
from coprod_desktop.core.rules.benefits import NEAR_PERCENT

if TYPE_CHECKING:
    from coprod_desktop.core.services.benefits_report import BenefitsReport

NOT_ADVICE = (
    "This is information, not advice. Before you decide anything, talk to a benefits adviser or "
    "the Benefits Advice Service for involvement, or for tax to HMRC or a tax adviser. Check the "
    "limits each April: they change."
)


@dataclass(frozen=True, slots=True)
class TaxYearDocument:
    name: str
    summary: TaxYearSummary
    made_on: date
    large_print: bool = False


STATUS_WORDS = {"ok": "Within", "near": "Near", "over": "Over"}


@dataclass(frozen=True, slots=True)
class BenefitsDocument:
    """`report` is the service's plain benefits summary: the PDF prints it and adds nothing."""

    name: str
    report: BenefitsReport
    made_on: date
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
        report = doc.report
        name = clean_text(doc.name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=f"Benefits summary {format_date(report.start)} to {format_date(report.end)}",
                author=name,
                subject=f"Earnings per period against the {report.title} limits",
                keywords="benefits, ESA, Universal Credit, Carer's Allowance, involvement",
                created=doc.made_on,
            ),
            large_print=doc.large_print,
        )

    def footer_text(self) -> str:
        name = clean_text(self.doc.name).replace("\n", " ")
        return f"{self.info.title} · {name}" if name else self.info.title

    def story(self) -> list[Flowable]:
        doc, s, r = self.doc, self.styles, self.doc.report
        note = replace(s.small, space_before=4.0)
        story: list[Flowable] = [
            TextBlock("Benefits summary", s.title),
            TextBlock(
                f"{clean_text(doc.name)}\n{r.title}\n"
                f"{format_date(r.start)} to {format_date(r.end)} · made on "
                f"{format_date(doc.made_on)}",
                s.body,
            ),
            TextBlock(r.headline(), replace(s.body, space_before=4.0)),
        ]
        for text in (r.counted_note, r.rules_note, r.range_note):
            if text:
                story.append(TextBlock(text, note))
        unit = "Assessment period" if r.kind == "uc" else "Week"
        amount = "Earnings"
        if r.carers is not None:  # Carer's Allowance: the figure the week is judged on
            amount = "Average" if r.carers.averaging_weeks > 1 else "Counts"
        story.append(TextBlock(f"Each {unit.lower()}, once", s.heading))
        rows = [
            [
                f"{format_date(f.start)} to {format_date(f.end)}" + (" *" if f.approximate else ""),
                f.judged.display(),
                STATUS_WORDS[f.status.value],
                line,
            ]
            for f, line in zip(r.figures, r.lines, strict=True)
        ]
        fractions = (0.28, 0.12, 0.1, 0.5) if not s.large_print else (0.3, 0.16, 0.14, 0.4)
        story.append(
            self.table([unit, amount, "Status", "In words"], rows, fractions, right_columns=(1,))
        )
        if any(f.approximate for f in r.figures):
            story.append(
                TextBlock(
                    "* A limit marked with a star is taken from a later year because no figure "
                    "for that year is on record: check it.",
                    replace(s.small, space_before=3.0),
                )
            )
        closing = [TextBlock(text, replace(s.small, space_before=6.0)) for text in r.closing]
        story.append(KeepTogether(closing))
        return story


def render_tax_year_pdf(doc: TaxYearDocument) -> bytes:
    check_renderable("tax-year PDF", [("your name", doc.name)])
    return TaxYearRenderer(doc).render()


def render_benefits_pdf(doc: BenefitsDocument) -> bytes:
    check_renderable("benefits PDF", [("your name", doc.name)])
    return BenefitsRenderer(doc).render()
