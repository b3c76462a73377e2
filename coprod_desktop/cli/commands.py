"""What each `coprod` command does, over the services. No rule lives here."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from typing import Any

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import find_handler
from coprod_desktop.cli.output import print_json, print_table
from coprod_desktop.core.domain.errors import NotFound, UserError
from coprod_desktop.core.domain.jsonable import hours_text
from coprod_desktop.core.domain.kinds import (
    ActivityKind,
    AttendedAs,
    Basis,
    Classification,
    ExpenseCategory,
    Level,
    PaymentMethod,
    Vehicle,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import format_minutes, parse_int
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Expense,
    Organisation,
    Terms,
)
from coprod_desktop.core.domain.views import ActivityFilter, ClaimFilter, ClaimItem, ExpenseFilter
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import Clock


def out(text: object) -> None:
    sys.stdout.write(f"{text}\n")


def clock_from_env() -> Clock:
    """COPROD_TODAY=YYYY-MM-DD pins "today" (for scripts that must be repeatable, and tests)."""
    import os

    from coprod_desktop.core.domain.parsing import parse_date
    from coprod_desktop.core.services.clock import FixedClock, SystemClock

    pinned = os.environ.get("COPROD_TODAY")
    return FixedClock(parse_date(pinned, "COPROD_TODAY")) if pinned else SystemClock()


# Commands that only read: they open the records without holding the single-copy lock, so
# they work while the window is open. Handlers elsewhere say so with `handler.reads_only`.
READS_ONLY = frozenset({"list", "summary", "report", "export"})


def run(args: argparse.Namespace) -> int:
    from coprod_desktop.cli import security_commands as security

    if security.runs_without_services(args):  # e.g. recover: the folder is locked
        return security.run_without_services(args)
    key = (args.command, getattr(args, "action", None))
    handler = HANDLERS.get(key) or find_handler(key) or _missing
    if getattr(handler, "opens_data_itself", False):
        handler(None, args)  # e.g. restore: the records may not open at all
        return 0
    reads_only = args.command in READS_ONLY or key[1] == "show"
    lock = not (reads_only or getattr(handler, "reads_only", False))
    services = open_services(
        args.data_dir, clock_from_env(), passphrase=security.passphrase_for(args), lock=lock
    )
    try:
        handler(services, args)
        return 0
    finally:
        services.close()


# -- set-up ---------------------------------------------------------------------------------
def cmd_init(sv: Services, a: argparse.Namespace) -> None:
    rate = opt.money(a.reference_rate, "--reference-rate")
    current = sv.profile.get()
    sv.profile.save(
        replace(current, name=a.name, reference_rate=rate or Money.zero(), locale=a.locale)
    )
    out(sv.paths.root)


def cmd_demo(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services.demo import make_demo

    scale = parse_int(a.scale, "--scale", minimum=1, maximum=100)
    seed = parse_int(a.seed, "--seed", minimum=0, maximum=2**31)
    result = make_demo(sv, scale=scale, seed=seed)
    out(result)


# -- organisations --------------------------------------------------------------------------
def _org_from_args(a: argparse.Namespace, base: Organisation) -> Organisation:
    changes: dict[str, Any] = {}
    for attr, field in (
        ("name", "name"),
        ("code", "code"),
        ("contact", "contact_name"),
        ("email", "email"),
        ("address", "address"),
        ("department", "department"),
        ("notes", "notes"),
    ):
        value = getattr(a, attr, None)
        if value is not None:
            changes[field] = value
    if a.promised_days is not None:
        changes["promised_days"] = opt.whole(a.promised_days, "--promised-days", maximum=365)
    return replace(base, **changes)


def cmd_org_add(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.create(_org_from_args(a, Organisation(name="", code="")))
    out(org.code)


def cmd_org_edit(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.update(_org_from_args(a, sv.organisations.by_code(a.code_arg)))
    out(org.code)


def cmd_org_delete(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.delete(sv.organisations.by_code(a.code_arg).id)  # type: ignore[arg-type]
    out(org.code)


def cmd_org_show(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.by_code(a.code_arg)
    if a.json:
        print_json(org)
    else:
        for key, value in (
            ("Name", org.name),
            ("Code", org.code),
            ("Department", org.department),
            ("Contact", org.contact_name),
            ("Email", org.email),
            ("Address", org.address),
            ("Promised days", org.promised_days),
            ("Notes", org.notes),
        ):
            out(f"{key}: {value}")


# -- agreements -----------------------------------------------------------------------------
def _agreement_id(text: str) -> int:
    return parse_int(text, "AGREEMENT_ID", minimum=1, maximum=10**9)


def cmd_agreement_add(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.by_code(a.org)
    basis = Basis(a.basis)
    start = opt.day(a.start, "--from")
    assert start is not None
    terms = Terms(
        effective_from=start,
        basis=basis,
        classification=Classification(a.classification)
        if a.classification
        else opt.classification_for(basis),
        **opt.terms_changes(a),
    )
    agreement = sv.agreements.create(
        Agreement(
            organisation_id=org.id,  # type: ignore[arg-type]
            role_title=a.role,
            start=start,
            end=opt.day(a.end, "--to"),
            description=a.description or "",
            terms=(terms,),
        )
    )
    out(agreement.id)


def cmd_agreement_terms(sv: Services, a: argparse.Namespace) -> None:
    ident = _agreement_id(a.agreement_id)
    start = opt.day(a.start, "--from")
    assert start is not None
    changes = opt.terms_changes(a)
    if a.basis:
        changes["basis"] = Basis(a.basis)
        if not a.classification:
            changes["classification"] = opt.classification_for(changes["basis"])
    if a.classification:
        changes["classification"] = Classification(a.classification)
    agreement = sv.agreements.change_terms(ident, start, **changes)
    new = next(t for t in agreement.terms if t.effective_from == start)
    out(new.id)


def cmd_agreement_show(sv: Services, a: argparse.Namespace) -> None:
    agreement = sv.agreements.get(_agreement_id(a.agreement_id))
    if a.json:
        print_json(agreement)
        return
    org = sv.organisations.get(agreement.organisation_id)
    out(
        f"{agreement.role_title} — {org.name} ({org.code}), from {agreement.start}"
        + (f" to {agreement.end}" if agreement.end else "")
    )
    from coprod_desktop.core.rules.fees import describe_terms

    for t in agreement.terms:
        out(
            f"  from {t.effective_from}: {describe_terms(t)}"
            + (f" [source: {t.source}]" if t.source else "")
        )


def cmd_agreement_delete(sv: Services, a: argparse.Namespace) -> None:
    out(sv.agreements.delete(_agreement_id(a.agreement_id)).id)


# -- activities -----------------------------------------------------------------------------
def _pick_agreement(sv: Services, org_id: int, on: date) -> int | None:
    """The organisation's agreement in force on the date, when there is exactly one."""
    live = [
        ag
        for ag in sv.agreements.list(org_id)
        if ag.start <= on and (ag.end is None or on <= ag.end)
    ]
    return live[0].id if len(live) == 1 else None


