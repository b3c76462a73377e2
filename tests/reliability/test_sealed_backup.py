"""`coprod backup --encrypt`: a backup sealed under a passphrase of the member's choosing.

Checked here, with records plain and protected: the sealed copy restores the backed-up records
(from the command and from the service the window uses, and into an empty folder with just its
passphrase); the canary string is in no file the command writes, and no unsealed scrap is left;
a wrong passphrase, a missing one and a cut-short file each give one sentence and leave every
file of the data folder as it was; the list shows it protected (sealed); retention and the
encryption switch leave it alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.io import backups, keys, sealed
from coprod_desktop.core.services import Services, encryption, open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.reliability.helpers import coprod_here, hash_tree
from tests.reliability.test_encryption import CANARY, CHEAP, PASS, fill, needles

SEAL_PASS = "a passphrase only for this copy"
EMPTY = hashlib.sha256(b"").hexdigest()

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture(params=[False, True], ids=["plain-records", "protected-records"])
def protected(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def sv(data_dir: Path, clock: FixedClock, protected: bool) -> Iterator[Services]:
    services = open_services(data_dir, clock)
    fill(services)
    if protected:
        encryption.turn_on(services, PASS, kdf=CHEAP)
    yield services
    services.close()


def pw_file(tmp_path: Path, name: str, passphrase: str) -> Path:
    path = tmp_path / name
    path.write_text(passphrase + "\n")
    return path


def titles(services: Services) -> list[str]:
    return sorted(item.activity.title for item in services.activities.list())


def titles_in(data_dir: Path, clock: FixedClock, passphrase: str | None) -> list[str]:
    opened = open_services(data_dir, clock, passphrase=passphrase)
    try:
        return titles(opened)
    finally:
        opened.close()


def add_later(services: Services) -> None:
    org = services.organisations.list()[0]
    services.activities.create(
        Activity(organisation_id=org.id, date=date(2026, 11, 2), title="Added after the backup")  # type: ignore[arg-type]
    )


def has_canary(path: Path) -> bool:
    data = path.read_bytes()
    return any(needle in data for needle in needles())


def folder_state(root: Path) -> dict[str, str]:
    """Every file but the lock file (who last held it), SQLite's rebuildable -shm index and an
    empty -wal (opening the records to read them makes one; it holds nothing)."""
    return {
        name: digest
        for name, digest in hash_tree(root).items()
        if name != "coprod.lock"
        and not name.endswith("-shm")
        and not (name.endswith("-wal") and digest == EMPTY)
    }


def records_args(tmp_path: Path, protected: bool) -> list[str]:
    return ["--passphrase-file", str(pw_file(tmp_path, "records.txt", PASS))] if protected else []


def test_backup_encrypt_then_restore_gives_the_backed_up_records(
    sv: Services, data_dir: Path, clock: FixedClock, tmp_path: Path, protected: bool
) -> None:
    before = titles(sv)
    sv.close()
    records = records_args(tmp_path, protected)
    seal_pw = pw_file(tmp_path, "seal.txt", SEAL_PASS)
    files_before = set(hash_tree(data_dir))

    code, out, err = coprod_here(
        data_dir, *records, "backup", "--encrypt", "--passphrase-file", str(seal_pw)
    )
    assert code == 0, err
    made = Path(out.strip())
    assert made.parent == data_dir / "backups" and made.name.startswith("sealed-")
    assert made.suffix == ".sealed" and sealed.is_sealed_file(made)
    # The only new file is the sealed copy: no unsealed scrap is left in the data folder.
    assert set(hash_tree(data_dir)) - files_before == {f"backups/{made.name}"}
    assert not has_canary(made)
    if protected:  # nothing readable anywhere under the data folder
        assert [p for p in data_dir.rglob("*") if p.is_file() and has_canary(p)] == []

    # --out: the sealed file appears whole where the member said, and nothing else beside it.
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = coprod_here(
        data_dir,
        *records,
        "backup",
        "--encrypt",
        "--out",
        str(stick / "records.sealed"),
        "--passphrase-file",
        str(seal_pw),
    )
    assert code == 0, err
    assert [p.name for p in stick.iterdir()] == ["records.sealed"]
    assert not has_canary(stick / "records.sealed")

    # The list shows it protected, and says it is sealed.
    code, out, err = coprod_here(data_dir, *records, "backup", "list", "--json")
    assert code == 0, err
    listed = {Path(b["path"]).name: b for b in json.loads(out)}
    assert listed[made.name]["protected"] is True and listed[made.name]["sealed"] is True
    code, out, err = coprod_here(data_dir, *records, "backup", "list")
    row = next(line for line in out.splitlines() if made.name in line)
    assert "protected (sealed)" in row

    # Change the records, then restore the sealed backup: the backed-up records come back.
    later = open_services(data_dir, clock, passphrase=PASS if protected else None)
    add_later(later)
    later.close()
    code, out, err = coprod_here(
        data_dir, *records, "restore", str(made), "--backup-passphrase-file", str(seal_pw)
    )
    assert code == 0, err
    assert titles_in(data_dir, clock, PASS if protected else None) == before
    leftovers = [p.name for p in data_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    if protected:  # restored into the folder's key: still nothing readable on disk
        assert [p for p in data_dir.rglob("*") if p.is_file() and has_canary(p)] == []

    # On its own: into an empty folder on "another computer", with just its passphrase.
    elsewhere = tmp_path / "elsewhere"
    code, out, err = coprod_here(
        elsewhere,
        "restore",
        str(stick / "records.sealed"),
        "--backup-passphrase-file",
        str(seal_pw),
    )
    assert code == 0, err
    assert titles_in(elsewhere, clock, None) == before


def test_wrong_missing_or_cut_short_changes_nothing(
    sv: Services, data_dir: Path, tmp_path: Path, protected: bool
) -> None:
    made = sv.backups.back_up_sealed(SEAL_PASS)
    add_later(sv)
    sv.close()
    records = records_args(tmp_path, protected)
    short = tmp_path / "short.sealed"
    short.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    state = folder_state(data_dir)

    cases = [
        (made, pw_file(tmp_path, "wrong.txt", "not the right passphrase"), "does not open"),
        (made, None, "is sealed with the passphrase chosen when it was taken"),
        (short, pw_file(tmp_path, "seal.txt", SEAL_PASS), "damaged or cut short"),
    ]
    for backup, pw, words in cases:
        extra = ["--backup-passphrase-file", str(pw)] if pw else []
        code, out, err = coprod_here(data_dir, *records, "restore", str(backup), *extra)
        assert code == 1 and out == ""
        assert (words in err and "nothing was changed" in err) or "use another copy" in err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert folder_state(data_dir) == state


def test_too_short_or_unmatched_passphrase_makes_no_backup(
    sv: Services, data_dir: Path, tmp_path: Path, protected: bool
) -> None:
    with pytest.raises(UserError, match="too short"):
        sv.backups.back_up_sealed("short")
    sv.close()
    state = folder_state(data_dir)
    code, _out, err = coprod_here(
        data_dir,
        *records_args(tmp_path, protected),
        "backup",
        "--encrypt",
        "--passphrase-file",
        str(pw_file(tmp_path, "short.txt", "tiny")),
    )
    assert code == 1 and "too short" in err and len(err.strip().splitlines()) == 1
    assert folder_state(data_dir) == state


def test_the_window_service_restores_a_sealed_backup(
    sv: Services, data_dir: Path, protected: bool
) -> None:
    before = titles(sv)
    made = sv.backups.back_up_sealed(SEAL_PASS)
    add_later(sv)
    with pytest.raises(backups.SealedPassphraseNeeded):
        sv.backups.restore(made)
    with pytest.raises(keys.WrongPassphrase):
        sv.backups.restore(made, backup_passphrase="not the right passphrase")
    result = sv.backups.restore(made, backup_passphrase=SEAL_PASS)
    assert titles(sv) == before
    assert result.kept is not None
    assert (sv.db.key is not None) == protected  # restoring never turns protection on or off
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".")] == []


def test_retention_and_the_encryption_switch_leave_sealed_backups_alone(
    sv: Services, data_dir: Path, protected: bool
) -> None:
    made = sv.backups.back_up_sealed(SEAL_PASS)
    sealed_bytes = made.read_bytes()
    plain_today = sv.backups.back_up_now()
    assert backups.latest_backup(sv.backups.folder) == plain_today.path  # ordinary one offered
    assert made not in backups.prune(sv.backups.folder)
    if protected:
        encryption.turn_off(sv, PASS)
    else:
        encryption.turn_on(sv, PASS, kdf=CHEAP)
    assert made.read_bytes() == sealed_bytes
    assert CANARY.encode() not in sealed_bytes
    assert made in [b.path for b in sv.backups.list() if b.sealed]
