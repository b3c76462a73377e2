"""Rows to plain records and back: the one place that knows both shapes."""

from __future__ import annotations

from typing import Any

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain import records as r
from coprod_desktop.core.domain.kinds import (
    ActivityKind,
    AttendedAs,
    Basis,
    ChaserMethod,
    ClaimStatus,
    Classification,
    ExpenseCategory,
    Level,
    LineKind,
    PaymentMethod,
    TimePart,
    Tri,
    Vehicle,
)
from coprod_desktop.core.domain.money import Money

_PARTS_ORDER = [TimePart.PREP, TimePart.CONTACT, TimePart.TRAVEL, TimePart.FOLLOWUP]


def parts_to_text(parts: frozenset[TimePart]) -> str:
    return ",".join(p.value for p in _PARTS_ORDER if p in parts)


def parts_from_text(text: str) -> frozenset[TimePart]:
    return frozenset(TimePart(p) for p in text.split(",") if p)


def _tri(value: str | None) -> Tri | None:
    return Tri(value) if value else None


def _tri_text(value: Tri | None) -> str | None:
    return value.value if value is not None else None


def organisation(row: m.OrganisationRow) -> r.Organisation:
    return r.Organisation(
        id=row.id,
        name=row.name,
        code=row.code,
        department=row.department,
        contact_name=row.contact_name,
        email=row.email,
        address=row.address,
        promised_days=row.promised_days,
        notes=row.notes,
    )


def organisation_fields(rec: r.Organisation) -> dict[str, Any]:
    return {
        "name": rec.name,
        "code": rec.code,
        "department": rec.department,
        "contact_name": rec.contact_name,
        "email": rec.email,
        "address": rec.address,
        "promised_days": rec.promised_days,
        "notes": rec.notes,
    }


def terms(row: m.TermsRow) -> r.Terms:
    return r.Terms(
        id=row.id,
        agreement_id=row.agreement_id,
        effective_from=row.effective_from,
        basis=Basis(row.basis),
        classification=Classification(row.classification),
        hourly_rate=row.hourly_rate,
        session_fee=row.session_fee,
        day_rate=row.day_rate,
        half_day_rate=row.half_day_rate,
        half_day_threshold_minutes=row.half_day_threshold_minutes,
        min_minutes=row.min_minutes,
        round_to_minutes=row.round_to_minutes,
        payable_parts=parts_from_text(row.payable_parts),
        mileage_rate=row.mileage_rate,
        expense_cap=row.expense_cap,
        receipts_required=row.receipts_required,
        promised_days=row.promised_days,
        payment_method=PaymentMethod(row.payment_method),
        source=row.source,
        note=row.note,
    )


def terms_fields(rec: r.Terms) -> dict[str, Any]:
    return {
        "effective_from": rec.effective_from,
        "basis": rec.basis.value,
        "classification": rec.classification.value,
        "hourly_rate": rec.hourly_rate,
        "session_fee": rec.session_fee,
        "day_rate": rec.day_rate,
        "half_day_rate": rec.half_day_rate,
        "half_day_threshold_minutes": rec.half_day_threshold_minutes,
        "min_minutes": rec.min_minutes,
        "round_to_minutes": rec.round_to_minutes,
        "payable_parts": parts_to_text(rec.payable_parts),
        "mileage_rate": rec.mileage_rate,
        "expense_cap": rec.expense_cap,
        "receipts_required": rec.receipts_required,
        "promised_days": rec.promised_days,
        "payment_method": rec.payment_method.value,
        "source": rec.source,
        "note": rec.note,
    }


def agreement(row: m.AgreementRow) -> r.Agreement:
    return r.Agreement(
        id=row.id,
        organisation_id=row.organisation_id,
        role_title=row.role_title,
        start=row.start,
        end=row.end,
        description=row.description,
        document_attachment_id=row.document_attachment_id,
        terms=tuple(terms(t) for t in sorted(row.terms, key=lambda t: t.effective_from)),
    )


def agreement_fields(rec: r.Agreement) -> dict[str, Any]:
    return {
        "organisation_id": rec.organisation_id,
        "role_title": rec.role_title,
        "start": rec.start,
        "end": rec.end,
        "description": rec.description,
        "document_attachment_id": rec.document_attachment_id,
    }