def _activity_from_args(sv: Services, a: argparse.Namespace, base: Activity | None) -> Activity:
    changes: dict[str, Any] = {}
    if a.org is not None:
        changes["organisation_id"] = sv.organisations.by_code(a.org).id
    if a.date is not None:
        changes["date"] = opt.day(a.date, "--date")
    if a.title is not None:
        changes["title"] = a.title
    for part in ("prep", "contact", "travel", "followup"):
        value = getattr(a, part)
        if value is not None:
            changes[f"{part}_minutes"] = opt.minutes(value, f"--{part}")
    if a.kind:
        changes["kind"] = ActivityKind(a.kind)
    if a.described is not None:
        changes["described_level"] = a.described
    if a.level:
        changes["judged_level"] = Level(a.level)
    if a.remote is not None:
        changes["remote"] = a.remote
    if a.attended_as is not None:
        changes["attended_as"] = AttendedAs(a.attended_as.replace("-", "_"))
    if a.declined is not None:
        changes["fee_declined"] = a.declined
    for attr, field in (
        ("impact", "impact"),
        ("feedback", "feedback"),
        ("skills", "skills"),
        ("themes", "themes"),
        ("notes", "private_notes"),
    ):
        value = getattr(a, attr)
        if value is not None:
            changes[field] = value
    if a.not_in_portfolio:
        changes["in_portfolio"] = False
    if a.in_portfolio:
        changes["in_portfolio"] = True
    if getattr(a, "highlight", None) is not None:
        changes["highlight"] = a.highlight
    if base is None:
        activity = Activity(**{"organisation_id": 0, "date": date.today(), "title": "", **changes})
    else:
        activity = replace(base, **changes)
    if a.no_agreement:
        activity = replace(activity, agreement_id=None)
    elif a.agreement is not None:
        activity = replace(activity, agreement_id=_agreement_id(a.agreement))
    elif base is None or "organisation_id" in changes:
        activity = replace(
            activity, agreement_id=_pick_agreement(sv, activity.organisation_id, activity.date)
        )
    return activity


