"""The records as typed SQLAlchemy 2 models. Only services touch these; callers get dataclasses.

Every schema change needs an Alembic migration in `migrations/versions` and a stored database of
the previous version in `tests/fixtures/schemas/`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from coprod_desktop.core.db.types import DecimalText, PenceType
from coprod_desktop.core.domain.money import Money

# Named constraints so that Alembic batch migrations can find and alter them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProfileRow(Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    preferred_name: Mapped[str] = mapped_column(Text, default="")
    pronouns: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    bank_account_name: Mapped[str] = mapped_column(Text, default="")
    bank_sort_code: Mapped[str] = mapped_column(String(6), default="")
    bank_account_number: Mapped[str] = mapped_column(String(8), default="")
    signature_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    statement: Mapped[str] = mapped_column(Text, default="")
    access_needs: Mapped[str] = mapped_column(Text, default="")
    reference_rate: Mapped[Money] = mapped_column(PenceType, default=Money(0))
    locale: Mapped[str] = mapped_column(String(16), default="uk")
    benefits_kind: Mapped[str] = mapped_column(String(8), default="none")
    uc_period_start_day: Mapped[int] = mapped_column(Integer, default=1)
    uc_housing_costs: Mapped[bool] = mapped_column(Boolean, default=False)
    benefits_count_by_received: Mapped[bool] = mapped_column(Boolean, default=True)


class SettingRow(Base):
    """Small named settings stored as JSON text (e.g. the member's locale figure overrides)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrganisationRow(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    department: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    promised_days: Mapped[int] = mapped_column(Integer, default=30)
    notes: Mapped[str] = mapped_column(Text, default="")


class AttachmentRow(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class AgreementRow(Base):
    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role_title: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    document_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    terms: Mapped[list[TermsRow]] = relationship(
        back_populates="agreement",
        order_by="TermsRow.effective_from",
        cascade="all, delete-orphan",
    )


class TermsRow(Base):
    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("agreement_id", "effective_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    effective_from: Mapped[date] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(16))
    classification: Mapped[str] = mapped_column(String(16))
    hourly_rate: Mapped[Money | None] = mapped_column(PenceType)
    session_fee: Mapped[Money | None] = mapped_column(PenceType)
    day_rate: Mapped[Money | None] = mapped_column(PenceType)
    half_day_rate: Mapped[Money | None] = mapped_column(PenceType)
    half_day_threshold_minutes: Mapped[int] = mapped_column(Integer, default=240)
    min_minutes: Mapped[int | None] = mapped_column(Integer)
    round_to_minutes: Mapped[int | None] = mapped_column(Integer)
    payable_parts: Mapped[str] = mapped_column(String(40), default="prep,contact,followup")
    mileage_rate: Mapped[Money | None] = mapped_column(PenceType)
    expense_cap: Mapped[Money | None] = mapped_column(PenceType)
    receipts_required: Mapped[bool] = mapped_column(Boolean, default=False)
    promised_days: Mapped[int | None] = mapped_column(Integer)
    payment_method: Mapped[str] = mapped_column(String(16), default="bank")
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Added in 0002: the kind of the source (letter, email, meeting, other, or "" unknown), which
    # may leave the PC in an anonymised bundle where the free-text `source` never does.
    source_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")

    agreement: Mapped[AgreementRow] = relationship(back_populates="terms")


class ActivityRow(Base):
    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_org_date", "organisation_id", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreements.id", ondelete="RESTRICT"), index=True
    )
    date: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24), default="meeting")
    prep_minutes: Mapped[int] = mapped_column(Integer, default=0)
    contact_minutes: Mapped[int] = mapped_column(Integer, default=0)
    travel_minutes: Mapped[int] = mapped_column(Integer, default=0)
    followup_minutes: Mapped[int] = mapped_column(Integer, default=0)
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    described_level: Mapped[str] = mapped_column(Text, default="")
    judged_level: Mapped[str | None] = mapped_column(String(16))
    ps_agenda_set_jointly: Mapped[str | None] = mapped_column(String(8))
    ps_papers_in_time: Mapped[str | None] = mapped_column(String(8))
    ps_papers_days_ahead: Mapped[int | None] = mapped_column(Integer)
    ps_present_at_decision: Mapped[str | None] = mapped_column(String(8))
    ps_equal_say: Mapped[str | None] = mapped_column(String(8))
    ps_told_what_changed: Mapped[str | None] = mapped_column(String(8))
    impact: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    in_portfolio: Mapped[bool] = mapped_column(Boolean, default=True)
    fee_declined: Mapped[bool] = mapped_column(Boolean, default=False)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added in 0002. `highlight`: the member picked it for the portfolio's highlights form.
    # `attended_as`: "self", "carer" or "on_behalf" (kinds.AttendedAs); the person supported is
    # never named by the app, only in a free-text field the member chooses to include.
    highlight: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    attended_as: Mapped[str] = mapped_column(String(16), default="self", server_default="self")