def activity(row: m.ActivityRow) -> r.Activity:
    return r.Activity(
        id=row.id,
        organisation_id=row.organisation_id,
        agreement_id=row.agreement_id,
        date=row.date,
        title=row.title,
        kind=ActivityKind(row.kind),
        prep_minutes=row.prep_minutes,
        contact_minutes=row.contact_minutes,
        travel_minutes=row.travel_minutes,
        followup_minutes=row.followup_minutes,
        remote=row.remote,
        attended_as=AttendedAs(row.attended_as or AttendedAs.SELF.value),
        described_level=row.described_level,
        judged_level=Level(row.judged_level) if row.judged_level else None,
        power=r.PowerSharing(
            agenda_set_jointly=_tri(row.ps_agenda_set_jointly),
            papers_in_time=_tri(row.ps_papers_in_time),
            papers_days_ahead=row.ps_papers_days_ahead,
            present_at_decision=_tri(row.ps_present_at_decision),
            equal_say=_tri(row.ps_equal_say),
            told_what_changed=_tri(row.ps_told_what_changed),
        ),
        impact=row.impact,
        feedback=row.feedback,
        skills=row.skills,
        themes=row.themes,
        private_notes=row.private_notes,
        in_portfolio=row.in_portfolio,
        highlight=row.highlight,
        fee_declined=row.fee_declined,
        draft=row.draft,
    )


def activity_fields(rec: r.Activity) -> dict[str, Any]:
    p = rec.power
    return {
        "organisation_id": rec.organisation_id,
        "agreement_id": rec.agreement_id,
        "date": rec.date,
        "title": rec.title,
        "kind": rec.kind.value,
        "prep_minutes": rec.prep_minutes,
        "contact_minutes": rec.contact_minutes,
        "travel_minutes": rec.travel_minutes,
        "followup_minutes": rec.followup_minutes,
        "remote": rec.remote,
        "attended_as": AttendedAs(rec.attended_as).value,
        "described_level": rec.described_level,
        "judged_level": rec.judged_level.value if rec.judged_level else None,
        "ps_agenda_set_jointly": _tri_text(p.agenda_set_jointly),
        "ps_papers_in_time": _tri_text(p.papers_in_time),
        "ps_papers_days_ahead": p.papers_days_ahead,
        "ps_present_at_decision": _tri_text(p.present_at_decision),
        "ps_equal_say": _tri_text(p.equal_say),
        "ps_told_what_changed": _tri_text(p.told_what_changed),
        "impact": rec.impact,
        "feedback": rec.feedback,
        "skills": rec.skills,
        "themes": rec.themes,
        "private_notes": rec.private_notes,
        "in_portfolio": rec.in_portfolio,
        "highlight": rec.highlight,
        "fee_declined": rec.fee_declined,
        "draft": rec.draft,
    }


def expense(row: m.ExpenseRow) -> r.Expense:
    return r.Expense(
        id=row.id,
        organisation_id=row.organisation_id,
        activity_id=row.activity_id,
        date=row.date,
        category=ExpenseCategory(row.category),
        amount=row.amount,
        miles=row.miles,
        vehicle=Vehicle(row.vehicle),
        passengers=row.passengers,
        description=row.description,
        reimbursable=row.reimbursable,
        receipt_ids=tuple(rc.attachment_id for rc in row.receipts),
    )


def expense_fields(rec: r.Expense) -> dict[str, Any]:
    return {
        "organisation_id": rec.organisation_id,
        "activity_id": rec.activity_id,
        "date": rec.date,
        "category": rec.category.value,
        "amount": rec.amount,
        "miles": rec.miles,
        "vehicle": rec.vehicle.value,
        "passengers": rec.passengers,
        "description": rec.description,
        "reimbursable": rec.reimbursable,
    }


def attachment(row: m.AttachmentRow) -> r.Attachment:
    return r.Attachment(
        id=row.id,
        sha256=row.sha256,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        added_at=row.added_at,
    )


def claim_line(row: m.ClaimLineRow) -> r.ClaimLine:
    return r.ClaimLine(
        id=row.id,
        kind=LineKind(row.kind),
        date=row.date,
        description=row.description,
        amount=row.amount,
        activity_id=row.activity_id,
        expense_id=row.expense_id,
        minutes=row.minutes,
        basis=row.basis,
        rate=row.rate,
        category=row.category,
        receipt_refs=tuple(x for x in row.receipt_refs.split(",") if x),
    )


