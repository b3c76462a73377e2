"""Training received and feedback quotes: the portfolio's supporting records."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import NotFound, UserError
from coprod_desktop.core.domain.records import Feedback, Training
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.validate import check_date, clean_text


class TrainingService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def validate(self, rec: Training) -> Training:
        check_date(rec.date, "date")
        if rec.hours is not None and not Decimal(0) <= rec.hours <= Decimal(1000):
            raise UserError("The training hours must be between 0 and 1,000.", "hours")
        return replace(
            rec,
            title=clean_text(rec.title, "title", required=True, limit=500),
            provider=clean_text(rec.provider, "provider", limit=300),
            notes=clean_text(rec.notes, "notes"),
        )

    def list(self) -> list[Training]:
        with self.ctx.db.read() as s:
            rows = s.scalars(select(m.TrainingRow).order_by(m.TrainingRow.date.desc()))
            return [convert.training(r) for r in rows]

    def save(self, rec: Training) -> Training:
        rec = self.validate(rec)
        with self.ctx.db.write() as s:
            row = s.get(m.TrainingRow, rec.id) if rec.id is not None else None
            if row is None:
                row = m.TrainingRow(**convert.training_fields(rec))
                if rec.id is not None:
                    row.id = rec.id
                s.add(row)
            else:
                for key, value in convert.training_fields(rec).items():
                    setattr(row, key, value)
            s.flush()
            return convert.training(row)

    def delete(self, training_id: int) -> Training:
        with self.ctx.db.write() as s:
            row = s.get(m.TrainingRow, training_id)
            if row is None:
                raise NotFound(f"There is no training record number {training_id}.", "training")
            snapshot = convert.training(row)
            s.delete(row)
            return snapshot


class FeedbackService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def validate(self, rec: Feedback) -> Feedback:
        check_date(rec.date, "date")
        return replace(
            rec,
            quote=clean_text(rec.quote, "quote", required=True),
            from_whom=clean_text(rec.from_whom, "from whom", limit=300),
        )

    def list(self) -> list[Feedback]:
        with self.ctx.db.read() as s:
            rows = s.scalars(select(m.FeedbackRow).order_by(m.FeedbackRow.date.desc()))
            return [convert.feedback(r) for r in rows]

    def save(self, rec: Feedback) -> Feedback:
        rec = self.validate(rec)
        with self.ctx.db.write() as s:
            row = s.get(m.FeedbackRow, rec.id) if rec.id is not None else None
            if row is None:
                row = m.FeedbackRow(**convert.feedback_fields(rec))
                if rec.id is not None:
                    row.id = rec.id
                s.add(row)
            else:
                for key, value in convert.feedback_fields(rec).items():
                    setattr(row, key, value)
            s.flush()
            return convert.feedback(row)

    def delete(self, feedback_id: int) -> Feedback:
        with self.ctx.db.write() as s:
            row = s.get(m.FeedbackRow, feedback_id)
            if row is None:
                raise NotFound(f"There is no feedback number {feedback_id}.", "feedback")
            snapshot = convert.feedback(row)
            s.delete(row)
            return snapshot
