"""`coprod report portfolio|terms|tax-year|benefits` and `coprod my-terms set|show`.

Every document is made in memory first and written with `write_atomic` only when it is whole,
so a mistake (an unknown organisation, a character no font has, a bad date) writes nothing.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from typing import Any

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import Groups
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.my_terms import MyTerms, fee_text, to_json
from coprod_desktop.core.domain.parsing import parse_int


def _out_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--large-print", action="store_true", help="16 pt text or larger")


def add_parsers(groups: Groups) -> None:
    rep = groups.report
    p = rep.add_parser(
        "portfolio",
        help="your portfolio: roles, contributions, skills, training, testimonials, hours",
    )
    _out_option(p)
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (default: all)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    p.add_argument("--org", metavar="CODE", help="only this organisation")
    p.add_argument(
        "--group-by",
        choices=["organisation", "theme"],
        default="organisation",
        help="the full form's grouping: by organisation or by theme (kind of activity)",
    )
    p.add_argument(
        "--contact-names",
        action="store_true",
        help="include contact names (left out unless you ask)",
    )
    p.add_argument("--no-feedback", action="store_true", help="leave out feedback")
    p.add_argument("--no-training", action="store_true", help="leave out training")
    p.add_argument(
        "--form",
        choices=["summary", "highlights", "full"],
        default="highlights",
        help="summary (one page), highlights (default: your marked contributions, or those "
        "with impact or feedback, with a line of totals per year and organisation) or full",
    )
    p.add_argument(
        "--limit",
        metavar="N",
        help="most highlights listed in the highlights form (default 40)",
    )
    p.add_argument(
        "--show-levels",
        action="store_true",
        help="print how each contribution was described and your judgement of its level",
    )

    p = rep.add_parser("terms", help="your terms of involvement, optionally to one organisation")
    _out_option(p)
    p.add_argument("--org", metavar="CODE", help="address it to this organisation")

    p = rep.add_parser(
        "tax-year", help="tax-year summary PDF (YEAR 2025 = 6 Apr 2025 to 5 Apr 2026)"
    )
    p.add_argument("year", metavar="YEAR")
    _out_option(p)

    p = rep.add_parser("benefits", help="benefits summary PDF: earnings per week or period")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE")
    p.add_argument(
        "--kind",
        choices=["esa", "uc", "carers-allowance"],
        help="default: the first limit you watch (coprod benefits watch), else esa",
    )
    p.add_argument(
        "--by-activity-date",
        action="store_true",
        help="count fees on the activity date instead of when received",
    )
    _out_option(p)

    mt = groups.top.add_parser(
        "my-terms", help="your own terms of involvement: what you expect before work starts"
    )
    mt_sub = mt.add_subparsers(dest="action", required=True)
    p = mt_sub.add_parser("set", help="change your terms (options not given stay as they are)")
    p.add_argument("--basis", choices=[b.value for b in Basis], help="how you expect to be paid")
    p.add_argument("--rate", metavar="AMOUNT", help="the rate you expect, per hour/session/day")
    p.add_argument(
        "--payable", metavar="PARTS", help="which time is paid: prep,contact,travel,followup"
    )
    p.add_argument(
        "--expenses",
        choices=["up-front", "after"],
        help="expenses paid up front, or reimbursed after the work",
    )
    p.add_argument(
        "--expenses-days", metavar="N", help="days to reimburse expenses claimed after the work"
    )
    p.add_argument("--days-to-pay", metavar="N", help="days to pay fees after your claim")
    p.add_argument("--access-needs", metavar="TEXT")
    p.add_argument("--notice", metavar="TEXT", help="notice and cancellation")
    p.add_argument("--recognition", metavar="TEXT")
    p.add_argument("--ownership", metavar="TEXT", help="ownership of what you contribute")
    p.add_argument("--note", metavar="TEXT", help="anything else")
    p = mt_sub.add_parser("show", help="show your terms")
    p.add_argument("--json", action="store_true")


def _write(path_text: str, data: bytes) -> None:
    from coprod_desktop.cli.commands import _write_out

    _write_out(path_text, data)


def _out(text: object) -> None:
    from coprod_desktop.cli.commands import out

    out(text)


def cmd_report_portfolio(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services.portfolio_builder import (
        DEFAULT_HIGHLIGHTS,
        MOST_HIGHLIGHTS,
        PortfolioOptions,
    )

    options = PortfolioOptions(
        date_from=opt.day(a.start, "--from"),
        date_to=opt.day(a.end, "--to"),
        organisation=a.org,
        group_by=a.group_by,
        large_print=a.large_print,
        include_contact_names=a.contact_names,
        include_feedback=not a.no_feedback,
        include_training=not a.no_training,
        form=a.form,
        highlight_limit=DEFAULT_HIGHLIGHTS
        if a.limit is None
        else parse_int(a.limit, "--limit", minimum=1, maximum=MOST_HIGHLIGHTS),
        show_levels=a.show_levels,
    )
    _check_out(a.out)
    _write(a.out, sv.documents.portfolio_pdf(options))
    _out(a.out)


def cmd_report_terms(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services.documents import TermsOptions

    _check_out(a.out)
    _write(a.out, sv.documents.terms_pdf(TermsOptions(a.org, a.large_print)))
    _out(a.out)


def cmd_report_tax_year(sv: Any, a: argparse.Namespace) -> None:
    year = parse_int(a.year, "YEAR", minimum=1950, maximum=2100)
    _check_out(a.out)
    _write(a.out, sv.documents.tax_year_pdf(year, large_print=a.large_print))
    _out(a.out)


def cmd_report_benefits(sv: Any, a: argparse.Namespace) -> None:
    start, end = opt.day(a.start, "--from"), opt.day(a.end, "--to")
    _check_out(a.out)
    data = sv.documents.benefits_pdf(
        start, end, a.kind, a.by_activity_date, large_print=a.large_print
    )
    _write(a.out, data)
    _out(a.out)


def _check_out(path_text: str) -> None:
    """Refuse a bad --out before spending seconds on a PDF that could not be written."""
    from pathlib import Path

    path = Path(path_text)
    if path.is_dir():
        raise UserError(f"--out '{path_text}' is a folder: give a file name.", "--out")
    if not path.parent.exists():
        raise UserError(f"The folder for --out '{path_text}' does not exist.", "--out")


def cmd_my_terms_set(sv: Any, a: argparse.Namespace) -> None:
    terms: MyTerms = sv.documents.my_terms()
    changes: dict[str, Any] = {}
    if a.basis is not None:
        changes["basis"] = Basis(a.basis)
    if a.rate is not None:
        changes["rate"] = opt.money(a.rate, "--rate")
    if a.payable is not None:
        changes["payable_parts"] = opt.payable(a.payable)
    if a.expenses is not None:
        changes["expenses_up_front"] = a.expenses == "up-front"
    if a.expenses_days is not None:
        changes["expenses_within_days"] = parse_int(
            a.expenses_days, "--expenses-days", minimum=0, maximum=365
        )
    if a.days_to_pay is not None:
        changes["days_to_pay"] = parse_int(a.days_to_pay, "--days-to-pay", minimum=0, maximum=365)
    for attr in ("access_needs", "notice", "recognition", "ownership", "note"):
        value = getattr(a, attr)
        if value is not None:
            changes[attr] = value
    if not changes:
        raise UserError(
            "Nothing to change: give at least one option, such as --rate 25.00.", "my-terms"
        )
    saved = sv.documents.save_my_terms(replace(terms, **changes))
    _out(fee_text(saved))


def cmd_my_terms_show(sv: Any, a: argparse.Namespace) -> None:
    import sys

    from coprod_desktop.core.reports.terms_statement import (
        TermsStatementDocument,
        statement_sections,
    )

    terms: MyTerms = sv.documents.my_terms()
    if a.json:
        data = to_json(terms)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    doc = TermsStatementDocument(name="", terms=terms, made_on=sv.ctx.clock.today())
    for title, text in statement_sections(doc):
        _out(f"{title}: {' '.join(str(text).split())}")


HANDLERS = {
    ("report", "portfolio"): cmd_report_portfolio,
    ("report", "terms"): cmd_report_terms,
    ("report", "tax-year"): cmd_report_tax_year,
    ("report", "benefits"): cmd_report_benefits,
    ("my-terms", "set"): cmd_my_terms_set,
    ("my-terms", "show"): cmd_my_terms_show,
}
