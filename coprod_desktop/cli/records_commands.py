"""`coprod records list|new|rename|forget`, and the global `--records NAME`.

These work on the list of record sets only (`core/io/record_sets.py`), never on anyone's
records, so no services are opened for them.

Deleting a record set's files is deliberately two steps: `forget NAME` alone takes the name
off the list and prints where the files are; adding `--delete-files` once asks the person at
the keyboard to type the name again, and a script (no keyboard) must give `--delete-files`
twice. A mistyped command can lose a name from a list, never ten years of someone's records.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io.record_sets import (
    RecordSet,
    RecordSets,
    check_deletable,
    delete_files,
    open_elsewhere,
)

GLOBAL_OPTION = "--records"


def hoist_records_option(argv: list[str]) -> list[str]:
    """Move `--records NAME` (or `--records=NAME`) given after the command to the front.

    Why: global options are accepted after the command as well as before (`coprod list
    activities --records Dafydd`), and argparse only knows them before it.
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            rest.extend(argv[i:])
            break
        if word == GLOBAL_OPTION and i + 1 < len(argv):
            front.extend(argv[i : i + 2])
            i += 2
            continue
        if word.startswith(GLOBAL_OPTION + "="):
            front.append(word)
        else:
            rest.append(word)
        i += 1
    return front + rest


def add_global_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        GLOBAL_OPTION,
        metavar="NAME",
        help="whose records to use, by name (see `coprod records list`; or COPROD_RECORDS)",
    )


def apply_records_option(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Turn `--records NAME` into the folder it names, so every command opens that folder."""
    name = getattr(args, "records", None)
    if not name:
        return
    if args.data_dir:
        parser.error("give either --data-dir or --records, not both")
    args.data_dir = str(RecordSets().find(name).folder)


def add_parsers(groups: Any) -> None:
    rec = groups.top.add_parser(
        "records",
        help="several people's records on one computer: list, new, rename, forget",
        description="Each person's records live in a folder of their own, listed by name.",
    )
    sub = rec.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="the records on this computer, by name")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("new", help="new, empty records for someone (prints the name)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--folder", metavar="DIR", help="where to keep them (default: a new folder)")
    p = sub.add_parser("rename", help="give records another name (the files stay)")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p = sub.add_parser(
        "forget",
        help="take records off the list; the files stay unless --delete-files is given twice",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--delete-files",
        action="count",
        default=0,
        help="also delete the folder: asks you to type the name, or give it twice in a script",
    )


def _row(record_set: RecordSet, last: RecordSet | None) -> dict[str, Any]:
    return {
        "name": record_set.name,
        "folder": str(record_set.folder),
        "last_used": last is not None and last.name == record_set.name,
        "protected": record_set.protected,
        "exists": record_set.folder.exists(),
    }


def cmd_list(_sv: Any, a: argparse.Namespace) -> None:
    registry = RecordSets()
    last = registry.last_used()
    rows = [_row(s, last) for s in registry.sets()]
    if a.json:
        from coprod_desktop.cli.output import print_json

        print_json({"records": rows})
        return
    for row in rows:
        marks = []
        if row["last_used"]:
            marks.append("used last")
        if row["protected"]:
            marks.append("protected by a passphrase")
        if not row["exists"]:
            marks.append("not started yet")
        note = f"  ({', '.join(marks)})" if marks else ""
        sys.stdout.write(f"{row['name']}{note}\n    {row['folder']}\n")


def cmd_new(_sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.paths import ensure_private_dir

    folder = Path(a.folder) if a.folder else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file, not a folder; give a folder with --folder.", "folder")
    made = RecordSets().add(a.name, folder)
    try:
        ensure_private_dir(made.folder)
    except OSError as exc:
        RecordSets().forget(made.name)
        raise UserError(
            f"The folder {made.folder} could not be made ({exc.strerror}); choose another "
            "with --folder. Nothing was added.",
            "folder",
        ) from exc
    sys.stdout.write(f"{made.name}\n")


def cmd_rename(_sv: Any, a: argparse.Namespace) -> None:
    renamed = RecordSets().rename(a.old, a.new)
    sys.stdout.write(f"{renamed.name}\n")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def cmd_forget(_sv: Any, a: argparse.Namespace) -> None:
    registry = RecordSets()
    found = registry.find(a.name)
    if open_elsewhere(found.folder):
        raise UserError(
            f'"{found.name}" are open in Coprod Desktop now; open other records there (File → '
            "Open someone's records…) or close it, then try again. Nothing was changed.",
            "records",
        )
    delete = a.delete_files >= 2
    if a.delete_files == 1:
        if not _interactive():
            raise UserError(
                "To delete the files too, give --delete-files twice (no one is here to "
                "confirm); nothing was changed.",
                "delete_files",
            )
        sys.stderr.write(
            f'This deletes every file of "{found.name}" in {found.folder}, backups included.\n'
        )
        typed = input(f'Type the name "{found.name}" to delete them: ')
        if " ".join(typed.split()).casefold() != found.name.casefold():
            raise UserError("The name typed did not match, so nothing was changed.", "name")
        delete = True
    if delete:
        check_deletable(found)
    registry.forget(found.name)
    if delete:
        delete_files(found)
        sys.stderr.write(f'coprod: forgot "{found.name}" and deleted {found.folder}\n')
    else:
        where = found.folder if found.folder.exists() else f"{found.folder} (never started)"
        sys.stderr.write(
            f'coprod: forgot "{found.name}"; the files are still in {where}{os.linesep}'
        )
    sys.stdout.write(f"{found.folder}\n")


for _handler in (cmd_list, cmd_new, cmd_rename, cmd_forget):
    _handler.opens_data_itself = True  # type: ignore[attr-defined]

HANDLERS = {
    ("records", "list"): cmd_list,
    ("records", "new"): cmd_new,
    ("records", "rename"): cmd_rename,
    ("records", "forget"): cmd_forget,
}
