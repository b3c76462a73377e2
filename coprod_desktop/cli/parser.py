"""The `coprod` command's words. Names are fixed by shared/cli.md; options may be added."""

from __future__ import annotations

import argparse

from coprod_desktop.cli.extensions import Groups, add_all
from coprod_desktop.cli.global_options import add_version, spread_global_options
from coprod_desktop.core.domain.kinds import (
    ActivityKind,
    Basis,
    Classification,
    ExpenseCategory,
    Level,
    PaymentMethod,
    Vehicle,
)

EPILOG = """\
Dates are YYYY-MM-DD. Money is written 12.50. Durations are minutes (90) or 1h30m.
Data lives in the platform's user data folder unless --data-dir or COPROD_DATA_DIR says otherwise;
--records NAME (or COPROD_RECORDS) picks one person's records by name (see `coprod records list`).
Exit codes: 0 done; 1 a mistake in what was asked (one sentence on stderr, nothing changed);
2 wrong usage; 3 saved, but its output (the new id) could not be written (the id is on stderr)."""


def _choices(enum: type) -> list[str]:
    return [m.value for m in enum]


def _terms_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("terms options")
    g.add_argument("--rate", metavar="AMOUNT", help="hourly rate (hourly basis)")
    g.add_argument("--session-fee", metavar="AMOUNT", help="fee per session (session, voucher)")
    g.add_argument("--day-rate", metavar="AMOUNT", help="day rate (daily basis)")
    g.add_argument("--half-day-rate", metavar="AMOUNT", help="half-day rate (daily basis)")
    g.add_argument(
        "--half-day-threshold",
        metavar="MINUTES",
        help="payable minutes up to which the half-day rate applies (default 240)",
    )
    g.add_argument(
        "--payable",
        metavar="PARTS",
        help="which time is paid: prep,contact,travel,followup (default prep,contact,followup)",
    )
    g.add_argument("--min-minutes", metavar="N", help="minimum paid minutes (hourly)")
    g.add_argument("--round-to", metavar="N", help="round payable minutes up to N (hourly)")
    g.add_argument(
        "--mileage-rate",
        metavar="AMOUNT",
        help="the organisation's own rate per mile (default: HMRC approved rates)",
    )
    g.add_argument("--expense-cap", metavar="AMOUNT", help="most paid for one expense item")
    g.add_argument("--receipts-required", action="store_true", help="receipts are needed")
    g.add_argument("--promised-days", metavar="N", help="days the organisation promised to pay in")
    g.add_argument("--payment-method", choices=_choices(PaymentMethod), help="how fees are paid")
    g.add_argument("--note", help="a note about these terms")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprod",
        description="Your own records of involvement work: contributions, hours, expenses, "
        "claims and payments.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_version(parser)
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder to use")
    from coprod_desktop.cli.records_commands import add_global_option

    add_global_option(parser)  # --records NAME: whose records, by name
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="the passphrase of encrypted records, first line (or COPROD_PASSPHRASE, or asked)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", help="start your records: your name and reference rate")
    p.add_argument("--name", required=True)
    p.add_argument(
        "--reference-rate",
        metavar="AMOUNT",
        default="0.00",
        help="what you value an hour of your time at",
    )
    p.add_argument("--locale", default="uk", choices=["uk"])

    p = sub.add_parser("demo", help="fill an empty data folder with realistic sample records")
    p.add_argument(
        "--scale",
        default="1",
        help="1: a year of a typical member; N: N years of a very busy one (15 ≈ 10,000 "
        "activities)",
    )
    p.add_argument("--seed", default="1", help="a number: the same seed gives the same records")

    # organisations
    org = sub.add_parser("org", help="organisations").add_subparsers(dest="action", required=True)
    for name in ("add", "edit"):
        p = org.add_parser(name, help=f"{name} an organisation")
        if name == "edit":
            p.add_argument("code_arg", metavar="CODE", help="the organisation's current code")
        p.add_argument("--name", required=name == "add")
        p.add_argument("--code", required=name == "add", help="short code for claim numbers")
        p.add_argument("--promised-days", metavar="N", help="days they promise to pay in")
        p.add_argument("--contact", help="contact person")
        p.add_argument("--email")
        p.add_argument("--address")
        p.add_argument("--department")
        p.add_argument("--notes")
    p = org.add_parser("delete", help="delete an organisation that has no records")
    p.add_argument("code_arg", metavar="CODE")
    p = org.add_parser("show", help="show an organisation")
    p.add_argument("code_arg", metavar="CODE")
    p.add_argument("--json", action="store_true")

    # agreements
    agr = sub.add_parser("agreement", help="role agreements and their dated terms")
    agr_sub = agr.add_subparsers(dest="action", required=True)
    p = agr_sub.add_parser("add", help="a new role agreement with its first terms")
    p.add_argument("--org", required=True, metavar="CODE")
    p.add_argument("--role", required=True, metavar="TITLE")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE", help="end date, if the role has one")
    p.add_argument("--basis", required=True, choices=_choices(Basis))
    p.add_argument("--classification", choices=_choices(Classification))
    p.add_argument("--description", help="terms of reference or role description")
    p.add_argument("--source", help="where these terms come from (letter, email, meeting)")
    _terms_options(p)
    p = agr_sub.add_parser(
        "terms", help="a new dated version of the terms (unset options carry over)"
    )
    p.add_argument("agreement_id", metavar="AGREEMENT_ID")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--basis", choices=_choices(Basis))
    p.add_argument("--classification", choices=_choices(Classification))
    p.add_argument("--source", help="where the change came from (letter, email, meeting)")
    _terms_options(p)
    p = agr_sub.add_parser("show", help="an agreement and its terms history")
    p.add_argument("agreement_id", metavar="AGREEMENT_ID")
    p.add_argument("--json", action="store_true")
    p = agr_sub.add_parser("delete", help="delete an agreement no activity uses")
    p.add_argument("agreement_id", metavar="AGREEMENT_ID")

    # activities
    act = sub.add_parser("activity", help="contributions").add_subparsers(
        dest="action", required=True
    )
    for name in ("add", "edit"):
        p = act.add_parser(name, help=f"{name} an activity")
        if name == "edit":
            p.add_argument("activity_id", metavar="ID")
        p.add_argument("--org", required=name == "add", metavar="CODE")
        p.add_argument("--date", required=name == "add")
        p.add_argument("--title", required=name == "add")
        p.add_argument(
            "--agreement",
            metavar="ID",
            help="the agreement (default: the organisation's only agreement in force)",
        )
        p.add_argument("--no-agreement", action="store_true", help="not under any agreement")
        for part in ("prep", "contact", "travel", "followup"):
            p.add_argument(f"--{part}", metavar="D", help=f"{part} time: 90 or 1h30m")
        p.add_argument("--kind", choices=_choices(ActivityKind))
        p.add_argument("--described", metavar="TEXT", help="how the organisation described it")
        p.add_argument("--level", choices=_choices(Level), help="your own judgement of its level")
        p.add_argument("--remote", action=argparse.BooleanOptionalAction, default=None)
        p.add_argument(
            "--attended-as",
            choices=["self", "carer", "on-behalf"],
            help="you took part for yourself (default), as a carer, or on someone's behalf",
        )
        p.add_argument(
            "--declined",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="you declined the fee",
        )
        p.add_argument("--impact")
        p.add_argument("--feedback")
        p.add_argument("--skills")
        p.add_argument("--themes")
        p.add_argument("--notes", help="private notes (never printed in documents)")
        p.add_argument("--not-in-portfolio", action="store_true", default=None)
        p.add_argument("--in-portfolio", action="store_true", default=None)
        p.add_argument(
            "--highlight",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="a highlight of your portfolio (its highlights form lists these)",
        )
        if name == "add":
            p.add_argument(
                "--repeat",
                choices=("weekly", "fortnightly", "monthly"),
                help="a standing meeting: later meetings become drafts to confirm",
            )
            p.add_argument("--until", metavar="DATE", help="the last day a repeat may fall on")
            p.add_argument(
                "--monthly-by",
                choices=("date", "weekday"),
                default="date",
                help="monthly on the same date (default) or the same weekday (2nd Tuesday)",
            )
    for name in ("show", "delete"):
        p = act.add_parser(name, help=f"{name} an activity")
        p.add_argument("activity_id", metavar="ID")
        if name == "show":
            p.add_argument("--json", action="store_true")

    # expenses
    exp = sub.add_parser("expense", help="expenses").add_subparsers(dest="action", required=True)
    p = exp.add_parser("add", help="add an expense")
    p.add_argument("--org", required=True, metavar="CODE")
    p.add_argument("--date", required=True)
    p.add_argument("--category", required=True, choices=_choices(ExpenseCategory))
    p.add_argument("--activity", metavar="ID")
    p.add_argument("--amount", metavar="AMOUNT")
    p.add_argument("--miles", metavar="N")
    p.add_argument("--vehicle", choices=_choices(Vehicle), default="car")
    p.add_argument("--passengers", default="0")
    p.add_argument("--description")
    p.add_argument(
        "--receipt",
        nargs="+",
        metavar="FILE",
        default=[],
        help="receipt photos or PDFs (copied into your data folder)",
    )
    p.add_argument("--not-reimbursable", action="store_true")
    for name in ("show", "delete"):
        p = exp.add_parser(name, help=f"{name} an expense")
        p.add_argument("expense_id", metavar="ID")
        if name == "show":
            p.add_argument("--json", action="store_true")

    # claims
    clm = sub.add_parser("claim", help="claims").add_subparsers(dest="action", required=True)
    p = clm.add_parser("create", help="claim every unclaimed fee and expense in a period")
    p.add_argument("--org", required=True, metavar="CODE")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument(
        "--date",
        metavar="DATE",
        help="the day the claim was made, for history typed in afterwards (default: today)",
    )
    p = clm.add_parser("show", help="a claim's lines and what is paid")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    for name, helptext in (
        ("submit", "mark sent"),
        ("dispute", "mark disputed"),
        ("void", "cancel (its lines can be claimed again)"),
        ("reopen", "a disputed claim back to submitted"),
    ):
        p = clm.add_parser(name, help=helptext)
        p.add_argument("number", metavar="NUMBER")
        p.add_argument("--date", required=True)
        if name != "submit":
            p.add_argument("--note", default="")
    p = clm.add_parser("pdf", help="the claim as a PDF, with receipts appended")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--show-bank",
        action="store_true",
        help="print your bank details (masked unless --unmasked)",
    )
    p.add_argument("--unmasked", action="store_true", help="print bank details in full")
    p.add_argument("--large-print", action="store_true")
    p = clm.add_parser("csv", help="the claim's lines as CSV for finance teams")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p = clm.add_parser("delete", help="delete a draft claim")
    p.add_argument("number", metavar="NUMBER")

    # payments
    pay = sub.add_parser("payment", help="money received").add_subparsers(
        dest="action", required=True
    )
    p = pay.add_parser("add", help="record money received")
    p.add_argument("--date", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--claim", metavar="NUMBER")
    p.add_argument("--method", choices=_choices(PaymentMethod), default="bank")
    p.add_argument("--reference", default="")
    p.add_argument("--org", metavar="CODE", help="who paid (for money with no claim)")
    p.add_argument(
        "--fee-part",
        metavar="AMOUNT",
        help="how much of it is fees (default: fees are settled first)",
    )
    p = pay.add_parser("delete", help="remove a payment recorded by mistake")
    p.add_argument("payment_id", metavar="ID")

    # lists and summaries
    p = sub.add_parser("list", help="list records")
    p.add_argument(
        "kind",
        choices=[
            "activities",
            "expenses",
            "claims",
            "orgs",
            "agreements",
            "payments",
            "training",
            "feedback",
        ],
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--org", metavar="CODE")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument("--search", default="")

    summ = sub.add_parser("summary", help="tax-year and benefits summaries")
    summ_sub = summ.add_subparsers(dest="action", required=True)
    p = summ_sub.add_parser("tax-year", help="YEAR 2025 = 6 Apr 2025 to 5 Apr 2026")
    p.add_argument("year", metavar="YEAR")
    p.add_argument("--json", action="store_true")
    p = summ_sub.add_parser("benefits", help="earnings per benefit week or assessment period")
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
    p.add_argument("--json", action="store_true")

    # export and import
    exp_p = sub.add_parser("export", help="export your records")
    exp_sub = exp_p.add_subparsers(dest="action", required=True)
    p = exp_sub.add_parser("json", help="everything, full fidelity")
    p.add_argument("file", metavar="FILE")
    imp = sub.add_parser("import", help="import records")
    imp_sub = imp.add_subparsers(dest="action", required=True)
    p = imp_sub.add_parser("json", help="a full export, into an empty data folder")
    p.add_argument("file", metavar="FILE")

    report = sub.add_parser("report", help="documents: portfolio, your terms, evidence")
    rep_sub = report.add_subparsers(dest="action", required=True)
    add_all(Groups(top=sub, report=rep_sub, export=exp_sub, import_=imp_sub, claim=clm))
    spread_global_options(parser)  # `coprod demo --data-dir DIR` as well as before the command
    return parser