def _activity_id(text: str) -> int:
    return parse_int(text, "ID", minimum=1, maximum=10**9)


def cmd_activity_add(sv: Services, a: argparse.Namespace) -> None:
    if a.repeat is None and a.until is not None:
        raise UserError("--until goes with --repeat: add --repeat weekly, fortnightly or monthly.")
    if a.repeat is not None:
        until = opt.day(a.until, "--until")
        if until is None:
            raise UserError("--repeat needs --until DATE: the last day a meeting may fall on.")
        made = sv.activities.create_repeating(
            _activity_from_args(sv, a, None), a.repeat, until, a.monthly_by
        )
        out("\n".join(str(act.id) for act in made))  # the first, then the drafts
        return
    out(sv.activities.create(_activity_from_args(sv, a, None)).id)


def cmd_activity_edit(sv: Services, a: argparse.Namespace) -> None:
    base = sv.activities.get(_activity_id(a.activity_id))
    out(sv.activities.update(_activity_from_args(sv, a, base)).id)


def cmd_activity_show(sv: Services, a: argparse.Namespace) -> None:
    activity = sv.activities.get(_activity_id(a.activity_id))
    fee = sv.activities.fee_preview(activity)
    if a.json:
        print_json(
            {
                "activity": activity,
                "fee": fee.amount,
                "fee_status": fee.status,
                "payable_minutes": fee.payable_minutes,
            }
        )
        return
    org = sv.organisations.get(activity.organisation_id)
    out(f"{activity.date}  {activity.title}  ({org.code})")
    out(
        f"Time: prep {format_minutes(activity.prep_minutes)}, contact "
        f"{format_minutes(activity.contact_minutes)}, travel "
        f"{format_minutes(activity.travel_minutes)}, follow-up "
        f"{format_minutes(activity.followup_minutes)}"
    )
    out(f"Fee: {fee.amount.display()} ({fee.status.label}; {fee.rate_text})")


def cmd_activity_delete(sv: Services, a: argparse.Namespace) -> None:
    out(sv.activities.delete(_activity_id(a.activity_id)).activity.id)