def claim(row: m.ClaimRow) -> r.Claim:
    return r.Claim(
        id=row.id,
        organisation_id=row.organisation_id,
        number=row.number,
        created_on=row.created_on,
        status=ClaimStatus(row.status),
        period_start=row.period_start,
        period_end=row.period_end,
        submitted_on=row.submitted_on,
        lines=tuple(claim_line(ln) for ln in row.lines),
        history=tuple(
            r.StatusChange(status=ClaimStatus(h.status), on=h.on, note=h.note) for h in row.history
        ),
        pdf_attachment_id=row.pdf_attachment_id,
        chasers=tuple(
            r.Chaser(
                id=c.id,
                sent_on=c.sent_on,
                method=ChaserMethod(c.method),
                note=c.note,
                pdf_attachment_id=c.pdf_attachment_id,
            )
            for c in row.chasers
        ),
    )


def payment(row: m.PaymentRow) -> r.Payment:
    return r.Payment(
        id=row.id,
        date=row.date,
        amount=row.amount,
        method=PaymentMethod(row.method),
        reference=row.reference,
        organisation_id=row.organisation_id,
        allocations=tuple(
            r.Allocation(
                claim_id=a.claim_id, fee_amount=a.fee_amount, expense_amount=a.expense_amount
            )
            for a in sorted(row.allocations, key=lambda a: a.id)
        ),
    )


def profile(row: m.ProfileRow) -> r.Profile:
    return r.Profile(
        name=row.name,
        preferred_name=row.preferred_name,
        pronouns=row.pronouns,
        address=row.address,
        email=row.email,
        phone=row.phone,
        bank_account_name=row.bank_account_name,
        bank_sort_code=row.bank_sort_code,
        bank_account_number=row.bank_account_number,
        signature_attachment_id=row.signature_attachment_id,
        statement=row.statement,
        access_needs=row.access_needs,
        reference_rate=row.reference_rate,
        locale=row.locale,
        benefits_kind=row.benefits_kind,
        uc_period_start_day=row.uc_period_start_day,
        uc_housing_costs=row.uc_housing_costs,
        benefits_count_by_received=row.benefits_count_by_received,
    )


def profile_fields(rec: r.Profile) -> dict[str, Any]:
    return {
        "name": rec.name,
        "preferred_name": rec.preferred_name,
        "pronouns": rec.pronouns,
        "address": rec.address,
        "email": rec.email,
        "phone": rec.phone,
        "bank_account_name": rec.bank_account_name,
        "bank_sort_code": rec.bank_sort_code,
        "bank_account_number": rec.bank_account_number,
        "signature_attachment_id": rec.signature_attachment_id,
        "statement": rec.statement,
        "access_needs": rec.access_needs,
        "reference_rate": rec.reference_rate,
        "locale": rec.locale,
        "benefits_kind": rec.benefits_kind,
        "uc_period_start_day": rec.uc_period_start_day,
        "uc_housing_costs": rec.uc_housing_costs,
        "benefits_count_by_received": rec.benefits_count_by_received,
    }


def training(row: m.TrainingRow) -> r.Training:
    return r.Training(
        id=row.id,
        date=row.date,
        title=row.title,
        provider=row.provider,
        hours=row.hours,
        certificate_attachment_id=row.certificate_attachment_id,
        notes=row.notes,
    )


def training_fields(rec: r.Training) -> dict[str, Any]:
    return {
        "date": rec.date,
        "title": rec.title,
        "provider": rec.provider,
        "hours": rec.hours,
        "certificate_attachment_id": rec.certificate_attachment_id,
        "notes": rec.notes,
    }


def feedback(row: m.FeedbackRow) -> r.Feedback:
    return r.Feedback(
        id=row.id,
        date=row.date,
        quote=row.quote,
        from_whom=row.from_whom,
        organisation_id=row.organisation_id,
        activity_id=row.activity_id,
        in_portfolio=row.in_portfolio,
    )


def feedback_fields(rec: r.Feedback) -> dict[str, Any]:
    return {
        "date": rec.date,
        "quote": rec.quote,
        "from_whom": rec.from_whom,
        "organisation_id": rec.organisation_id,
        "activity_id": rec.activity_id,
        "in_portfolio": rec.in_portfolio,
    }


def zero_if_none(value: Money | None) -> Money:
    return value if value is not None else Money.zero()
