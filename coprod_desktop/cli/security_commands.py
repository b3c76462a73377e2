"""`coprod encryption status|on|off|change|recover`, and passphrases for sealed exports.

Where a passphrase comes from, in order: a file named on the command line (`--passphrase-file`,
first line), the environment (`COPROD_PASSPHRASE`; `COPROD_NEW_PASSPHRASE` for a new one;
`COPROD_RECOVERY_KEY`), then a prompt when a person is at the keyboard (a new passphrase is asked
twice). Nothing is ever read from the command line itself, where other users could see it.

The key derivation cost is read from `keys.DEFAULT_KDF` at call time, so tests can make it cheap.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io import keys
from coprod_desktop.paths import resolve_data_dir

ENV_PASSPHRASE = "COPROD_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COPROD_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "COPROD_RECOVERY_KEY"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(label: str) -> str:
    try:
        return getpass.getpass(f"{label}: ")
    except EOFError:
        return ""


def _records_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase for the data folder, from the global option or the environment."""
    file = getattr(args, "passphrase_file", None)
    if file:
        return keys.passphrase_from_file(file)
    return os.environ.get(ENV_PASSPHRASE) or None


def passphrase_for(args: argparse.Namespace) -> str | None:
    """What `run()` passes to open_services: None when the folder is not encrypted."""
    if not keys.is_on(resolve_data_dir(args.data_dir).root):
        return None
    given = _records_passphrase(args)
    if given is None and _interactive():
        given = _prompt("Passphrase for your records") or None
    return given


def _new_passphrase(args: argparse.Namespace, *, fallback: str | None = None) -> tuple[str, str]:
    """A new passphrase (and its repeat) from a file, the environment, or asked twice."""
    file = getattr(args, "new_passphrase_file", None)
    if file:
        text = keys.passphrase_from_file(file)
        return text, text
    env = os.environ.get(ENV_NEW_PASSPHRASE) or fallback
    if env:
        return env, env
    if not _interactive():
        raise UserError(
            "Give the new passphrase with --new-passphrase-file FILE or in "
            f"{ENV_NEW_PASSPHRASE}; no one is here to type it.",
            "new_passphrase",
        )
    first = _prompt("New passphrase")
    keys.check_new_passphrase(first)
    sys.stderr.write(f"{keys.strength_hint(first)}\n")
    return first, _prompt("The new passphrase again")


def _current(args: argparse.Namespace) -> str:
    given = _records_passphrase(args)
    if given is None and _interactive():
        given = _prompt("Your current passphrase")
    if not given:
        raise keys.PassphraseNeeded()
    return given


# -- sealed exports and imports ----------------------------------------------------------------
def _sealing_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    file = getattr(args, "seal_passphrase_file", None)
    if file:
        return keys.passphrase_from_file(file)
    given = _records_passphrase(args)
    if given:
        return given
    if not _interactive():
        raise UserError(
            "Give the passphrase for the sealed file with --passphrase-file FILE or in "
            f"{ENV_PASSPHRASE}.",
            "passphrase",
        )
    first = _prompt("Passphrase for the file")
    if confirm:
        keys.check_new_passphrase(first, _prompt("The same passphrase again"))
    return first


def seal_export(data: bytes, args: argparse.Namespace) -> bytes:
    """`export json --encrypt`: the export sealed under a passphrase (AES-256-GCM)."""
    from coprod_desktop.core.io.sealed import seal

    passphrase = _sealing_passphrase(args, confirm=True)
    keys.check_new_passphrase(passphrase)
    return seal(data, passphrase, kdf=keys.DEFAULT_KDF)


def open_if_sealed(data: bytes, args: argparse.Namespace) -> bytes:
    """`import json` of a sealed export: ask for its passphrase and open it."""
    from coprod_desktop.core.io.sealed import is_sealed, unseal

    if not is_sealed(data):
        return data
    return unseal(data, _sealing_passphrase(args, confirm=False), what="sealed export")


