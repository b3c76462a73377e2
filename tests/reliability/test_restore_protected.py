"""Backups of records protected by a passphrase always restore, from the command and the
service the window uses, or refuse with one sentence and change nothing.

The cases: (1) back up, change, restore; (2) back up, change the passphrase, restore the old
backup; (3) back up, turn protection off, restore (and a plain backup restored after turning it
on); (4) the list says which backups are protected; (5) a restore that fails half-way leaves
every file of the data folder as it was: records, log, key file, sealed receipts, backups.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.db import cipher
from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.io import backup_keys, backups, keys, restore
from coprod_desktop.core.services import Services, encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import child_env, coprod_here, hash_tree
from tests.reliability.test_encryption import CHEAP, NEW_PASS, PASS, files_with_canary, fill

NOW = FixedClock(date(2026, 11, 22)).now()
THIRD_PASS = "yet another long passphrase"

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def sv(data_dir: Path, clock: FixedClock) -> Iterator[Services]:
    """Records with a canary (in a title, a note and a sealed receipt), open in this process."""
    services = open_services(data_dir, clock)
    fill(services)
    yield services
    services.close()


def titles(services: Services) -> list[str]:
    return sorted(item.activity.title for item in services.activities.list())


def add_later(services: Services, title: str = "Added after the backup") -> None:
    org = services.organisations.list()[0]
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 2), title=title)  # type: ignore[arg-type]
    )


def titles_with(data_dir: Path, clock: FixedClock, passphrase: str | None) -> list[str]:
    opened = open_services(data_dir, clock, passphrase=passphrase)
    try:
        return titles(opened)
    finally:
        opened.close()


def pw_file(tmp_path: Path, name: str, passphrase: str) -> Path:
    path = tmp_path / name
    path.write_text(passphrase + "\n")
    return path


def folder_state(root: Path) -> dict[str, str]:
    """Every file of the data folder but the lock file (which records who last held it) and
    SQLite's -shm index (rebuilt from the log by any reader; it holds no records)."""
    return {
        name: digest
        for name, digest in hash_tree(root).items()
        if name != "coprod.lock" and not name.endswith("-shm")
    }


