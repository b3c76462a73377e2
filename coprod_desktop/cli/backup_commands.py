"""`coprod backup [--out FILE]`, `coprod backup list [--json]`, `coprod restore FILE`.

`backup` and `backup list` only read the records, so they run beside an open window (the copy
is SQLite's online backup). `restore` does not open the records at all before it has checked
the backup: it is how a member gets back in when the records file will not open, so it works
on the files directly while holding the data folder's lock.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli.output import print_json, print_table


def add_parsers(groups: Any) -> None:
    p = groups.top.add_parser(
        "backup",
        help="take a checked backup now (into the backups folder, or --out FILE); "
        "'backup list' shows them",
        description="Take a checked backup of your records now. Automatic backups are taken "
        "when the window opens (if anything changed) and when it closes; kept: one a day for "
        "7 days, one a week for 5 weeks, one a month for 12 months, and every copy taken "
        "before a migration or a restore.",
    )
    p.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")
    sub = p.add_subparsers(dest="action", metavar="[list]", required=False)
    lp = sub.add_parser("list", help="the backups in the backups folder, newest first")
    lp.add_argument("--json", action="store_true")
    p = groups.top.add_parser(
        "restore",
        help="put a backup in place of your records (what is there now is kept as a backup)",
    )
    p.add_argument("file", metavar="FILE", help="a backup, e.g. from `coprod backup list`")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(sv: Any, a: argparse.Namespace) -> None:
    if a.out:
        sys.stdout.write(f"{sv.backups.copy_to(Path(a.out))}\n")
        return
    sys.stdout.write(f"{sv.backups.back_up_now('manual').path}\n")


def cmd_backup_list(sv: Any, a: argparse.Namespace) -> None:
    backups = sv.backups.list()
    if a.json:
        print_json([b.as_json() for b in backups])
        return
    print_table(
        ["Taken", "Reason", "Size", "File"],
        [
            [f"{b.taken_at:%Y-%m-%d %H:%M}", b.reason, size_text(b.size), b.path.name]
            for b in backups
        ],
        right={2},
    )


def cmd_restore(_sv: None, a: argparse.Namespace) -> None:
    from coprod_desktop.cli.commands import clock_from_env
    from coprod_desktop.core.io.backups import restore_backup
    from coprod_desktop.paths import resolve_data_dir

    paths = resolve_data_dir(a.data_dir)
    kept = restore_backup(paths, Path(a.file), clock_from_env().now())
    sys.stdout.write(f"{paths.database}\n")
    if kept is not None:
        sys.stderr.write(f"coprod: what was there before is kept as {kept}\n")


# Read the records only: open them without holding the lock, so they work beside the window.
cmd_backup.reads_only = True  # type: ignore[attr-defined]
cmd_backup_list.reads_only = True  # type: ignore[attr-defined]
# Works on the files itself (the records may not open): no services are opened for it.
cmd_restore.opens_data_itself = True  # type: ignore[attr-defined]

HANDLERS = {
    ("backup", None): cmd_backup,
    ("backup", "list"): cmd_backup_list,
    ("restore", None): cmd_restore,
}


def restore_hint(error: Any, data_dir: str | None) -> str:
    """The sentence that follows "your records will not open": which backup, and the command."""
    latest = getattr(error, "latest_backup", None)
    if latest is None:
        return "There is no backup in the backups folder to restore."
    where = f'--data-dir "{data_dir}" ' if data_dir else ""
    return f'The latest backup is {latest}: restore it with  coprod {where}restore "{latest}"'