# -- coprod encryption ... -------------------------------------------------------------------
def add_parsers(groups: Any) -> None:
    enc = groups.top.add_parser(
        "encryption",
        help="protect your records with a passphrase (status, on, off, change, recover)",
        description="Encrypt the records, attachments and backups in the data folder with a "
        "passphrase. Passphrases come from --passphrase-file, COPROD_PASSPHRASE or a prompt; "
        "never from the command line.",
    )
    sub = enc.add_subparsers(dest="action", required=True)
    p = sub.add_parser("status", help="is encryption on?")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("on", help="turn encryption on; prints the recovery key once")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase, first line")
    sub.add_parser("off", help="turn encryption off (asks for the passphrase)")
    p = sub.add_parser("change", help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase, first line")
    p = sub.add_parser("recover", help="set a new passphrase with your recovery key")
    p.add_argument("--recovery-key-file", metavar="FILE", help="the recovery key, first line")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase, first line")

    # Sealed exports: options on the existing `export json` / `import json` words.
    export_json = groups.export.choices["json"]
    export_json.add_argument(
        "--encrypt", action="store_true", help="seal the file with a passphrase (AES-256-GCM)"
    )
    for parser in (export_json, groups.import_.choices["json"]):
        parser.add_argument(
            "--passphrase-file",
            dest="seal_passphrase_file",
            metavar="FILE",
            help="the sealed file's passphrase, first line (default: COPROD_PASSPHRASE, or asked)",
        )


WITHOUT_SERVICES = {("encryption", "status"), ("encryption", "recover")}


def runs_without_services(args: argparse.Namespace) -> bool:
    """These commands must work on a locked folder, so `run()` does not open it first."""
    return (args.command, getattr(args, "action", None)) in WITHOUT_SERVICES


def run_without_services(args: argparse.Namespace) -> int:
    from coprod_desktop.cli.output import print_json
    from coprod_desktop.core.services import encryption

    paths = resolve_data_dir(args.data_dir)
    if args.action == "status":
        found = encryption.status(paths)
        if args.json:
            print_json(
                {
                    "on": found.on,
                    "key_file": found.key_file if found.on else None,
                    "attachments": found.attachments,
                    "backups": found.backups,
                }
            )
        else:
            print(found.sentence())
        return 0
    recovery = None
    if args.recovery_key_file:
        recovery = keys.passphrase_from_file(args.recovery_key_file)
    recovery = recovery or os.environ.get(ENV_RECOVERY_KEY)
    if not recovery and _interactive():
        recovery = _prompt("Your recovery key (6 groups of 5)")
    if not recovery:
        raise UserError(
            f"Give the recovery key with --recovery-key-file FILE or in {ENV_RECOVERY_KEY}.",
            "recovery_key",
        )
    keys.normalise_recovery_key(recovery)
    new, repeat = _new_passphrase(args)
    encryption.recover(paths, recovery, new, repeat, kdf=keys.DEFAULT_KDF)
    print("Your new passphrase is set; your recovery key still works.")
    return 0


def cmd_on(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services import encryption

    new, repeat = _new_passphrase(a, fallback=_records_passphrase(a))
    recovery_key = encryption.turn_on(sv, new, repeat, kdf=keys.DEFAULT_KDF)
    sys.stderr.write(
        "Encryption is on. Below is your recovery key: write it down or print it and keep it "
        "somewhere safe, away from this computer. It is shown only this once; with it you can "
        "set a new passphrase if you forget yours.\n"
    )
    print(recovery_key)


def cmd_off(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services import encryption

    encryption.turn_off(sv, _current(a))
    print("Encryption is off: your records are kept as ordinary files again.")


def cmd_change(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services import encryption

    current = _current(a)
    new, repeat = _new_passphrase(a)
    encryption.change_passphrase(sv.paths, current, new, repeat, kdf=keys.DEFAULT_KDF)
    print("Your passphrase is changed.")


HANDLERS = {
    ("encryption", "on"): cmd_on,
    ("encryption", "off"): cmd_off,
    ("encryption", "change"): cmd_change,
}