# -- 1. back up, change, restore ----------------------------------------------------------------
def test_protected_backup_restores_from_the_service_and_the_command(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    before = titles(sv)
    backup = sv.backups.back_up_now()
    assert backup.protected and (sv.paths.backups / keys.KEYRING_NAME).is_file()
    add_later(sv)

    result = sv.backups.restore(backup.path)  # what the window's Backups panel calls
    assert titles(sv) == before
    assert result.converted is None and result.note() is None
    assert result.kept is not None and "damaged" not in result.kept.name
    assert cipher.opens_with(result.kept, sv.db.key)  # what was there: kept, still encrypted
    assert sv.db.key is not None  # the records stay protected, and keep working
    add_later(sv, "Saved after the restore")
    sv.close()
    assert files_with_canary(data_dir) == []

    # The command: asks for the passphrase like any other; without it, a sentence and no change.
    state = folder_state(data_dir)
    code, out, err = coprod_here(data_dir, "restore", str(backup.path))
    assert code == 1 and "protected by a passphrase" in err and "Traceback" not in err
    assert folder_state(data_dir) == state
    pw = pw_file(tmp_path, "pw.txt", PASS)
    code, out, err = coprod_here(
        data_dir, "--passphrase-file", str(pw), "restore", str(backup.path)
    )
    assert code == 0, err
    assert out.strip() == str(sv.paths.database)
    assert "kept as" in err
    assert titles_with(data_dir, clock, PASS) == before
    assert files_with_canary(data_dir) == []


# -- 2. the passphrase changes after the backup ------------------------------------------------
def test_old_backup_still_restores_after_the_passphrase_changes(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    key_before = keys.read_keyring(data_dir).unlock(PASS)  # type: ignore[union-attr]
    before = titles(sv)
    in_folder = sv.backups.back_up_now().path
    outside = sv.backups.copy_to(tmp_path / "stick.sqlite3")
    assert backup_keys.sidecar(outside).is_file()  # the key file went with it
    add_later(sv)
    sv.close()

    encryption.change_passphrase(sv.paths, PASS, NEW_PASS, kdf=CHEAP)
    # Only the wrapping changed: the same data key, so every old backup opens with it...
    assert keys.read_keyring(data_dir).unlock(NEW_PASS) == key_before  # type: ignore[union-attr]
    # ...and the key file kept with the backups follows the new passphrase (the old one no
    # longer opens anything inside the folder).
    copy = keys.Keyring.from_bytes((sv.paths.backups / keys.KEYRING_NAME).read_bytes())
    assert copy.unlock(NEW_PASS) == key_before
    with pytest.raises(keys.WrongPassphrase):
        copy.unlock(PASS)

    new_pw = pw_file(tmp_path, "new.txt", NEW_PASS)
    for backup in (in_folder, outside):
        code, _out, err = coprod_here(
            data_dir, "--passphrase-file", str(new_pw), "restore", str(backup)
        )
        assert code == 0, err
        assert titles_with(data_dir, clock, NEW_PASS) == before
    with pytest.raises(keys.WrongPassphrase):
        open_services(data_dir, clock, passphrase=PASS)


def test_backup_from_an_earlier_key_needs_the_passphrase_of_its_time(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """Protection turned off and on again makes a new data key: a backup that had left the
    folder opens only with its own key file and the passphrase in force when it was taken."""
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    before = titles(sv)
    outside = sv.backups.copy_to(tmp_path / "stick.sqlite3")
    add_later(sv)
    encryption.turn_off(sv, PASS)
    encryption.turn_on(sv, THIRD_PASS, kdf=CHEAP)
    sv.close()
    assert not cipher.opens_with(outside, keys.read_keyring(data_dir).unlock(THIRD_PASS))  # type: ignore[union-attr]
    now_pw = pw_file(tmp_path, "now.txt", THIRD_PASS)
    old_pw = pw_file(tmp_path, "old.txt", PASS)
    wrong_pw = pw_file(tmp_path, "wrong.txt", NEW_PASS)
    base = ["--passphrase-file", str(now_pw), "restore", str(outside)]
    state = folder_state(data_dir)

    code, _out, err = coprod_here(data_dir, *base)
    assert code == 1
    assert err.startswith("coprod: The backup stick.sqlite3 is protected by the passphrase")
    assert "--backup-passphrase-file" in err and err.count("\n") == 1
    code, _out, err = coprod_here(data_dir, *base, "--backup-passphrase-file", str(wrong_pw))
    assert code == 1 and "does not open the backup stick.sqlite3" in err
    stray = tmp_path / "stray.sqlite3"  # the same file without its key file
    stray.write_bytes(outside.read_bytes())
    code, _out, err = coprod_here(data_dir, "--passphrase-file", str(now_pw), "restore", str(stray))
    assert code == 1 and "no key file" in err
    assert folder_state(data_dir) == state  # three refusals, nothing changed

    code, _out, err = coprod_here(data_dir, *base, "--backup-passphrase-file", str(old_pw))
    assert code == 0, err
    assert "now opens with the passphrase your records have today" in err
    # Converted to the folder's key now: the member keeps typing today's passphrase.
    assert titles_with(data_dir, clock, THIRD_PASS) == before
    assert files_with_canary(data_dir) == []


def test_the_command_asks_for_the_earlier_passphrase_at_a_keyboard(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """At a terminal the command asks for the earlier passphrase (a real pseudo-terminal)."""
    import os
    import pty

    encryption.turn_on(sv, PASS, kdf=CHEAP)
    before = titles(sv)
    outside = sv.backups.copy_to(tmp_path / "stick.sqlite3")
    add_later(sv)
    encryption.turn_off(sv, PASS)
    sv.close()
    script = (
        "import sys\n"
        "from coprod_desktop.core.io import keys\n"
        f"keys.DEFAULT_KDF = keys.KdfParams({CHEAP.time_cost}, {CHEAP.memory_kib}, "
        f"{CHEAP.parallelism})\n"
        "from coprod_desktop.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data_dir)!r}, 'restore', {str(outside)!r}]))\n"
    )
    env = child_env(COPROD_TODAY="2026-11-22")
    pid, leader = pty.fork()
    if pid == 0:  # the child: the pseudo-terminal is its keyboard and screen
        try:
            os.execve(sys.executable, [sys.executable, "-c", script], env)
        finally:
            os._exit(127)
    seen = b""
    try:
        while b"when the backup was taken" not in seen:
            seen += os.read(leader, 1024)
        os.write(leader, (PASS + "\n").encode())
        while True:
            try:
                chunk = os.read(leader, 1024)
            except OSError:  # the child has gone: the terminal is closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        _pid, status = os.waitpid(pid, 0)
        os.close(leader)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert PASS.encode() not in seen  # typed without echo
    assert str(data_dir / "coprod.sqlite3").encode() in seen
    assert b"restored as ordinary files" in seen
    assert titles_with(data_dir, clock, None) == before


# -- 3. protection turned off, or on, after the backup -----------------------------------------
def test_protected_backup_restored_after_turning_protection_off(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    before = titles(sv)
    in_folder = sv.backups.back_up_now().path
    outside = sv.backups.copy_to(tmp_path / "stick.sqlite3")
    add_later(sv)
    encryption.turn_off(sv, PASS)
    # Turning off converted the backups in the folder, and took their key file away.
    assert not backup_keys.is_protected(in_folder)
    assert not (sv.paths.backups / keys.KEYRING_NAME).exists()

    assert sv.backups.restore(in_folder).converted is None
    assert titles(sv) == before
    add_later(sv)
    with pytest.raises(backup_keys.BackupPassphraseNeeded, match="had when it was taken:"):
        sv.backups.restore(outside)
    with pytest.raises(keys.WrongPassphrase, match="does not open the backup"):
        sv.backups.restore(outside, backup_passphrase=NEW_PASS)
    result = sv.backups.restore(outside, backup_passphrase=PASS)
    assert result.converted == "plain"
    assert "restored as ordinary files" in (result.note() or "")
    assert titles(sv) == before
    sv.close()
    assert not keys.is_on(data_dir)  # a restore never turns protection on or off
    assert titles_with(data_dir, clock, None) == before


def test_plain_backup_restored_after_turning_protection_on(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    before = titles(sv)
    in_folder = sv.backups.back_up_now().path
    outside = sv.backups.copy_to(tmp_path / "stick.sqlite3")
    assert not backup_keys.is_protected(outside) and not backup_keys.sidecar(outside).exists()
    add_later(sv)
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    assert backup_keys.is_protected(in_folder)  # turning on converted it

    assert sv.backups.restore(in_folder).converted is None
    assert titles(sv) == before
    add_later(sv)
    result = sv.backups.restore(outside)
    assert result.converted == "protected"
    assert titles(sv) == before
    sv.close()
    # The plain backup's content is now encrypted with the folder's key; no readable scrap left.
    assert files_with_canary(data_dir) == []
    assert titles_with(data_dir, clock, PASS) == before

    # From the command, the same backup again.
    pw = pw_file(tmp_path, "pw.txt", PASS)
    code, _out, err = coprod_here(data_dir, "--passphrase-file", str(pw), "restore", str(outside))
    assert code == 0, err
    assert "now protected by your passphrase" in err
    assert files_with_canary(data_dir) == []


# -- 4. the list says which backups are protected ---------------------------------------------
def test_backup_list_says_which_backups_are_protected(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    plain = sv.backups.back_up_now().path
    clock.day = date(2026, 11, 23)
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    encryption.turn_off(sv, PASS)  # both plain again
    stranger = sv.backups.folder / "manual-20261120-080000.sqlite3"
    stranger.write_bytes(bytes(range(256)) * 64)  # looks encrypted: counted as protected
    sv.close()
    code, out, err = coprod_here(data_dir, "backup", "list", "--json")
    assert code == 0, err
    listed = {Path(item["path"]).name: item["protected"] for item in json.loads(out)}
    assert listed == {plain.name: False, stranger.name: True}
    stranger.unlink()

    sv2 = open_services(data_dir, clock)
    encryption.turn_on(sv2, PASS, kdf=CHEAP)
    clock.day = date(2026, 11, 24)
    sv2.backups.back_up_now()
    sv2.close()
    pw = pw_file(tmp_path, "pw.txt", PASS)
    code, out, err = coprod_here(data_dir, "--passphrase-file", str(pw), "backup", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Taken", "Reason", "Size", "Passphrase", "File"]
    rows = lines[2:]  # under the header and its rule
    assert len(rows) == 2 and all(row.split()[5] == "protected" for row in rows), out


# -- 5. a restore that fails half-way --------------------------------------------------------------
def leave_a_log(data_dir: Path, key: bytes, title: str) -> None:
    """A process saves a change and dies before its log is folded into the file (a crash)."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from coprod_desktop.core.db import cipher\n"
        f"conn = cipher.connect(Path({str(data_dir / 'coprod.sqlite3')!r}), bytes.fromhex("
        f"{key.hex()!r}))\n"
        "conn.execute('PRAGMA journal_mode=WAL')\n"
        "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
        f"conn.execute('UPDATE activities SET title = ? WHERE id = 1', ({title!r},))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=child_env(), timeout=60)


@pytest.mark.parametrize("where", ["swap", "conversion", "safety-copy"])
def test_a_restore_that_fails_half_way_changes_nothing(
    sv: Services,
    data_dir: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    plain_outside = sv.backups.copy_to(tmp_path / "plain.sqlite3")
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    backup = sv.backups.back_up_now().path
    key = sv.db.key
    assert key is not None
    add_later(sv)
    sv.close()
    leave_a_log(data_dir, key, "Only in the log")
    assert (data_dir / "coprod.sqlite3-wal").stat().st_size > 0
    state = folder_state(data_dir)
    assert {"keyring.json", "backups/keyring.json"} <= set(state)
    assert any(name.startswith("attachments/") for name in state)

    class Boom(OSError):
        pass

    if where == "swap":  # after the log was moved aside, before the restored file is in place
        real = backups.os.replace

        def failing(src: object, dst: object) -> None:
            if Path(str(dst)) == data_dir / "coprod.sqlite3":
                raise Boom(5, "Input/output error")
            real(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(backups.os, "replace", failing)
        chosen = backup
    elif where == "conversion":  # a plain backup half-way through being encrypted
        real_export = cipher.export_database

        def failing_export(src: Path, dst: Path, **kw: object) -> None:
            real_export(src, dst, **kw)  # type: ignore[arg-type]
            raise Boom(28, "No space left on device")

        monkeypatch.setattr(cipher, "export_database", failing_export)
        chosen = plain_outside
    else:  # the copy of what is there now cannot be made: the disk is full

        def full(*_a: object, **_k: object) -> None:
            raise StorageError("The backup was not made: the disk is full. Free some space.")

        monkeypatch.setattr(restore, "take_copy", full)  # the copy before the swap
        chosen = backup

    with pytest.raises((UserError, OSError)):
        backups.restore_backup(sv.paths, chosen, NOW, passphrase=PASS)
    assert folder_state(data_dir) == state  # records, log, key files, receipts, backups
    monkeypatch.undo()
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)
    got = titles_with(data_dir, clock, PASS)
    assert "Only in the log" in got and "Added after the backup" in got


def test_a_copied_backups_folder_restores_on_a_new_computer(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """The old computer's backups folder (with its key file) copied into a new, unprotected
    data folder: the app's own backups never remove that key file, and the restore asks for
    the passphrase of that time."""
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    before = titles(sv)
    taken = sv.backups.back_up_now().path
    sv.close()
    new = open_services(tmp_path / "new-computer", clock)
    try:
        new.backups.back_up_now()  # the new folder's own first backup, before the copy arrives
        for name in (taken.name, keys.KEYRING_NAME):
            (new.backups.folder / name).write_bytes((sv.paths.backups / name).read_bytes())
        clock.day = date(2026, 11, 23)
        new.backups.back_up_now()  # must leave the old key file alone
        assert (new.backups.folder / keys.KEYRING_NAME).is_file()
        brought = new.backups.folder / taken.name
        with pytest.raises(backup_keys.BackupPassphraseNeeded, match="had when it was taken:"):
            new.backups.restore(brought)
        assert new.backups.restore(brought, backup_passphrase=PASS).converted == "plain"
        assert titles(new) == before
    finally:
        new.close()


def test_a_key_file_for_another_key_is_never_overwritten(sv: Services, tmp_path: Path) -> None:
    encryption.turn_on(sv, PASS, kdf=CHEAP)
    other = keys.Keyring.create(keys.new_data_key(), THIRD_PASS, keys.new_recovery_key(), CHEAP)
    theirs = sv.backups.folder / keys.KEYRING_NAME
    keys.write_keyring(theirs, other)
    sv.backups.back_up_now()
    assert theirs.read_bytes() == other.to_bytes()
    theirs.write_bytes(b"damaged")  # a damaged copy opens nothing: it is put right
    sv.backups.back_up_now()
    assert theirs.read_bytes() == keys.keyring_path(sv.paths.root).read_bytes()
