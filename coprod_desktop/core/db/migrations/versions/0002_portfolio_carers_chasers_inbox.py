"""highlights, attended-as, terms source kind, claim chasers, receipts inbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06

One revision for the whole round of work on the five jobs, so that every feature branch builds
on the same schema: activities gain `highlight` (the portfolio's highlights form) and
`attended_as` (as a carer or on someone's behalf); terms gain `source_kind` (the kind of
document a change came in, which an anonymised bundle may carry); claims gain dated chasers;
the receipts inbox remembers each file it has seen.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activities") as batch:
        batch.add_column(
            sa.Column("highlight", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column("attended_as", sa.String(length=16), nullable=False, server_default="self")
        )
    with op.batch_alter_table("terms") as batch:
        batch.add_column(
            sa.Column("source_kind", sa.String(length=16), nullable=False, server_default="")
        )
    op.create_table(
        "claim_chasers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("pdf_attachment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_chasers_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_attachment_id"],
            ["attachments.id"],
            name=op.f("fk_claim_chasers_pdf_attachment_id_attachments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_chasers")),
    )
    op.create_index(op.f("ix_claim_chasers_claim_id"), "claim_chasers", ["claim_id"], unique=False)
    op.create_table(
        "inbox_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_inbox_receipts_attachment_id_attachments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_receipts")),
        sa.UniqueConstraint("sha256", name=op.f("uq_inbox_receipts_sha256")),
    )


def downgrade() -> None:
    op.drop_table("inbox_receipts")
    op.drop_index(op.f("ix_claim_chasers_claim_id"), table_name="claim_chasers")
    op.drop_table("claim_chasers")
    with op.batch_alter_table("terms") as batch:
        batch.drop_column("source_kind")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("attended_as")
        batch.drop_column("highlight")