# -- expenses -------------------------------------------------------------------------------
def cmd_expense_add(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services.expenses import NewFile

    org = sv.organisations.by_code(a.org)
    category = ExpenseCategory(a.category)
    if category is ExpenseCategory.MILEAGE:
        if a.miles is None:
            raise UserError(
                "A mileage expense needs --miles: give the distance, like 12.5.", "--miles"
            )
        if a.amount is not None:
            raise UserError(
                "Give --miles for mileage, not --amount: the amount is worked out.", "--amount"
            )
        amount, miles = None, opt.miles(a.miles)
    else:
        if a.amount is None:
            raise UserError("This expense needs --amount, like 4.50.", "--amount")
        if a.miles is not None:
            raise UserError(
                "Only mileage takes --miles: use --amount for this category.", "--miles"
            )
        amount, miles = opt.money(a.amount, "--amount"), None
    files = [NewFile(*opt.read_file(path, "--receipt")) for path in a.receipt]
    expense = Expense(
        organisation_id=org.id,  # type: ignore[arg-type]
        date=opt.day(a.date, "--date"),  # type: ignore[arg-type]
        category=category,
        amount=amount,
        miles=miles,
        vehicle=Vehicle(a.vehicle),
        passengers=opt.whole(a.passengers, "--passengers", maximum=8) or 0,
        activity_id=_activity_id(a.activity) if a.activity else None,
        description=a.description or "",
        reimbursable=not a.not_reimbursable,
    )
    out(sv.expenses.create(expense, files).id)


def cmd_expense_show(sv: Services, a: argparse.Namespace) -> None:
    expense = sv.expenses.get(_activity_id(a.expense_id))
    figure = sv.expenses.figure(expense)
    if a.json:
        print_json(
            {
                "expense": expense,
                "amount": figure.amount,
                "approved": figure.approved,
                "breakdown": figure.breakdown,
            }
        )
        return
    out(
        f"{expense.date}  {expense.category.label}  {figure.amount.display()}"
        + (f"  ({figure.breakdown})" if figure.breakdown else "")
    )
    if expense.description:
        out(expense.description)


def cmd_expense_delete(sv: Services, a: argparse.Namespace) -> None:
    out(sv.expenses.delete(_activity_id(a.expense_id)).id)


# -- claims and payments --------------------------------------------------------------------
def claim_json(item: ClaimItem) -> dict[str, Any]:
    c = item.claim
    return {
        "number": c.number,
        "status": c.status.value,
        "organisation": item.organisation_name,
        "organisation_code": item.organisation_code,
        "created_on": c.created_on,
        "submitted_on": c.submitted_on,
        "period_start": c.period_start,
        "period_end": c.period_end,
        "fee_total": c.fee_total,
        "expense_total": c.expense_total,
        "total": c.total,
        "paid": item.paid,
        "outstanding": item.outstanding,
        "due_date": item.due_date,
        "overdue": item.overdue,
        "days_late": item.days_late,
        "lines": [
            {
                "kind": ln.kind.value,
                "date": ln.date,
                "description": ln.description,
                "amount": ln.amount,
            }
            for ln in c.lines
        ],
        "chasers": [{"date": ch.sent_on, "method": ch.method.value} for ch in c.chasers],
    }


def cmd_claim_create(sv: Services, a: argparse.Namespace) -> None:
    org = sv.organisations.by_code(a.org)
    claim = sv.claims.create(
        org.id,
        opt.day(a.start, "--from"),  # type: ignore[arg-type]
        opt.day(a.end, "--to"),  # type: ignore[arg-type]
        made_on=opt.day(a.date, "--date"),  # type: ignore[arg-type]
    )
    out(claim.number)


def cmd_claim_show(sv: Services, a: argparse.Namespace) -> None:
    item = sv.claims.item(a.number)
    if a.json:
        print_json(claim_json(item))
        return
    c = item.claim
    out(f"Claim {c.number} to {item.organisation_name}: {c.status.label}")
    print_table(
        ["Date", "Kind", "Description", "Amount"],
        [[ln.date, ln.kind.value, ln.description, ln.amount.display()] for ln in c.lines],
        right={3},
    )
    out(
        f"Fees {c.fee_total.display()}, expenses {c.expense_total.display()}, "
        f"total {c.total.display()}; paid {item.paid.display()}, "
        f"outstanding {item.outstanding.display()}"
    )
    if item.overdue:
        out(f"Overdue: due {item.due_date}, {item.days_late} days late.")
    for ch in c.chasers:
        out(f"Chased on {ch.sent_on} ({ch.method.value}).")


def _claim_move(method: str) -> Any:
    def handler(sv: Services, a: argparse.Namespace) -> None:
        on = opt.day(a.date, "--date")
        fn = getattr(sv.claims, method)
        claim = fn(a.number, on) if method == "submit" else fn(a.number, on, a.note)
        out(claim.number)

    return handler


def _write_out(path_text: str, data: bytes) -> None:
    from pathlib import Path

    from coprod_desktop.core.io.safe_write import write_atomic

    path = Path(path_text)
    if path.is_dir():
        raise UserError(f"--out '{path_text}' is a folder: give a file name.", "--out")
    if not path.parent.exists():
        raise UserError(f"The folder for --out '{path_text}' does not exist.", "--out")
    write_atomic(path, data, private=False)


def cmd_claim_pdf(sv: Services, a: argparse.Namespace) -> None:
    data = sv.claim_documents.pdf(
        a.number,
        show_bank_details=a.show_bank or a.unmasked,
        mask_bank=not a.unmasked,
        large_print=a.large_print,
    )
    _write_out(a.out, data)
    out(a.out)


def cmd_claim_csv(sv: Services, a: argparse.Namespace) -> None:
    _write_out(a.out, sv.claim_documents.csv(a.number))
    out(a.out)


def cmd_claim_delete(sv: Services, a: argparse.Namespace) -> None:
    out(sv.claims.delete_draft(a.number).number)


def cmd_payment_add(sv: Services, a: argparse.Namespace) -> None:
    org_id = sv.organisations.by_code(a.org).id if a.org else None
    payment = sv.payments.add(
        opt.day(a.date, "--date"),  # type: ignore[arg-type]
        opt.money(a.amount, "--amount"),  # type: ignore[arg-type]
        claim_number=a.claim,
        method=PaymentMethod(a.method),
        reference=a.reference,
        organisation_id=org_id,
        fee_part=opt.money(a.fee_part, "--fee-part"),
    )
    out(payment.id)


def cmd_payment_delete(sv: Services, a: argparse.Namespace) -> None:
    out(sv.payments.delete(parse_int(a.payment_id, "ID", minimum=1, maximum=10**9)).id)


# -- lists and summaries --------------------------------------------------------------------
def cmd_list(sv: Services, a: argparse.Namespace) -> None:
    org_id = sv.organisations.by_code(a.org).id if a.org else None
    start, end = opt.day(a.start, "--from"), opt.day(a.end, "--to")
    kind = a.kind
    if kind == "activities":
        items = sv.activities.list(ActivityFilter(org_id, start, end, a.search))
        if a.json:
            print_json(
                [
                    {
                        **_plain(i.activity, drop=("private_notes",)),
                        "organisation": i.organisation_code,
                        "fee": i.fee,
                        "fee_status": i.fee_status,
                        "value": i.value,
                        "hours": hours_text(i.activity.total_minutes),
                        "claim": i.claim_number,
                    }
                    for i in items
                ]
            )
        else:
            print_table(
                ["ID", "Date", "Org", "Title", "Time", "Fee", "Claim"],
                [
                    [
                        i.activity.id,
                        i.activity.date,
                        i.organisation_code,
                        ("Draft: " if i.activity.draft else "") + i.activity.title,
                        format_minutes(i.activity.total_minutes),
                        i.fee.display() if i.fee_status == "paid" else i.fee_status,
                        i.claim_number or "",
                    ]
                    for i in items
                ],
                right={5},
            )
    elif kind == "expenses":
        items = sv.expenses.list(ExpenseFilter(org_id, start, end, a.search))
        if a.json:
            print_json(
                [
                    {
                        **_plain(i.expense),
                        "organisation": i.organisation_code,
                        "claimable": i.amount,
                        "approved": i.approved,
                        "breakdown": i.breakdown,
                        "claim": i.claim_number,
                    }
                    for i in items
                ]
            )
        else:
            print_table(
                ["ID", "Date", "Org", "Category", "Description", "Amount", "Claim"],
                [
                    [
                        i.expense.id,
                        i.expense.date,
                        i.organisation_code,
                        i.expense.category.label,
                        i.expense.description or i.breakdown,
                        i.amount.display(),
                        i.claim_number or "",
                    ]
                    for i in items
                ],
                right={5},
            )
    elif kind == "claims":
        claims = sv.claims.list(ClaimFilter(org_id, start, end))
        if a.json:
            print_json([claim_json(i) for i in claims])
        else:
            print_table(
                ["Number", "Org", "Created", "Status", "Total", "Outstanding", "Late"],
                [
                    [
                        i.claim.number,
                        i.organisation_code,
                        i.claim.created_on,
                        i.claim.status.label,
                        i.claim.total.display(),
                        i.outstanding.display(),
                        f"{i.days_late} days" if i.overdue else "",
                    ]
                    for i in claims
                ],
                right={4, 5},
            )
    elif kind == "orgs":
        orgs = sv.organisations.list(a.search)
        if a.json:
            print_json(orgs)
        else:
            print_table(
                ["Code", "Name", "Contact", "Promised days"],
                [[o.code, o.name, o.contact_name, o.promised_days] for o in orgs],
                right={3},
            )
    elif kind == "agreements":
        agreements = sv.agreements.list(org_id)
        if a.json:
            print_json(agreements)
        else:
            codes = {o.id: o.code for o in sv.organisations.list()}
            print_table(
                ["ID", "Org", "Role", "From", "To", "Terms now"],
                [
                    [
                        g.id,
                        codes.get(g.organisation_id, ""),
                        g.role_title,
                        g.start,
                        g.end or "",
                        g.terms[-1].classification.label if g.terms else "",
                    ]
                    for g in agreements
                ],
            )
    elif kind == "payments":
        payments = sv.payments.list()
        if a.json:
            print_json(payments)
        else:
            print_table(
                ["ID", "Date", "Amount", "Method", "Reference"],
                [[p.id, p.date, p.amount.display(), p.method.value, p.reference] for p in payments],
                right={2},
            )
    elif kind == "training":
        rows = sv.training.list()
        print_json(rows) if a.json else print_table(
            ["ID", "Date", "Title", "Provider"], [[t.id, t.date, t.title, t.provider] for t in rows]
        )
    else:
        rows = sv.feedback.list()
        print_json(rows) if a.json else print_table(
            ["ID", "Date", "From", "Quote"], [[f.id, f.date, f.from_whom, f.quote] for f in rows]
        )


def _plain(record: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    from coprod_desktop.core.domain.jsonable import jsonable

    data = jsonable(record)
    for key in drop:
        data.pop(key, None)
    return data


def cmd_summary_tax_year(sv: Services, a: argparse.Namespace) -> None:
    year = parse_int(a.year, "YEAR", minimum=1950, maximum=2100)
    s = sv.summaries.tax_year(year)
    if a.json:
        data = {k: v for k, v in _plain(s).items()}
        print_json(data)
        return
    out(f"Tax year {s.tax_year} ({s.start} to {s.end})")
    out(
        f"Fee income (not through payroll): {s.fee_income.display()} of the "
        f"{s.trading_allowance.display()} trading allowance"
        + (f"; {s.allowance_left.display()} left" if s.allowance_left else "; allowance used up")
    )
    out(f"  of which vouchers: {s.voucher_income.display()}")
    out(f"Paid through payroll (tax already deducted): {s.payroll_income.display()}")
    out(
        f"Car miles: {s.car_miles}; mileage approved {s.mileage_approved.display()}, "
        f"paid {s.mileage_paid.display()}, excess {s.mileage_excess.display()}"
    )


# -- export / import ------------------------------------------------------------------------
def cmd_export_json(sv: Services, a: argparse.Namespace) -> None:
    from pathlib import Path

    from coprod_desktop.core.io.json_io import export_json
    from coprod_desktop.core.io.safe_write import write_atomic

    data = export_json(sv)
    if getattr(a, "encrypt", False):
        from coprod_desktop.cli.security_commands import seal_export

        data = seal_export(data, a)
    write_atomic(Path(a.file), data, private=True)
    out(a.file)


def cmd_import_json(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.cli.security_commands import open_if_sealed
    from coprod_desktop.core.io.json_io import import_json

    _name, data = opt.read_file(a.file, "FILE")
    result = import_json(sv, open_if_sealed(data, a))
    out(result)


def _missing(sv: Services, a: argparse.Namespace) -> None:  # pragma: no cover
    raise NotFound("That command is not known.", "command")


HANDLERS: dict[tuple[str, str | None], Any] = {
    ("init", None): cmd_init,
    ("demo", None): cmd_demo,
    ("org", "add"): cmd_org_add,
    ("org", "edit"): cmd_org_edit,
    ("org", "delete"): cmd_org_delete,
    ("org", "show"): cmd_org_show,
    ("agreement", "add"): cmd_agreement_add,
    ("agreement", "terms"): cmd_agreement_terms,
    ("agreement", "show"): cmd_agreement_show,
    ("agreement", "delete"): cmd_agreement_delete,
    ("activity", "add"): cmd_activity_add,
    ("activity", "edit"): cmd_activity_edit,
    ("activity", "show"): cmd_activity_show,
    ("activity", "delete"): cmd_activity_delete,
    ("expense", "add"): cmd_expense_add,
    ("expense", "show"): cmd_expense_show,
    ("expense", "delete"): cmd_expense_delete,
    ("claim", "create"): cmd_claim_create,
    ("claim", "show"): cmd_claim_show,
    ("claim", "submit"): _claim_move("submit"),
    ("claim", "dispute"): _claim_move("dispute"),
    ("claim", "void"): _claim_move("void"),
    ("claim", "reopen"): _claim_move("reopen"),
    ("claim", "delete"): cmd_claim_delete,
    ("claim", "pdf"): cmd_claim_pdf,
    ("claim", "csv"): cmd_claim_csv,
    ("payment", "add"): cmd_payment_add,
    ("payment", "delete"): cmd_payment_delete,
    ("list", None): cmd_list,
    ("summary", "tax-year"): cmd_summary_tax_year,
    ("export", "json"): cmd_export_json,
    ("import", "json"): cmd_import_json,
}
