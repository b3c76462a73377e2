"""Chasing an unpaid claim: the letter, the email draft, and the chaser kept in the claim's
history.

A chaser is recorded only once its PDF exists (render first, then one write that adds the
chaser and keeps its PDF), so the history never says a letter was sent that could not be made.
The evidence pack counts chasers; they never change a claim's status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, UserError
from coprod_desktop.core.domain.kinds import ChaserMethod, ClaimStatus, parse_enum
from coprod_desktop.core.domain.records import Chaser, Organisation, Profile
from coprod_desktop.core.domain.views import ClaimItem
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.claim_documents import ClaimDocumentService
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.validate import check_date, clean_text

if TYPE_CHECKING:
    from coprod_desktop.core.reports.chaser import ChaserDocument

METHOD_LABELS = {
    ChaserMethod.POST: "by post",
    ChaserMethod.EMAIL: "by email",
    ChaserMethod.HAND: "by hand",
    ChaserMethod.OTHER: "",
}
_CHASEABLE = (ClaimStatus.SUBMITTED, ClaimStatus.PART_PAID, ClaimStatus.DISPUTED)


@dataclass(frozen=True, slots=True)
class ChaserMade:
    """A chaser recorded in the claim's history, and the letter's PDF bytes."""

    claim_number: str
    chaser: Chaser
    pdf: bytes


class ChaserService:
    def __init__(self, ctx: Context, claims: ClaimService, documents: ClaimDocumentService) -> None:
        self.ctx = ctx
        self.claims = claims
        self.documents = documents

    def _chaseable(self, number: str, on: date) -> ClaimItem:
        item = self.claims.item(number)
        claim = item.claim
        if claim.status not in _CHASEABLE or claim.submitted_on is None:
            reason = (
                "has not been submitted yet: submit it first"
                if claim.status is ClaimStatus.DRAFT
                else f"is {claim.status.label.lower()}, so there is nothing to chase"
            )
            raise Conflict(f"Claim {claim.number} {reason}.", "claim")
        if item.outstanding.pence <= 0:
            raise Conflict(
                f"Claim {claim.number} is paid in full: there is nothing to chase.", "claim"
            )
        if on < claim.submitted_on:
            raise UserError(
                f"The date {on.isoformat()} is before the claim was submitted "
                f"({claim.submitted_on.isoformat()}): give a later date.",
                "date",
            )
        if on > self.ctx.clock.today():
            raise UserError(
                f"The date {on.isoformat()} is in the future: give today's date or an earlier one.",
                "date",
            )
        return item

    def letter(
        self, number: str, on: date | None = None, *, large_print: bool = False
    ) -> ChaserDocument:
        """The letter's content (a `ChaserDocument`) as it would be sent on `on` (today)."""
        from coprod_desktop.core.reports.chaser import ChaserDocument, EarlierChaser
        from coprod_desktop.core.rules.lateness import days_late

        on = check_date(on or self.ctx.clock.today())
        item = self._chaseable(number, on)
        claim = item.claim
        with self.ctx.db.read() as s:
            org = s.get(m.OrganisationRow, claim.organisation_id)
            profile_row = s.get(m.ProfileRow, 1)
        profile = convert.profile(profile_row) if profile_row else None
        due = item.due_date or claim.submitted_on
        assert due is not None and claim.submitted_on is not None  # checked by _chaseable
        return ChaserDocument(
            claimant_name=profile.name if profile else "",
            claimant_address=profile.address if profile else "",
            claimant_email=profile.email if profile else "",
            claimant_phone=profile.phone if profile else "",
            organisation=org.name if org else "",
            department=org.department if org else "",
            contact_name=org.contact_name if org else "",
            organisation_address=org.address if org else "",
            claim_number=claim.number,
            submitted_on=claim.submitted_on,
            total=claim.total,
            paid=item.paid,
            outstanding=item.outstanding,
            promised_days=item.promised_days,
            due_date=due,
            days_late=days_late(due, on),
            letter_date=on,
            earlier=tuple(
                EarlierChaser(c.sent_on, METHOD_LABELS[c.method])
                for c in claim.chasers
                if c.sent_on <= on
            ),
            large_print=large_print,
        )

    def pdf(self, number: str, on: date | None = None, *, large_print: bool = False) -> bytes:
        """The letter with the claim as submitted appended; nothing is recorded."""
        from coprod_desktop.core.reports.chaser import render_chaser_pdf

        doc = self.letter(number, on, large_print=large_print)
        # The claim as submitted: the PDF kept then; in large print, the same claim re-drawn
        # in large print, so every page of a large-print letter is large.
        claim_pdf = self.documents.pdf(doc.claim_number, large_print=large_print)
        return render_chaser_pdf(doc, claim_pdf)

    def chase(
        self,
        number: str,
        on: date | None = None,
        method: ChaserMethod | str = ChaserMethod.POST,
        note: str = "",
        *,
        large_print: bool = False,
        pdf: bytes | None = None,
    ) -> ChaserMade:
        """Make the letter and record the chaser (with its PDF) in the claim's history.

        `pdf`, when given, is the letter already made by `pdf()` for the same day (the command
        writes the file first, so a file that cannot be written records no chaser)."""
        if not isinstance(method, ChaserMethod):
            method = ChaserMethod(parse_enum(ChaserMethod, str(method), "--how (sent by)"))
        note = clean_text(note, "note", limit=2000)
        on = check_date(on or self.ctx.clock.today())
        self._chaseable(number, on)
        data = pdf if pdf is not None else self.pdf(number, on, large_print=large_print)
        stored = self.ctx.store.put(data, f"{str(number).upper()}-chaser-{on.isoformat()}.pdf")
        with self.ctx.db.write() as s:
            row = ClaimService._row(s, number)
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
            chaser = m.ClaimChaserRow(
                sent_on=on, method=method.value, note=note, pdf_attachment_id=att.id
            )
            row.chasers.append(chaser)
            s.flush()
            made = Chaser(
                id=chaser.id,
                sent_on=on,
                method=method,
                note=note,
                pdf_attachment_id=att.id,
            )
            return ChaserMade(row.number, made, data)

    def forget(self, number: str, chaser_id: int) -> None:
        """Remove a chaser recorded by mistake (its PDF stays in the store, unlinked)."""
        with self.ctx.db.write() as s:
            row = ClaimService._row(s, number)
            found = [c for c in row.chasers if c.id == chaser_id]
            if not found:
                raise UserError(
                    f"Claim {row.number} has no chaser {chaser_id}: see 'coprod claim show "
                    f"{row.number}'.",
                    "chaser",
                )
            row.chasers.remove(found[0])

    # -- email drafts -----------------------------------------------------------------------
    def claim_email(self, number: str) -> bytes:
        """An .eml draft that sends the claim PDF to the organisation's claims email."""
        from coprod_desktop.core.io.email_draft import EmailDraft, build_eml

        item = self.claims.item(number)
        claim = item.claim
        sender, org = self._parties(claim.organisation_id)
        period = ""
        if claim.period_start and claim.period_end:
            from coprod_desktop.core.reports.claim_data import format_date

            period = f" for {format_date(claim.period_start)} to {format_date(claim.period_end)}"
        greeting = f"Dear {org.contact_name}," if org and org.contact_name else "Hello,"
        body = (
            f"{greeting}\n\nPlease find attached my claim {claim.number}{period}, for "
            f"{claim.total.display()}.\n\nThank you.\n\n{sender.name if sender else ''}\n"
        )
        return build_eml(
            EmailDraft(
                to_name=org.contact_name if org else "",
                to_address=org.email if org else "",
                from_name=sender.name if sender else "",
                from_address=sender.email if sender else "",
                subject=f"Claim {claim.number}",
                body=body,
                attachment_name=f"{claim.number}.pdf",
                attachment=self.documents.pdf(claim.number),
                written_at=self.ctx.clock.now(),
            )
        )

    def chaser_email(self, made: ChaserMade) -> bytes:
        """An .eml draft carrying a chaser just made: the letter as the body, PDF attached."""
        from coprod_desktop.core.io.email_draft import EmailDraft, build_eml
        from coprod_desktop.core.reports.chaser import letter_paragraphs

        doc = self.letter(made.claim_number, made.chaser.sent_on)
        greeting = f"Dear {doc.contact_name}," if doc.contact_name.strip() else "Hello,"
        body = "\n\n".join([greeting, *letter_paragraphs(doc), doc.claimant_name]) + "\n"
        item = self.claims.item(made.claim_number)
        sender, org = self._parties(item.claim.organisation_id)
        return build_eml(
            EmailDraft(
                to_name=org.contact_name if org else "",
                to_address=org.email if org else "",
                from_name=sender.name if sender else "",
                from_address=sender.email if sender else "",
                subject=f"Payment of claim {made.claim_number}",
                body=body,
                attachment_name=f"{made.claim_number}-reminder.pdf",
                attachment=made.pdf,
                written_at=self.ctx.clock.now(),
            )
        )

    def _parties(self, org_id: int) -> tuple[Profile | None, Organisation | None]:
        with self.ctx.db.read() as s:
            profile_row = s.get(m.ProfileRow, 1)
            org_row = s.get(m.OrganisationRow, org_id)
            return (
                convert.profile(profile_row) if profile_row else None,
                convert.organisation(org_row) if org_row else None,
            )
