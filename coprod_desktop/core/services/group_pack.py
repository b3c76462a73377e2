"""Making a group pack from bundle files, for the window: read each file (untrusted), combine,
render, reporting progress so a long run can be followed and cancelled between steps.

The advocate needs no records of their own for this: nothing here opens the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.group_views import MemberBundle
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.io.evidence_bundle_read import MAX_BYTES, read_bundle


@dataclass(frozen=True, slots=True)
class GroupPackOptions:
    bundles: tuple[Path, ...]
    organisations: tuple[str, ...] = ()  # codes; none = every organisation
    date_from: date | None = None
    date_to: date | None = None
    large_print: bool = False


def read_bundle_file(path: Path) -> MemberBundle:
    """One bundle file, or one sentence naming it when it cannot be read or used."""
    try:
        if not path.exists():
            raise UserError(f"The bundle {path.name} is no longer there: pick it again.", "bundle")
        if not path.is_file():
            raise UserError(
                f"The bundle {path.name} is not a file: pick the bundle itself.", "bundle"
            )
        if path.stat().st_size > MAX_BYTES:
            raise UserError(
                f"The bundle {path.name} is far too large to be one: pick the file a member sent.",
                "bundle",
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"The bundle {path.name} cannot be read ({error.strerror or 'unreadable'}): check "
            "it is still there and that you may open it.",
            "bundle",
        ) from None
    return read_bundle(path.name, data)


def read_bundle_files(
    paths: Sequence[Path], progress: Progress = no_progress
) -> list[MemberBundle]:
    if not paths:
        raise UserError("Pick the members' bundles first: Pick members' bundles.", "bundle")
    out = []
    for n, path in enumerate(paths):
        progress(n, len(paths))
        out.append(read_bundle_file(path))
    return out


def bundle_organisations(bundles: Sequence[MemberBundle]) -> list[tuple[str, str, int]]:
    """Each organisation the bundles name: (code, name, how many bundles name it)."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for b in bundles:
        for code, name in b.organisations:
            key = code.upper()
            names.setdefault(key, name)
            counts[key] = counts.get(key, 0) + 1
    return sorted(((c, names[c], counts[c]) for c in names), key=lambda x: (-x[2], x[0]))


def group_pack_pdf(options: GroupPackOptions, progress: Progress = no_progress) -> bytes:
    """The group pack's PDF from bundle files; raises UserError (one sentence) or Cancelled
    (from `progress`), and writes nothing either way."""
    from coprod_desktop.core.reports.group_evidence import render_group_pdf
    from coprod_desktop.core.services.group_evidence import combine

    count = len(options.bundles)
    total = count + 12

    def reading(done: int, _of: int) -> None:
        progress(done, total)

    bundles = read_bundle_files(options.bundles, reading)
    figures = combine(
        bundles,
        organisations=options.organisations,
        date_from=options.date_from,
        date_to=options.date_to,
    )
    progress(count + 1, total)

    def rendering(done: int, of: int) -> None:
        progress(count + 1 + round(10 * done / max(of, 1)), total)

    pdf = render_group_pdf(figures, progress=rendering, large_print=options.large_print)
    progress(total, total)
    return pdf
