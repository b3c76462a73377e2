"""The claim as a document: assembling what the PDF and CSV show, and keeping the PDF that
was submitted exactly as it was sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.kinds import ClaimStatus, LineKind
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.domain.records import Claim
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.context import Context

if TYPE_CHECKING:
    from coprod_desktop.core.reports.claim_data import ClaimDocument


class ClaimDocumentService:
    def __init__(self, ctx: Context, claims: ClaimService) -> None:
        self.ctx = ctx
        self.claims = claims

    def document(
        self,
        number: str,
        *,
        show_bank_details: bool = False,
        mask_bank: bool = True,
        large_print: bool = False,
        as_status: ClaimStatus | None = None,
        as_of: date | None = None,
    ) -> ClaimDocument:
        """Everything the claim PDF shows, from the claim's own snapshot of its lines."""
        from coprod_desktop.core.reports.claim_data import (
            Addressee,
            BankDetails,
            Claimant,
            ClaimDocument,
            ExpenseLine,
            FeeLine,
            Receipt,
        )

        with self.ctx.db.read() as s:
            row = ClaimService._row(s, number)
            claim = convert.claim(row)
            org = s.get(m.OrganisationRow, claim.organisation_id)
            profile_row = s.get(m.ProfileRow, 1)
            profile = convert.profile(profile_row) if profile_row else None
            receipts = self._receipts(s, claim)
            signature = None
            if profile and profile.signature_attachment_id:
                att = s.get(m.AttachmentRow, profile.signature_attachment_id)
                signature = self.ctx.store.read(att.sha256) if att else None
        fee_lines = tuple(
            FeeLine(
                date=ln.date,
                activity=ln.description,
                time_text=format_minutes(ln.minutes or 0),
                basis_text=ln.basis,
                rate_text=ln.rate,
                amount=ln.amount,
            )
            for ln in claim.lines
            if ln.kind is LineKind.FEE
        )
        expense_lines = tuple(
            ExpenseLine(
                date=ln.date,
                category=ln.category,
                description=ln.description,
                receipt_refs=ln.receipt_refs,
                amount=ln.amount,
            )
            for ln in claim.lines
            if ln.kind is LineKind.EXPENSE
        )
        bank = None
        if profile and profile.bank_account_number:
            bank = BankDetails(
                account_name=profile.bank_account_name or profile.name,
                sort_code=profile.bank_sort_code,
                account_number=profile.bank_account_number,
            )
        status = as_status or claim.status
        return ClaimDocument(
            claimant=Claimant(
                name=profile.name if profile else "",
                address=profile.address if profile else "",
                email=profile.email if profile else "",
                phone=profile.phone if profile else "",
            ),
            addressee=Addressee(
                organisation=org.name if org else "",
                department=org.department if org else "",
                contact_name=org.contact_name if org else "",
                address=org.address if org else "",
                email=org.email if org else "",
            ),
            claim_number=claim.number,
            claim_date=as_of or claim.submitted_on or claim.created_on,
            status=status.label,
            fee_lines=fee_lines,
            expense_lines=expense_lines,
            fee_total=claim.fee_total,
            expense_total=claim.expense_total,
            total=claim.total,
            period_start=claim.period_start,
            period_end=claim.period_end,
            signature_image=signature,
            bank=bank,
            show_bank_details=show_bank_details and bank is not None,
            mask_bank=mask_bank,
            receipts=tuple(
                Receipt(reference=ref, filename=name, media_type=media, data=data)
                for ref, name, media, data in receipts
            ),
            large_print=large_print,
        )

    def _receipts(self, s: Session, claim: Claim) -> list[tuple[str, str, str, bytes]]:
        """Receipt files in the order of the claim's references (R1, R2...)."""
        found = []
        for line in claim.lines:
            if line.kind is not LineKind.EXPENSE or line.expense_id is None:
                continue
            links = s.scalars(
                select(m.ExpenseReceiptRow)
                .where(m.ExpenseReceiptRow.expense_id == line.expense_id)
                .order_by(m.ExpenseReceiptRow.position)
            ).all()
            for ref, link in zip(line.receipt_refs, links, strict=False):
                att = s.get(m.AttachmentRow, link.attachment_id)
                if att is None:
                    continue
                found.append(
                    (ref, att.original_name, att.media_type, self.ctx.store.read(att.sha256))
                )
        return found

    def pdf(
        self,
        number: str,
        *,
        show_bank_details: bool = False,
        mask_bank: bool = True,
        large_print: bool = False,
    ) -> bytes:
        """The claim PDF. A submitted claim gives back the PDF kept when it was submitted,
        unless different options are asked for."""
        from coprod_desktop.core.reports.claim import render_claim_pdf

        default_options = not show_bank_details and mask_bank and not large_print
        with self.ctx.db.read() as s:
            row = ClaimService._row(s, number)
            kept = s.get(m.AttachmentRow, row.pdf_attachment_id) if row.pdf_attachment_id else None
        if kept is not None and default_options:
            return self.ctx.store.read(kept.sha256)
        return render_claim_pdf(
            self.document(
                number,
                show_bank_details=show_bank_details,
                mask_bank=mask_bank,
                large_print=large_print,
            )
        )

    def csv(self, number: str) -> bytes:
        from coprod_desktop.core.reports.claim_csv import render_claim_csv

        return render_claim_csv(self.document(number))

    def prepare_submitted_pdf(
        self, number: str, on: date
    ) -> Callable[[Session, m.ClaimRow], None] | None:
        """Render the PDF as it will be sent (before anything changes, so a claim whose text
        cannot be printed is not marked submitted) and return the step that keeps it."""
        with self.ctx.db.read() as s:
            status = ClaimService._row(s, number).status
        if status != ClaimStatus.DRAFT.value:
            return None  # a re-submission after a dispute keeps the PDF first sent
        from coprod_desktop.core.reports.claim import render_claim_pdf

        doc = self.document(number, as_status=ClaimStatus.SUBMITTED, as_of=on)
        data = render_claim_pdf(doc)
        stored = self.ctx.store.put(data, f"{doc.claim_number}.pdf")

        def keep(s: Session, row: m.ClaimRow) -> None:
            att = s.scalar(select(m.AttachmentRow).where(m.AttachmentRow.sha256 == stored.sha256))
            if att is None:
                att = m.AttachmentRow(
                    sha256=stored.sha256,
                    original_name=stored.original_name,
                    media_type=stored.media_type,
                    size=stored.size,
                    added_at=self.ctx.clock.now(),
                )
                s.add(att)
                s.flush()
            row.pdf_attachment_id = att.id

        return keep
