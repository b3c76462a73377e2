"""Role agreements and their history of dated terms.

The history is the point: a role re-classified from paid to "voluntary, expenses only" on a date
is evidence, so terms are never overwritten by a change; a change is a new dated version.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, NotFound, UserError
from coprod_desktop.core.domain.records import Agreement, Terms
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.record_rules import agreement_content, terms_content


class AgreementService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- checks -----------------------------------------------------------------------------
    def validate_terms(self, terms: Terms) -> Terms:
        return terms_content(terms)

    def validate(self, agreement: Agreement) -> Agreement:
        return agreement_content(agreement)

    # -- reading ----------------------------------------------------------------------------
    def list(self, organisation_id: int | None = None) -> list[Agreement]:
        with self.ctx.db.read() as s:
            query = select(m.AgreementRow).order_by(m.AgreementRow.start, m.AgreementRow.id)
            if organisation_id is not None:
                query = query.where(m.AgreementRow.organisation_id == organisation_id)
            return [convert.agreement(row) for row in s.scalars(query).all()]

    def get(self, agreement_id: int) -> Agreement:
        with self.ctx.db.read() as s:
            return convert.agreement(self._row(s, agreement_id))

    @staticmethod
    def _row(s: Any, agreement_id: int) -> m.AgreementRow:
        row = s.get(m.AgreementRow, agreement_id)
        if row is None:
            raise NotFound(
                f"There is no agreement number {agreement_id}: see 'coprod list agreements'.",
                "agreement",
            )
        return row

    # -- changing ---------------------------------------------------------------------------
    def create(self, agreement: Agreement) -> Agreement:
        """Save a new agreement with its first terms (and any later versions given)."""
        agreement = self.validate(agreement)
        if not agreement.terms:
            raise UserError("An agreement needs its terms: give at least the basis.", "basis")
        terms = [self.validate_terms(t) for t in agreement.terms]
        dates = [t.effective_from for t in terms]
        if len(set(dates)) != len(dates):
            raise UserError("Two versions of the terms start on the same date.", "effective_from")
        with self.ctx.db.write() as s:
            if s.get(m.OrganisationRow, agreement.organisation_id) is None:
                raise NotFound("The agreement's organisation does not exist.", "organisation")
            row = m.AgreementRow(**convert.agreement_fields(agreement))
            if agreement.id is not None:
                row.id = agreement.id
            for t in terms:
                trow = m.TermsRow(**convert.terms_fields(t))
                if t.id is not None:
                    trow.id = t.id
                row.terms.append(trow)
            s.add(row)
            s.flush()
            return convert.agreement(row)

    def update(self, agreement: Agreement) -> Agreement:
        """Change the agreement's own details (title, dates, description); terms stay."""
        if agreement.id is None:
            raise NotFound("That agreement has not been saved yet.", "agreement")
        agreement = self.validate(agreement)
        with self.ctx.db.write() as s:
            row = self._row(s, agreement.id)
            for key, value in convert.agreement_fields(agreement).items():
                setattr(row, key, value)
            s.flush()
            return convert.agreement(row)

    def add_terms(self, agreement_id: int, terms: Terms) -> Agreement:
        """A new dated version of the terms (a change of terms)."""
        terms = self.validate_terms(terms)
        with self.ctx.db.write() as s:
            row = self._row(s, agreement_id)
            if any(t.effective_from == terms.effective_from for t in row.terms):
                raise Conflict(
                    f"The terms already have a version from {terms.effective_from.isoformat()}: "
                    "edit that version or choose another date.",
                    "effective_from",
                )
            trow = m.TermsRow(**convert.terms_fields(terms))
            if terms.id is not None:
                trow.id = terms.id
            row.terms.append(trow)
            s.flush()
            return convert.agreement(row)

    def change_terms(self, agreement_id: int, effective_from: date, **changes: Any) -> Agreement:
        """A new version from a date; whatever is not changed carries over from the version
        in force the day before."""
        from coprod_desktop.core.rules.fees import terms_in_force

        current = self.get(agreement_id)
        base = terms_in_force(current.terms, effective_from) or current.terms[-1]
        fields = {"id": None, "effective_from": effective_from, "source": "", "note": "", **changes}
        fresh = replace(base, **fields)
        return self.add_terms(agreement_id, fresh)

    def update_terms(self, terms: Terms) -> Agreement:
        if terms.id is None:
            raise NotFound("That version of the terms has not been saved yet.", "terms")
        terms = self.validate_terms(terms)
        with self.ctx.db.write() as s:
            trow = s.get(m.TermsRow, terms.id)
            if trow is None:
                raise NotFound("That version of the terms no longer exists.", "terms")
            clash = s.scalar(
                select(m.TermsRow.id).where(
                    m.TermsRow.agreement_id == trow.agreement_id,
                    m.TermsRow.effective_from == terms.effective_from,
                    m.TermsRow.id != trow.id,
                )
            )
            if clash is not None:
                raise Conflict(
                    "Another version of these terms starts on that date: choose another date.",
                    "effective_from",
                )
            for key, value in convert.terms_fields(terms).items():
                setattr(trow, key, value)
            s.flush()
            return convert.agreement(self._row(s, trow.agreement_id))

    def get_terms(self, terms_id: int) -> Terms:
        """One saved version of the terms (with its agreement id), e.g. to undo a correction."""
        with self.ctx.db.read() as s:
            trow = s.get(m.TermsRow, terms_id)
            if trow is None:
                raise NotFound("That version of the terms no longer exists.", "terms")
            return convert.terms(trow)

    def remove_terms(self, terms_id: int) -> Terms:
        with self.ctx.db.write() as s:
            trow = s.get(m.TermsRow, terms_id)
            if trow is None:
                raise NotFound("That version of the terms no longer exists.", "terms")
            siblings = s.scalar(
                select(func.count())
                .select_from(m.TermsRow)
                .where(m.TermsRow.agreement_id == trow.agreement_id)
            )
            if (siblings or 0) <= 1:
                raise Conflict(
                    "An agreement keeps at least one version of its terms: delete the agreement "
                    "instead.",
                    "terms",
                )
            snapshot = convert.terms(trow)
            s.delete(trow)
            return snapshot

    def delete(self, agreement_id: int) -> Agreement:
        with self.ctx.db.write() as s:
            row = self._row(s, agreement_id)
            used = s.scalar(
                select(func.count())
                .select_from(m.ActivityRow)
                .where(m.ActivityRow.agreement_id == agreement_id)
            )
            if used:
                raise Conflict(
                    f"{used} activities use the agreement '{row.role_title}': move or delete "
                    "them first.",
                    "agreement",
                )
            snapshot = convert.agreement(row)
            s.delete(row)
            return snapshot

    def restore(self, agreement: Agreement) -> Agreement:
        return self.create(agreement)
