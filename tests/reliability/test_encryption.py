"""Optional encryption: nothing readable on disk, a wrong passphrase changes nothing, and every
switch is all or nothing.

The figures the issue asks for are checked here: with encryption on, the canary string is found
in 0 files under the data folder (raw bytes, UTF-8 and UTF-16), in 0 backups and in the sealed
export; a wrong passphrase changes 0 bytes. Argon2id runs at a cheap cost in these tests (the
key file records the cost, so the app's real cost is exercised by the same code).
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from coprod_desktop.cli import main as cli_main
from coprod_desktop.core.db import cipher
from coprod_desktop.core.db.migrate import current_revision
from coprod_desktop.core.db.opening import backup_copy
from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.domain.kinds import ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Cancelled
from coprod_desktop.core.domain.records import Activity, Expense, Organisation
from coprod_desktop.core.io import keys, sealed
from coprod_desktop.core.io.json_io import export_json
from coprod_desktop.core.services import Services, encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.expenses import NewFile

CANARY = "Zebra-Canary-7731"
CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASS = "correct horse battery staple"
NEW_PASS = "a different long passphrase"
NOW = datetime(2026, 11, 22, 9, 30)

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def canary_png() -> bytes:
    info = PngInfo()
    info.add_text("Comment", CANARY)
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "PNG", pnginfo=info)
    data = out.getvalue()
    assert CANARY.encode() in data
    return data


def fill(sv: Services) -> None:
    """A canary in an organisation name, an activity title, a private note and a receipt."""
    org = sv.organisations.create(Organisation(name=f"Trust {CANARY}", code="NUH"))
    assert org.id is not None
    sv.activities.create(
        Activity(
            organisation_id=org.id,
            date=date(2026, 10, 1),
            title=f"Panel {CANARY}",
            contact_minutes=90,
            private_notes=f"note {CANARY}",
        )
    )
    sv.expenses.create(
        Expense(
            organisation_id=org.id,
            date=date(2026, 10, 1),
            category=ExpenseCategory.PARKING,
            amount=Money.parse("4.50"),
        ),
        [NewFile("ticket.png", canary_png())],
    )
    sv.db.checkpoint()


def needles() -> list[bytes]:
    return [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be")]


def files_with_canary(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles()):
                found.append(path)
    return found


def fingerprint(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def filled(data_dir: Path, clock: FixedClock) -> Iterator[Services]:
    sv = open_services(data_dir, clock)
    fill(sv)
    yield sv
    sv.close()


def test_canary_is_on_disk_before_and_nowhere_after(filled: Services, tmp_path: Path) -> None:
    paths = filled.paths
    backup = backup_copy(paths.database, paths.backups, "manual", NOW)
    # The detector finds the canary in the plain database, the receipt and the backup...
    before = files_with_canary(paths.root)
    assert paths.database in before and backup in before
    assert any(p.parent.parent == paths.attachments for p in before)
    reference = export_json(filled)

    recovery = encryption.turn_on(filled, PASS, PASS, kdf=CHEAP)
    assert keys.normalise_recovery_key(recovery) == recovery
    # ...and after switching on, in no file at all: database, attachments, backups, key file.
    after = files_with_canary(paths.root)
    assert after == [], f"canary found in {len(after)} files: {after}"
    assert not (paths.root / encryption.JOURNAL).exists()
    # New records and new backups made while encryption is on stay encrypted too.
    filled.organisations.create(Organisation(name=f"Second {CANARY}", code="SEC"))
    filled.db.checkpoint()
    new_backup = backup_copy(paths.database, paths.backups, "later", NOW, filled.db.key)
    assert files_with_canary(paths.root) == []
    assert cipher.opens_with(new_backup, filled.db.key)
    assert not cipher.opens_with(new_backup, None)
    # The sealed export holds the records but not readably.
    out = tmp_path / "export.sealed"
    out.write_bytes(sealed.seal(export_json(filled), PASS, kdf=CHEAP))
    assert not any(n in out.read_bytes() for n in needles())
    assert sealed.unseal(out.read_bytes(), PASS) != reference  # it has the second org
    assert b"Second " + CANARY.encode() in sealed.unseal(out.read_bytes(), PASS)


def test_reading_back_while_encrypted(filled: Services, data_dir: Path, clock: FixedClock) -> None:
    reference = export_json(filled)
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    with pytest.raises(keys.PassphraseNeeded):
        open_services(data_dir, clock)
    sv = open_services(data_dir, clock, passphrase=PASS)
    try:
        assert export_json(sv) == reference
        # the content hash is over the plain bytes: the same receipt again is found, kept once
        stored = sv.ctx.store.put(canary_png(), "again.png")
        assert stored.sha256 == hashlib.sha256(canary_png()).hexdigest()
        assert sv.ctx.store.read(stored.sha256) == canary_png()
        assert len(list(sv.paths.attachments.rglob("*"))) == 2  # one folder, one file
        assert current_revision(sv.paths.database, sv.db.key) == "0002"
        with pytest.raises(StorageError, match="needs a passphrase"):
            current_revision(sv.paths.database)
    finally:
        sv.close()


@pytest.mark.parametrize("given", ["", "Correct horse battery staple", "wrong"])
def test_wrong_passphrase_changes_nothing(
    filled: Services, data_dir: Path, clock: FixedClock, given: str
) -> None:
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    before = fingerprint(data_dir)
    expected = keys.PassphraseNeeded if not given else keys.WrongPassphrase
    with pytest.raises(expected) as caught:
        open_services(data_dir, clock, passphrase=given)
    assert fingerprint(data_dir) == before  # 0 files and 0 bytes changed
    assert "nothing was changed" in caught.value.message or "passphrase" in caught.value.message
    assert "\n" not in caught.value.message and "Traceback" not in caught.value.message


def test_wrong_passphrase_on_the_command_line(
    filled: Services, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    before = fingerprint(data_dir)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    code = cli_main(["--data-dir", str(data_dir), "--passphrase-file", str(wrong), "list", "orgs"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        "coprod: That passphrase does not open your records: check it (capital letters count) "
        "and try again; nothing was changed.\n"
    )
    assert fingerprint(data_dir) == before
    right = tmp_path / "right.txt"
    right.write_text(PASS + "\n")
    code = cli_main(["--data-dir", str(data_dir), "--passphrase-file", str(right), "list", "orgs"])
    assert code == 0
    assert CANARY in capsys.readouterr().out


def test_on_off_on_round_trip_keeps_every_record(filled: Services) -> None:
    paths = filled.paths
    backup_copy(paths.database, paths.backups, "manual", NOW)
    reference = export_json(filled)
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    assert export_json(filled) == reference
    encryption.turn_off(filled, PASS)
    assert not keys.is_on(paths.root)
    assert export_json(filled) == reference
    # off really means plain files again: the database, backups and receipts read as before
    assert sqlite3.connect(paths.database).execute("select count(*) from organisations").fetchone()
    assert all(cipher.opens_with(b, None) for b in paths.backups.glob("*.sqlite3"))
    assert any(
        n in p.read_bytes() for p in paths.attachments.rglob("*") if p.is_file() for n in needles()
    )
    encryption.turn_on(filled, NEW_PASS, kdf=CHEAP)
    assert export_json(filled) == reference
    assert files_with_canary(paths.root) == []


def test_turn_off_needs_the_right_passphrase(filled: Services) -> None:
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.db.dispose()
    before = fingerprint(filled.paths.root)
    with pytest.raises(keys.WrongPassphrase):
        encryption.turn_off(filled, "not it at all")
    assert fingerprint(filled.paths.root) == before
    assert keys.is_on(filled.paths.root)


def test_change_passphrase_rewraps_only_the_key(
    filled: Services, data_dir: Path, clock: FixedClock
) -> None:
    reference = export_json(filled)
    encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    db_before = hashlib.sha256(filled.paths.database.read_bytes()).hexdigest()
    with pytest.raises(keys.WrongPassphrase):
        encryption.change_passphrase(filled.paths, "not the old one", NEW_PASS, kdf=CHEAP)
    with pytest.raises(UserError, match="not the same"):
        encryption.change_passphrase(filled.paths, PASS, NEW_PASS, "typo", kdf=CHEAP)
    encryption.change_passphrase(filled.paths, PASS, NEW_PASS, NEW_PASS, kdf=CHEAP)
    assert hashlib.sha256(filled.paths.database.read_bytes()).hexdigest() == db_before
    with pytest.raises(keys.WrongPassphrase):
        open_services(data_dir, clock, passphrase=PASS)
    sv = open_services(data_dir, clock, passphrase=NEW_PASS)
    try:
        assert export_json(sv) == reference
    finally:
        sv.close()


def test_recovery_key_sets_a_new_passphrase(
    filled: Services, data_dir: Path, clock: FixedClock
) -> None:
    reference = export_json(filled)
    recovery = encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    keyring_before = keys.keyring_path(data_dir).read_bytes()
    wrong = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"
    with pytest.raises(keys.WrongPassphrase, match="recovery key"):
        encryption.recover(filled.paths, wrong, NEW_PASS, kdf=CHEAP)
    with pytest.raises(UserError, match="6 groups of 5"):
        encryption.recover(filled.paths, "ABC", NEW_PASS, kdf=CHEAP)
    assert keys.keyring_path(data_dir).read_bytes() == keyring_before
    typed = recovery.lower().replace("-", " ")  # as a person may type it off a printout
    encryption.recover(filled.paths, typed, NEW_PASS, NEW_PASS, kdf=CHEAP)
    sv = open_services(data_dir, clock, passphrase=NEW_PASS)
    try:
        assert export_json(sv) == reference
    finally:
        sv.close()
    encryption.recover(filled.paths, recovery, "and yet another one", kdf=CHEAP)  # still works


class Boom(RuntimeError):
    pass


def test_interrupted_switch_on_leaves_the_plain_files_in_use(filled: Services) -> None:
    paths = filled.paths
    backup_copy(paths.database, paths.backups, "manual", NOW)
    reference = export_json(filled)
    filled.db.checkpoint()
    filled.db.dispose()  # closing removes SQLite's empty -wal/-shm: not a change to the records
    before = fingerprint(paths.root)
    calls: list[tuple[int, int]] = []

    def fail_midway(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 2:  # the database is converted and one attachment is done
            raise Boom("simulated failure")

    with pytest.raises(Boom):
        encryption.turn_on(filled, PASS, kdf=CHEAP, progress=fail_midway)
    assert fingerprint(paths.root) == before  # not one byte of the originals changed
    assert not keys.is_on(paths.root)
    assert not (paths.root / encryption.JOURNAL).exists()
    assert export_json(filled) == reference  # the same services carry on, plaintext
    filled.organisations.create(Organisation(name="After the failure", code="AFT"))
    assert cipher.opens_with(paths.database, None)
    with pytest.raises(Cancelled):
        encryption.turn_on(
            filled, PASS, kdf=CHEAP, progress=lambda d, t: (_ for _ in ()).throw(Cancelled())
        )
    assert not keys.is_on(paths.root)


def test_crash_before_commit_is_cleared_on_next_open(
    filled: Services, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = export_json(filled)
    monkeypatch.setattr(encryption, "_roll_back", lambda journal, plaintext_staged: None)

    def die(done: int, total: int) -> None:
        if done == 2:
            raise Boom("killed")

    with pytest.raises(Boom):
        encryption.turn_on(filled, PASS, kdf=CHEAP, progress=die)
    filled.close()
    assert (data_dir / encryption.JOURNAL).exists()  # as a kill -9 would leave it
    monkeypatch.undo()
    sv = open_services(data_dir, clock)  # no passphrase needed: the switch never happened
    try:
        assert not (data_dir / encryption.JOURNAL).exists()
        assert export_json(sv) == reference
    finally:
        sv.close()


def test_crash_after_commit_is_finished_on_next_open(
    filled: Services, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = filled.paths
    backup_copy(paths.database, paths.backups, "manual", NOW)
    reference = export_json(filled)
    real = encryption._roll_forward
    monkeypatch.setattr(
        encryption,
        "_roll_forward",
        lambda root, journal: (_ for _ in ()).throw(Boom("killed after commit")),
    )
    with pytest.raises(Boom):
        encryption.turn_on(filled, PASS, kdf=CHEAP)
    filled.close()
    monkeypatch.setattr(encryption, "_roll_forward", real)
    with pytest.raises(keys.PassphraseNeeded):  # finishing the switch needs no key...
        open_services(data_dir, clock)
    assert not (data_dir / encryption.JOURNAL).exists()
    assert files_with_canary(data_dir) == []  # ...and leaves no plaintext behind
    sv = open_services(data_dir, clock, passphrase=PASS)
    try:
        assert export_json(sv) == reference
    finally:
        sv.close()


def test_a_backup_that_cannot_be_read_stops_the_switch_plainly(filled: Services) -> None:
    paths = filled.paths
    paths.backups.mkdir(exist_ok=True)
    (paths.backups / "broken.sqlite3").write_bytes(b"this is not a database at all" * 100)
    filled.db.dispose()
    before = fingerprint(paths.root)
    with pytest.raises(UserError, match=r"broken\.sqlite3"):
        encryption.turn_on(filled, PASS, kdf=CHEAP)
    assert fingerprint(paths.root) == before
    assert not keys.is_on(paths.root)


def test_new_passphrase_rules(filled: Services) -> None:
    with pytest.raises(UserError, match="too short"):
        encryption.turn_on(filled, "short", kdf=CHEAP)
    with pytest.raises(UserError, match="not the same"):
        encryption.turn_on(filled, PASS, PASS + "x", kdf=CHEAP)
    assert not keys.is_on(filled.paths.root)
    assert keys.strength_hint("short").startswith("Too short")
    assert keys.strength_hint("four unrelated words here please").startswith("Strong")


# -- sealed files ------------------------------------------------------------------------------
def test_sealed_round_trip_and_plain_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealed, "CHUNK", 1000)  # several chunks without a large file
    data = (CANARY * 400).encode()
    blob = sealed.seal(data, PASS, kdf=CHEAP)
    assert sealed.is_sealed(blob) and CANARY.encode() not in blob
    assert sealed.unseal(blob, PASS) == data
    assert sealed.seal(data, PASS, kdf=CHEAP) != blob  # fresh salt and nonces every time
    assert sealed.unseal(sealed.seal(b"", PASS, kdf=CHEAP), PASS) == b""
    with pytest.raises(keys.WrongPassphrase, match="does not open"):
        sealed.unseal(blob, "wrong passphrase")
    damaged = bytearray(blob)
    damaged[len(blob) // 2] ^= 1
    with pytest.raises(UserError, match="damaged"):
        sealed.unseal(bytes(damaged), PASS)
    cut = blob[: len(blob) - (1000 + 16) // 2]
    with pytest.raises(UserError, match="damaged"):
        sealed.unseal(cut, PASS)
    one_chunk_short = blob[: sealed._HEADER.size + 2 * (1000 + 16)]
    with pytest.raises(UserError, match="damaged"):
        sealed.unseal(one_chunk_short, PASS)
    with pytest.raises(UserError, match="not a sealed"):
        sealed.unseal(b'{"format": "coprod-desktop"}', PASS)

    src, dst, back = tmp_path / "a.bin", tmp_path / "a.sealed", tmp_path / "b.bin"
    src.write_bytes(data)
    sealed.seal_file(src, dst, PASS, kdf=CHEAP)
    assert sealed.is_sealed_file(dst) and CANARY.encode() not in dst.read_bytes()
    with pytest.raises(keys.WrongPassphrase):
        sealed.unseal_file(dst, back, "wrong passphrase")
    assert not back.exists()
    sealed.unseal_file(dst, back, PASS)
    assert back.read_bytes() == data


def test_export_json_encrypt_and_import(
    filled: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = export_json(filled)
    filled.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    out = tmp_path / "records.sealed"
    base = ["--data-dir", str(filled.paths.root)]
    assert (
        cli_main([*base, "export", "json", str(out), "--encrypt", "--passphrase-file", str(pw)])
        == 0
    )
    assert sealed.is_sealed_file(out)
    assert not any(n in out.read_bytes() for n in needles())
    fresh = ["--data-dir", str(tmp_path / "fresh")]
    capsys.readouterr()
    assert cli_main([*fresh, "import", "json", str(out)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert cli_main([*fresh, "import", "json", str(out), "--passphrase-file", str(wrong)]) == 1
    assert "does not open the sealed export" in capsys.readouterr().err
    assert cli_main([*fresh, "import", "json", str(out), "--passphrase-file", str(pw)]) == 0
    sv = open_services(tmp_path / "fresh", FixedClock(date(2026, 11, 22)))
    try:
        assert export_json(sv) == reference
    finally:
        sv.close()


def test_encryption_commands(
    filled: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.close()
    base = ["--data-dir", str(filled.paths.root)]
    pw, new = tmp_path / "pw.txt", tmp_path / "new.txt"
    pw.write_text(PASS + "\n")
    new.write_text(NEW_PASS + "\n")
    assert cli_main([*base, "encryption", "status"]) == 0
    assert capsys.readouterr().out.startswith("Off")
    assert cli_main([*base, "encryption", "on", "--new-passphrase-file", str(pw)]) == 0
    captured = capsys.readouterr()
    recovery = captured.out.strip()
    assert keys.normalise_recovery_key(recovery) == recovery
    assert "shown only this once" in captured.err
    assert files_with_canary(filled.paths.root) == []
    assert cli_main([*base, "encryption", "status", "--json"]) == 0
    assert '"on": true' in capsys.readouterr().out
    assert cli_main([*base, "list", "orgs"]) == 1
    assert "protected by a passphrase" in capsys.readouterr().err
    args = [*base, "--passphrase-file", str(pw), "encryption", "change"]
    assert cli_main([*args, "--new-passphrase-file", str(new)]) == 0
    rk = tmp_path / "rk.txt"
    rk.write_text(recovery + "\n")
    recover = [*base, "encryption", "recover", "--recovery-key-file", str(rk)]
    assert cli_main([*recover, "--new-passphrase-file", str(pw)]) == 0
    capsys.readouterr()
    assert cli_main([*base, "--passphrase-file", str(new), "encryption", "off"]) == 1
    assert "does not open" in capsys.readouterr().err
    assert cli_main([*base, "--passphrase-file", str(pw), "encryption", "off"]) == 0
    assert cli_main([*base, "list", "orgs"]) == 0
    assert CANARY in capsys.readouterr().out
