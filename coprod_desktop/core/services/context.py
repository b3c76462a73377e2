"""What every service shares: the database, the data folder, the clock and the locale pack."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coprod_desktop.core.db.engine import Database
from coprod_desktop.core.io.attachments import AttachmentStore
from coprod_desktop.core.services.clock import Clock
from coprod_desktop.paths import DataPaths

if TYPE_CHECKING:
    from coprod_desktop.core.rules.locale import LocalePack

LOCALE_OVERRIDES_KEY = "locale_overrides"


@dataclass
class Context:
    db: Database
    paths: DataPaths
    clock: Clock
    store: AttachmentStore
    _pack: LocalePack | None = field(default=None, repr=False)

    def pack(self) -> LocalePack:
        """The locale figures in force (UK defaults plus the member's own dated overrides)."""
        if self._pack is None:
            from coprod_desktop.core.db.models import ProfileRow, SettingRow
            from coprod_desktop.core.rules.locale import load_locale

            with self.db.read() as s:
                row = s.get(SettingRow, LOCALE_OVERRIDES_KEY)
                profile = s.get(ProfileRow, 1)
                overrides = json.loads(row.value) if row else None
                code = profile.locale if profile else "uk"
            self._pack = load_locale(code, overrides)
        return self._pack

    def forget_pack(self) -> None:
        self._pack = None
