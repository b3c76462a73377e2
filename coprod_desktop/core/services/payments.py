"""Money received, and which claims it settles (fees first unless the member splits it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, NotFound, UserError
from coprod_desktop.core.domain.kinds import ClaimStatus, PaymentMethod
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Payment
from coprod_desktop.core.rules.payments import split_payment
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.validate import check_amount, check_date, clean_text


class PaymentService:
    def __init__(self, ctx: Context, claims: ClaimService) -> None:
        self.ctx = ctx
        self.claims = claims

    def add(
        self,
        on: date,
        amount: Money,
        *,
        claim_number: str | None = None,
        method: PaymentMethod = PaymentMethod.BANK,
        reference: str = "",
        organisation_id: int | None = None,
        fee_part: Money | None = None,
        payment_id: int | None = None,
    ) -> Payment:
        """Record money received. With a claim, it settles the claim's fee lines first and then
        its expense lines; `fee_part` lets the member say how the organisation split it."""
        check_date(on, "date")
        check_amount(amount, "amount", required=True)
        if amount.pence == 0:
            raise UserError("The amount is zero: give the amount received.", "amount")
        reference = clean_text(reference, "reference", limit=300)
        with self.ctx.db.write() as s:
            row = m.PaymentRow(
                date=on,
                amount=amount,
                method=method.value,
                reference=reference,
                organisation_id=organisation_id,
            )
            if payment_id is not None:
                row.id = payment_id
            if claim_number:
                claim_row = ClaimService._row(s, claim_number)
                row.organisation_id = claim_row.organisation_id
                self._allocate(s, row, claim_row, amount, fee_part, on)
            elif organisation_id is not None and s.get(m.OrganisationRow, organisation_id) is None:
                raise NotFound("The payment's organisation does not exist.", "organisation")
            s.add(row)
            s.flush()
            return convert.payment(row)

    def _allocate(
        self,
        s: Session,
        row: m.PaymentRow,
        claim_row: m.ClaimRow,
        amount: Money,
        fee_part: Money | None,
        on: date,
    ) -> None:
        status = ClaimStatus(claim_row.status)
        if status in (ClaimStatus.DRAFT, ClaimStatus.VOID, ClaimStatus.PAID):
            hint = {
                ClaimStatus.DRAFT: "submit it first",
                ClaimStatus.VOID: "it was voided",
                ClaimStatus.PAID: "it is already paid in full",
            }[status]
            raise Conflict(
                f"A payment cannot be recorded against claim {claim_row.number}: {hint}.", "claim"
            )
        if claim_row.submitted_on and on < claim_row.submitted_on:
            raise UserError(
                f"The payment date {on.isoformat()} is before the claim was submitted "
                f"({claim_row.submitted_on.isoformat()}).",
                "date",
            )
        claim = convert.claim(claim_row)
        paid = self.claims.paid(s, claim_row.id)
        fee_due = claim.fee_total - paid.fee
        exp_due = claim.expense_total - paid.expense
        if fee_part is None:
            fee, expense, extra = split_payment(amount, fee_due, exp_due)
        else:
            check_amount(fee_part, "fee part")
            if fee_part > amount:
                raise UserError("The fee part is more than the payment.", "fee_part")
            fee, expense = fee_part, amount - fee_part
            extra = Money.zero()
            if fee > fee_due or expense > exp_due:
                extra = amount  # reported below as over the outstanding amount
        if extra.pence > 0:
            raise UserError(
                f"The payment of {amount.display()} is more than the "
                f"{(fee_due + exp_due).display()} "
                f"still owed on claim {claim_row.number}: check the amount, or record the extra "
                "as a separate payment without a claim.",
                "amount",
            )
        row.allocations.append(
            m.AllocationRow(claim_id=claim_row.id, fee_amount=fee, expense_amount=expense)
        )
        settled = (paid.total + fee + expense) == claim.total
        new_status = ClaimStatus.PAID if settled else ClaimStatus.PART_PAID
        if new_status.value != claim_row.status:
            claim_row.status = new_status.value
            claim_row.history.append(
                m.ClaimStatusRow(
                    position=len(claim_row.history), status=new_status.value, on=on, note=""
                )
            )

    def list(self, claim_number: str | None = None) -> list[Payment]:
        with self.ctx.db.read() as s:
            query = select(m.PaymentRow).order_by(m.PaymentRow.date.desc(), m.PaymentRow.id.desc())
            if claim_number:
                claim_row = ClaimService._row(s, claim_number)
                query = query.join(
                    m.AllocationRow, m.AllocationRow.payment_id == m.PaymentRow.id
                ).where(m.AllocationRow.claim_id == claim_row.id)
            return [convert.payment(row) for row in s.scalars(query).unique()]

    def delete(self, payment_id: int) -> Payment:
        """Remove a payment recorded by mistake; the claims it settled go back a status."""
        with self.ctx.db.write() as s:
            row = s.get(m.PaymentRow, payment_id)
            if row is None:
                raise NotFound(f"There is no payment number {payment_id}.", "payment")
            snapshot = convert.payment(row)
            claim_ids = [a.claim_id for a in row.allocations]
            s.delete(row)
            s.flush()
            for claim_id in claim_ids:
                claim_row = s.get(m.ClaimRow, claim_id)
                if claim_row is None:
                    continue
                paid = self.claims.paid(s, claim_id)
                new_status = (
                    ClaimStatus.PART_PAID if paid.total.pence > 0 else ClaimStatus.SUBMITTED
                )
                if claim_row.status != new_status.value:
                    claim_row.status = new_status.value
                    claim_row.history.append(
                        m.ClaimStatusRow(
                            position=len(claim_row.history),
                            status=new_status.value,
                            on=snapshot.date,
                            note="payment removed",
                        )
                    )
            return snapshot

    def restore(self, payment: Payment) -> Payment:
        """Undo of delete: put the payment back with the same split."""
        number = None
        fee_part = None
        if payment.allocations:
            alloc = payment.allocations[0]
            with self.ctx.db.read() as s:
                claim_row = s.get(m.ClaimRow, alloc.claim_id)
                number = claim_row.number if claim_row else None
            fee_part = alloc.fee_amount
        return self.add(
            payment.date,
            payment.amount,
            claim_number=number,
            method=payment.method,
            reference=payment.reference,
            organisation_id=payment.organisation_id,
            fee_part=fee_part,
            payment_id=payment.id,
        )
