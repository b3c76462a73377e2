"""Organisations the member works with."""

from __future__ import annotations

from sqlalchemy import func, select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, NotFound
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.record_rules import organisation_content


class OrganisationService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def validate(self, org: Organisation) -> Organisation:
        return organisation_content(org)

    def list(self, search: str = "") -> list[Organisation]:
        with self.ctx.db.read() as s:
            rows = s.scalars(select(m.OrganisationRow).order_by(m.OrganisationRow.name)).all()
            found = [convert.organisation(row) for row in rows]
        if search:
            needle = search.casefold()
            found = [o for o in found if needle in o.name.casefold() or needle in o.code.casefold()]
        return found

    def get(self, org_id: int) -> Organisation:
        with self.ctx.db.read() as s:
            row = s.get(m.OrganisationRow, org_id)
            if row is None:
                raise NotFound(f"There is no organisation number {org_id}.", "organisation")
            return convert.organisation(row)

    def by_code(self, code: str) -> Organisation:
        wanted = str(code).strip().upper()
        with self.ctx.db.read() as s:
            row = s.scalar(select(m.OrganisationRow).where(m.OrganisationRow.code == wanted))
            if row is None:
                raise NotFound(
                    f"There is no organisation with the code '{str(code)[:20]}': "
                    "add it first with 'coprod org add', or check the code.",
                    "org",
                )
            return convert.organisation(row)

    def _check_code_free(self, s: object, code: str, own_id: int | None) -> None:
        existing = s.scalar(  # type: ignore[attr-defined]
            select(m.OrganisationRow.id).where(m.OrganisationRow.code == code)
        )
        if existing is not None and existing != own_id:
            raise Conflict(
                f"The code {code} is already used by another organisation: choose another code.",
                "code",
            )

    def create(self, org: Organisation) -> Organisation:
        org = self.validate(org)
        with self.ctx.db.write() as s:
            self._check_code_free(s, org.code, None)
            row = m.OrganisationRow(**convert.organisation_fields(org))
            if org.id is not None:
                row.id = org.id
            s.add(row)
            s.flush()
            return convert.organisation(row)

    def update(self, org: Organisation) -> Organisation:
        if org.id is None:
            raise NotFound("That organisation has not been saved yet.", "organisation")
        org = self.validate(org)
        with self.ctx.db.write() as s:
            row = s.get(m.OrganisationRow, org.id)
            if row is None:
                raise NotFound(f"There is no organisation number {org.id}.", "organisation")
            self._check_code_free(s, org.code, org.id)
            for key, value in convert.organisation_fields(org).items():
                setattr(row, key, value)
            s.flush()
            return convert.organisation(row)

    def delete(self, org_id: int) -> Organisation:
        """Delete an organisation with no records; returns it so the delete can be undone."""
        with self.ctx.db.write() as s:
            row = s.get(m.OrganisationRow, org_id)
            if row is None:
                raise NotFound(f"There is no organisation number {org_id}.", "organisation")
            used = sum(
                s.scalar(select(func.count()).select_from(t).where(t.organisation_id == org_id))
                or 0
                for t in (m.ActivityRow, m.ExpenseRow, m.AgreementRow, m.ClaimRow)
            )
            if used:
                raise Conflict(
                    f"{row.name} still has {used} records (activities, expenses, agreements or "
                    "claims): delete or move those first.",
                    "organisation",
                )
            snapshot = convert.organisation(row)
            s.delete(row)
            return snapshot

    def restore(self, org: Organisation) -> Organisation:
        return self.create(org)