class ExpenseRow(Base):
    __tablename__ = "expenses"
    __table_args__ = (Index("ix_expenses_org_date", "organisation_id", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True
    )
    date: Mapped[date] = mapped_column(Date, index=True)
    category: Mapped[str] = mapped_column(String(24))
    amount: Mapped[Money | None] = mapped_column(PenceType)
    miles: Mapped[Decimal | None] = mapped_column(DecimalText)
    vehicle: Mapped[str] = mapped_column(String(16), default="car")
    passengers: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    reimbursable: Mapped[bool] = mapped_column(Boolean, default=True)

    receipts: Mapped[list[ExpenseReceiptRow]] = relationship(
        order_by="ExpenseReceiptRow.position", cascade="all, delete-orphan"
    )


class ExpenseReceiptRow(Base):
    __tablename__ = "expense_receipts"

    expense_id: Mapped[int] = mapped_column(
        ForeignKey("expenses.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[str] = mapped_column(String(40), unique=True)
    created_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    pdf_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )

    lines: Mapped[list[ClaimLineRow]] = relationship(
        order_by="ClaimLineRow.position", cascade="all, delete-orphan"
    )
    history: Mapped[list[ClaimStatusRow]] = relationship(
        order_by="ClaimStatusRow.position", cascade="all, delete-orphan"
    )
    chasers: Mapped[list[ClaimChaserRow]] = relationship(
        order_by="ClaimChaserRow.sent_on, ClaimChaserRow.id", cascade="all, delete-orphan"
    )


class ClaimLineRow(Base):
    """A line as it was claimed: a snapshot, so later edits to terms do not rewrite a claim.

    `live` is 1 while the claim is not void and NULL once it is; the partial unique indexes
    make the database itself refuse to claim one activity's fee or one expense twice.
    """

    __tablename__ = "claim_lines"
    __table_args__ = (
        Index(
            "uq_claim_lines_live_activity",
            "activity_id",
            unique=True,
            sqlite_where=text("live = 1"),
        ),
        Index(
            "uq_claim_lines_live_expense",
            "expense_id",
            unique=True,
            sqlite_where=text("live = 1"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Money] = mapped_column(PenceType)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL")
    )
    expense_id: Mapped[int | None] = mapped_column(ForeignKey("expenses.id", ondelete="SET NULL"))
    minutes: Mapped[int | None] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(Text, default="")
    rate: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="")
    receipt_refs: Mapped[str] = mapped_column(Text, default="")
    live: Mapped[int | None] = mapped_column(Integer, default=1)


class ClaimStatusRow(Base):
    __tablename__ = "claim_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ClaimChaserRow(Base):
    """A chasing letter or message sent about a claim (added in 0002): a dated event in the
    claim's history that the evidence pack counts; it never changes the claim's status."""

    __tablename__ = "claim_chasers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16), default="post")
    note: Mapped[str] = mapped_column(Text, default="")
    pdf_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )


class InboxReceiptRow(Base):
    """A file seen in the receipts inbox folder (added in 0002), so each is picked up once.

    `status`: "unfiled" (copied into the store as `attachment_id`, waiting for an expense),
    "filed" (attached to an expense), "refused" (not a receipt the app accepts: `note` says why),
    "dismissed" (the member set it aside). The original file in the inbox is never changed.
    """

    __tablename__ = "inbox_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="unfiled")
    note: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )


class PaymentRow(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Money] = mapped_column(PenceType)
    method: Mapped[str] = mapped_column(String(16), default="bank")
    reference: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    allocations: Mapped[list[AllocationRow]] = relationship(cascade="all, delete-orphan")


class AllocationRow(Base):
    __tablename__ = "allocations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payments.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="RESTRICT"), index=True)
    fee_amount: Mapped[Money] = mapped_column(PenceType)
    expense_amount: Mapped[Money] = mapped_column(PenceType)


class TrainingRow(Base):
    __tablename__ = "training"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[Decimal | None] = mapped_column(DecimalText)
    certificate_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class FeedbackRow(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date)
    quote: Mapped[str] = mapped_column(Text)
    from_whom: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL")
    )
    in_portfolio: Mapped[bool] = mapped_column(Boolean, default=True)
