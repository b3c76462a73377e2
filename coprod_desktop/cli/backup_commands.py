"""`coprod backup [--out FILE] [--encrypt]`, `coprod backup list [--json]`, `coprod restore FILE`.

`backup` and `backup list` only read the records, so they run beside an open window (the copy
is SQLite's online backup). `restore` does not open the records at all before it has checked
the backup: it is how a member gets back in when the records file will not open, so it works
on the files directly while holding the data folder's lock.

When the records are protected by a passphrase, `restore` asks for it like every command (it
converts the backup to the folder's key). A backup taken under another key (before protection
was turned off and on again, or on another computer) opens with its key file and the passphrase
of that time: `--backup-passphrase-file FILE`, `COPROD_BACKUP_PASSPHRASE`, or a prompt.

`backup --encrypt` seals the copy under a passphrase of the member's choosing (AES-256-GCM, key
from Argon2id), taken like a sealed export's: `--passphrase-file FILE`, `COPROD_PASSPHRASE`, or
asked twice at a keyboard. The sealed copy holds plain records, so it restores on its own with
just that passphrase; `restore` asks for it the same way as an earlier key's passphrase
(`--backup-passphrase-file`, `COPROD_BACKUP_PASSPHRASE`, then `COPROD_PASSPHRASE`, or a prompt).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli.output import print_json, print_table
from coprod_desktop.core.domain.errors import UserError


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
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="seal the copy with a passphrase (AES-256-GCM); it restores with just that "
        "passphrase, even on another computer",
    )
    p.add_argument(
        "--passphrase-file",
        dest="seal_passphrase_file",
        metavar="FILE",
        help="with --encrypt: the passphrase for the sealed copy, first line (default: "
        "COPROD_PASSPHRASE, or asked twice)",
    )
    sub = p.add_subparsers(dest="action", metavar="[list]", required=False)
    lp = sub.add_parser("list", help="the backups in the backups folder, newest first")
    lp.add_argument("--json", action="store_true")
    p = groups.top.add_parser(
        "restore",
        help="put a backup in place of your records (what is there now is kept as a backup)",
    )
    p.add_argument("file", metavar="FILE", help="a backup, e.g. from `coprod backup list`")
    p.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help="the passphrase the records had when the backup was taken, or the one a sealed "
        "backup (backup --encrypt) was sealed with, first line (only for a backup taken under "
        f"another key or sealed; default: {ENV_BACKUP_PASSPHRASE}, or asked)",
    )


ENV_BACKUP_PASSPHRASE = "COPROD_BACKUP_PASSPHRASE"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(sv: Any, a: argparse.Namespace) -> None:
    if a.encrypt:
        from coprod_desktop.cli.security_commands import _sealing_passphrase

        passphrase = _sealing_passphrase(a, confirm=True)
        out = Path(a.out) if a.out else None
        sys.stdout.write(f"{sv.backups.back_up_sealed(passphrase, out)}\n")
        return
    if getattr(a, "seal_passphrase_file", None):
        raise UserError(
            "--passphrase-file is for a sealed backup: add --encrypt, or leave it out.",
            "--passphrase-file",
        )
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
        ["Taken", "Reason", "Size", "Passphrase", "File"],
        [
            [
                f"{b.taken_at:%Y-%m-%d %H:%M}",
                b.reason,
                size_text(b.size),
                "protected (sealed)" if b.sealed else "protected" if b.protected else "none",
                b.path.name,
            ]
            for b in backups
        ],
        right={2},
    )


def _backup_passphrase(a: argparse.Namespace) -> str | None:
    from coprod_desktop.core.io.keys import passphrase_from_file

    if a.backup_passphrase_file:
        return passphrase_from_file(a.backup_passphrase_file)
    return os.environ.get(ENV_BACKUP_PASSPHRASE) or None


def cmd_restore(_sv: None, a: argparse.Namespace) -> None:
    from coprod_desktop.cli import security_commands as security
    from coprod_desktop.cli.commands import clock_from_env
    from coprod_desktop.core.io.backup_keys import BackupPassphraseNeeded
    from coprod_desktop.core.io.backups import SealedPassphraseNeeded, restore_backup
    from coprod_desktop.core.io.sealed import is_sealed_file
    from coprod_desktop.core.io.sealed import opens_with as sealed_opens_with
    from coprod_desktop.paths import resolve_data_dir

    paths = resolve_data_dir(a.data_dir)
    passphrase = security.passphrase_for(a)
    backup_passphrase = _backup_passphrase(a)
    if is_sealed_file(Path(a.file)) and backup_passphrase is None:
        # Often sealed with the passphrase the commands were given: tried quietly, then asked.
        records = security._records_passphrase(a)
        if records and sealed_opens_with(Path(a.file), records):
            backup_passphrase = records
        elif security._interactive():
            backup_passphrase = security._prompt("The passphrase the backup was sealed with")
        if not backup_passphrase:
            raise SealedPassphraseNeeded(
                Path(a.file),
                f"give it with --backup-passphrase-file FILE or in {ENV_BACKUP_PASSPHRASE}",
            )
    now = clock_from_env().now()
    try:
        result = restore_backup(
            paths, Path(a.file), now, passphrase=passphrase, backup_passphrase=backup_passphrase
        )
    except BackupPassphraseNeeded as exc:
        if backup_passphrase or not security._interactive():
            how = (
                "give that passphrase with --backup-passphrase-file FILE or in "
                f"{ENV_BACKUP_PASSPHRASE}"
            )
            raise BackupPassphraseNeeded(
                Path(a.file), how, protected_now=exc.protected_now
            ) from exc
        asked = security._prompt("The passphrase your records had when the backup was taken")
        result = restore_backup(
            paths, Path(a.file), now, passphrase=passphrase, backup_passphrase=asked or None
        )
    sys.stdout.write(f"{paths.database}\n")
    import contextlib

    # Notes only: the restore is done, and an unwritable stderr must not make it look undone.
    with contextlib.suppress(OSError):
        if result.kept is not None:
            sys.stderr.write(f"coprod: what was there before is kept as {result.kept}\n")
        note = result.note()
        if note is not None:
            sys.stderr.write(f"coprod: {note}\n")


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
    if not getattr(error, "damaged", False):
        return ""  # not damaged: a restore would only lose newer records
    latest = getattr(error, "latest_backup", None)
    if latest is None:
        return "There is no backup in the backups folder to restore."
    where = f'--data-dir "{data_dir}" ' if data_dir else ""
    taken = getattr(error, "backup_taken", None)
    age = (
        f"taken {taken:%Y-%m-%d %H:%M}; changes made after then are not in it"
        if taken is not None
        else "changes made after it was taken are not in it"
    )
    return (
        f'The latest backup is {latest} ({age}): restore it with  coprod {where}restore "{latest}"'
    )
