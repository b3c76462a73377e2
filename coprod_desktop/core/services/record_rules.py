"""One validator per record: the rules about a record's own content, in one place.

Why a module of its own: the forms and the command reach these through the services
(`ActivityService.validate` and friends add the checks that need the database: links to an
organisation, an agreement). Every importer uses the very same functions, the JSON import
included, so nothing can be imported that could not be typed (issue 17, finding 3: an
import let in negative minutes, negative and absurd amounts and a 50 MB title).
Each function returns the record as it will be stored (text trimmed), or raises a UserError
naming the field.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import AttendedAs, ExpenseCategory
from coprod_desktop.core.domain.parsing import check_minutes
from coprod_desktop.core.domain.records import Activity, Agreement, Expense, Organisation, Terms
from coprod_desktop.core.services.validate import (
    check_amount,
    check_code,
    check_date,
    check_range,
    clean_text,
)

MAX_MILES = Decimal(5000)  # one journey; more is a typing slip
TIME_PARTS = ("prep_minutes", "contact_minutes", "travel_minutes", "followup_minutes")


def activity_content(activity: Activity) -> Activity:
    check_date(activity.date, "date")
    for part in TIME_PARTS:
        value = getattr(activity, part)
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserError(f"The {part.replace('_', ' ')} must be whole minutes.", part)
        check_minutes(value, part, part.replace("_", " "))
    days = activity.power.papers_days_ahead
    if days is not None and not 0 <= days <= 365:
        raise UserError("The days the papers came ahead must be 0 to 365.", "papers_days_ahead")
    if activity.attended_as not in tuple(AttendedAs):
        raise UserError(
            "Say how you took part: for yourself, as a carer, or on someone's behalf.",
            "attended_as",
        )
    return replace(
        activity,
        title=clean_text(activity.title, "title", required=True, limit=500),
        described_level=clean_text(activity.described_level, "described level", limit=300),
        impact=clean_text(activity.impact, "impact"),
        feedback=clean_text(activity.feedback, "feedback"),
        skills=clean_text(activity.skills, "skills"),
        themes=clean_text(activity.themes, "themes", limit=2000),
        private_notes=clean_text(activity.private_notes, "private notes"),
    )


def expense_content(expense: Expense) -> Expense:
    check_date(expense.date, "date")
    if expense.category is ExpenseCategory.MILEAGE:
        if expense.miles is None or expense.miles <= 0:
            raise UserError("The miles are missing: give the distance, for example 12.5.", "miles")
        if expense.miles > MAX_MILES:
            raise UserError("The miles are over 5,000 for one journey: check the figure.", "miles")
        if expense.miles != expense.miles.quantize(Decimal("0.01")):
            raise UserError("The miles can have at most two decimal places.", "miles")
        if not 0 <= expense.passengers <= 8:
            raise UserError("The passengers must be a whole number from 0 to 8.", "passengers")
        kept: dict[str, object] = {"amount": None}
    else:
        check_amount(expense.amount, "amount", required=True)
        kept = {"miles": None, "passengers": 0}
    # one `replace` (an import checks tens of thousands of these)
    return replace(expense, description=clean_text(expense.description, "description"), **kept)


def organisation_content(org: Organisation) -> Organisation:
    promised = org.promised_days
    if not isinstance(promised, int) or not 0 <= promised <= 365:
        raise UserError(
            "The promised days to pay must be a whole number from 0 to 365.", "promised_days"
        )
    return replace(
        org,
        name=clean_text(org.name, "name", required=True, limit=300),
        code=check_code(org.code),
        department=clean_text(org.department, "department", limit=300),
        contact_name=clean_text(org.contact_name, "contact_name", limit=300),
        email=clean_text(org.email, "email", limit=300),
        address=clean_text(org.address, "address", limit=2000),
        notes=clean_text(org.notes, "notes"),
    )


def agreement_content(agreement: Agreement) -> Agreement:
    check_date(agreement.start, "start")
    if agreement.end is not None:
        check_date(agreement.end, "end")
    check_range(agreement.start, agreement.end, "start", "end")
    return replace(
        agreement,
        role_title=clean_text(agreement.role_title, "role", required=True, limit=300),
        description=clean_text(agreement.description, "description"),
    )


def terms_content(terms: Terms) -> Terms:
    from coprod_desktop.core.rules.fees import validate_terms

    check_date(terms.effective_from, "effective_from")
    terms = replace(
        terms,
        source=clean_text(terms.source, "source", limit=2000),
        note=clean_text(terms.note, "note"),
    )
    validate_terms(terms)
    return terms
