"""The receipts inbox: a folder the member's phone fills (through its own sync: OneDrive,
Google Drive, Dropbox, Syncthing, a cable) whose new photos and PDFs become unfiled receipts.

Each file is picked up once (remembered by its content's SHA-256, so a renamed or re-synced
copy is not picked up again), checked exactly as a receipt added to an expense is checked,
and copied into the app's own store; the original in the inbox is only ever read. A file that
is not a receipt the app accepts is remembered as refused, with the reason in plain words.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import NotFound, UserError
from coprod_desktop.core.domain.kinds import InboxStatus
from coprod_desktop.core.io.attachments import MAX_BYTES, StoredFile
from coprod_desktop.core.io.bounded_read import read_regular_file
from coprod_desktop.core.services.context import Context

SETTINGS_KEY = "receipts_inbox_folder"
#: What a phone's camera or scanner app writes; anything else in the folder is left alone.
RECEIPT_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".pdf", ".heic", ".webp", ".gif", ".bmp"})
MAX_FILES_A_SCAN = 500  # a folder of thousands is picked up over several scans, never all at once
MAX_DEPTH = 2  # the folder and its subfolders (a sync app's "Camera" folder), no deeper


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    original_name: str
    seen_at: datetime
    status: InboxStatus
    note: str
    attachment_id: int | None
    media_type: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    new: tuple[InboxItem, ...]
    refused: tuple[InboxItem, ...]
    more_waiting: bool  # the scan stopped at MAX_FILES_A_SCAN new files

    def summary(self) -> str:
        parts = [f"{len(self.new)} new receipt{'s' if len(self.new) != 1 else ''}"]
        if self.refused:
            parts.append(f"{len(self.refused)} file{'s' if len(self.refused) != 1 else ''} refused")
        text = ", ".join(parts) + "."
        if self.more_waiting:
            text += " More are waiting: look again to pick them up."
        return text


class InboxService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- the folder -------------------------------------------------------------------------
    def folder(self) -> Path | None:
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, SETTINGS_KEY)
        return Path(row.value) if row and row.value else None

    def set_folder(self, folder: str | Path | None) -> Path | None:
        """Choose the inbox folder (None or "" turns the inbox off)."""
        text = "" if folder is None else str(folder).strip()
        if text:
            path = Path(text).expanduser().absolute()
            if not path.is_dir():
                raise UserError(
                    f"The receipts inbox folder '{text[:80]}' does not exist: choose a folder "
                    "that does.",
                    "folder",
                )
            if self._inside_data(path):
                raise UserError(
                    "The receipts inbox cannot be inside the records' own folder: choose the "
                    "folder your phone's photos arrive in.",
                    "folder",
                )
            text = str(path)
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, SETTINGS_KEY)
            if row is None:
                s.add(m.SettingRow(key=SETTINGS_KEY, value=text))
            else:
                row.value = text
        return Path(text) if text else None

    def _inside_data(self, path: Path) -> bool:
        root = self.ctx.paths.root.resolve()
        resolved = path.resolve()
        return resolved == root or root in resolved.parents

    # -- picking up -------------------------------------------------------------------------
    def _candidates(self, folder: Path) -> list[Path]:
        found: list[Path] = []

        def walk(directory: Path, depth: int) -> None:
            try:
                entries = sorted(os.scandir(directory), key=lambda e: e.name)
            except OSError:
                return
            for entry in entries:
                if entry.name.startswith(".") or entry.is_symlink():
                    continue  # sync apps' own partial and hidden files; links lead elsewhere
                if entry.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        walk(Path(entry.path), depth + 1)
                elif Path(entry.name).suffix.lower() in RECEIPT_SUFFIXES:
                    found.append(Path(entry.path))

        walk(folder, 1)
        return found

    def scan(self) -> ScanResult:
        """Pick up the inbox's new files. Nothing in the inbox folder is changed."""
        folder = self.folder()
        if folder is None:
            raise UserError(
                "No receipts inbox folder is set: choose one in Settings, or with "
                "'coprod inbox folder DIR'.",
                "folder",
            )
        if not folder.is_dir():
            raise UserError(
                f"The receipts inbox folder '{folder}' is not there now: connect the drive or "
                "choose the folder again.",
                "folder",
            )
        with self.ctx.db.read() as s:
            seen = set(s.scalars(select(m.InboxReceiptRow.sha256)))
        new: list[InboxItem] = []
        refused: list[InboxItem] = []
        more = False
        for path in self._candidates(folder):
            if len(new) + len(refused) >= MAX_FILES_A_SCAN:
                more = True
                break
            try:
                data = read_regular_file(path, "receipt", MAX_BYTES, "receipt")
            except UserError as error:
                digest = hashlib.sha256(f"unreadable:{path}".encode()).hexdigest()
                if digest not in seen:
                    seen.add(digest)
                    refused.append(self._remember(digest, path.name, None, error.message))
                continue
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            try:
                stored = self.ctx.store.put(data, path.name)
            except UserError as error:
                refused.append(self._remember(digest, path.name, None, error.message))
                continue
            new.append(self._remember(digest, path.name, stored, ""))
        return ScanResult(tuple(new), tuple(refused), more)

    def _remember(self, digest: str, name: str, stored: StoredFile | None, note: str) -> InboxItem:
        now = self.ctx.clock.now()
        with self.ctx.db.write() as s:
            attachment_id = None
            media = ""
            if stored is not None:
                media = stored.media_type
                att = s.scalar(
                    select(m.AttachmentRow).where(m.AttachmentRow.sha256 == stored.sha256)
                )
                if att is None:
                    att = m.AttachmentRow(
                        sha256=stored.sha256,
                        original_name=stored.original_name,
                        media_type=stored.media_type,
                        size=stored.size,
                        added_at=now,
                    )
                    s.add(att)
                    s.flush()
                attachment_id = att.id
            row = m.InboxReceiptRow(
                sha256=digest,
                original_name=name[:255],
                seen_at=now,
                status=(InboxStatus.UNFILED if stored is not None else InboxStatus.REFUSED).value,
                note=note[:500],
                attachment_id=attachment_id,
            )
            s.add(row)
            s.flush()
            return _item(row, media)

    # -- reading and filing -----------------------------------------------------------------
    def reconcile(self) -> int:
        """Mark filed every unfiled receipt an expense now holds (one attached from the
        expense form, say). Returns how many changed."""
        with self.ctx.db.write() as s:
            held = select(m.ExpenseReceiptRow.attachment_id)
            rows = s.scalars(
                select(m.InboxReceiptRow).where(
                    m.InboxReceiptRow.status == InboxStatus.UNFILED.value,
                    m.InboxReceiptRow.attachment_id.in_(held),
                )
            ).all()
            for row in rows:
                row.status = InboxStatus.FILED.value
            return len(rows)

    def list(self, status: InboxStatus | None = InboxStatus.UNFILED) -> list[InboxItem]:
        self.reconcile()
        query = select(m.InboxReceiptRow, m.AttachmentRow.media_type).outerjoin(
            m.AttachmentRow, m.AttachmentRow.id == m.InboxReceiptRow.attachment_id
        )
        if status is not None:
            query = query.where(m.InboxReceiptRow.status == status.value)
        with self.ctx.db.read() as s:
            rows = s.execute(
                query.order_by(m.InboxReceiptRow.seen_at.desc(), m.InboxReceiptRow.id.desc())
            ).all()
            return [_item(row, media or "") for row, media in rows]

    def count_unfiled(self) -> int:
        with self.ctx.db.read() as s:
            return (
                s.scalar(
                    select(func.count(m.InboxReceiptRow.id)).where(
                        m.InboxReceiptRow.status == InboxStatus.UNFILED.value
                    )
                )
                or 0
            )

    def content(self, inbox_id: int) -> bytes:
        """The receipt's bytes from the store (for a thumbnail or a preview)."""
        with self.ctx.db.read() as s:
            row = self._row(s, inbox_id)
            att = s.get(m.AttachmentRow, row.attachment_id) if row.attachment_id else None
            if att is None:
                raise NotFound("That inbox file was refused: it has no receipt to show.", "receipt")
            sha = att.sha256
        return self.ctx.store.read(sha)

    def attach(self, inbox_id: int, expense_id: int) -> None:
        """File an unfiled receipt with an expense (as its last receipt)."""
        with self.ctx.db.write() as s:
            row = self._row(s, inbox_id)
            if row.status != InboxStatus.UNFILED.value or row.attachment_id is None:
                raise UserError(
                    f"Inbox receipt {inbox_id} is {row.status}: only unfiled receipts can be "
                    "attached.",
                    "receipt",
                )
            expense = s.get(m.ExpenseRow, expense_id)
            if expense is None:
                raise NotFound(f"There is no expense number {expense_id}.", "expense")
            if all(r.attachment_id != row.attachment_id for r in expense.receipts):
                expense.receipts.append(
                    m.ExpenseReceiptRow(
                        attachment_id=row.attachment_id, position=len(expense.receipts)
                    )
                )
            row.status = InboxStatus.FILED.value

    def set_aside(self, inbox_id: int) -> None:
        """Dismiss an unfiled receipt: it is not shown again (the original stays in the inbox)."""
        with self.ctx.db.write() as s:
            row = self._row(s, inbox_id)
            if row.status == InboxStatus.UNFILED.value:
                row.status = InboxStatus.DISMISSED.value

    @staticmethod
    def _row(s: Session, inbox_id: int) -> m.InboxReceiptRow:
        row = s.get(m.InboxReceiptRow, inbox_id)
        if row is None:
            raise NotFound(
                f"There is no inbox receipt {inbox_id}: see 'coprod inbox list'.", "receipt"
            )
        return row


def _item(row: m.InboxReceiptRow, media: str) -> InboxItem:
    return InboxItem(
        id=row.id,
        original_name=row.original_name,
        seen_at=row.seen_at,
        status=InboxStatus(row.status),
        note=row.note,
        attachment_id=row.attachment_id,
        media_type=media,
    )
