"""Issue 17, finding 4: the work a sealed file or key file asks for is bounded before any of it
is done (a header asking for time cost 100 and 4 GiB was accepted and ran for minutes)."""

from __future__ import annotations

import json
import struct
import time
from pathlib import Path

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io import keys, sealed
from tests.reliability.helpers import coprod_here
from tests.reliability.test_encryption import CHEAP

PASS = "correct horse battery"


def costly_header(blob: bytes, time_cost: int, memory_kib: int) -> bytes:
    """The same sealed file with the cost fields of its header changed."""
    start = len(sealed.MAGIC) + 1  # after the magic and the version byte
    return blob[:start] + struct.pack(">II", time_cost, memory_kib) + blob[start + 8 :]


@pytest.mark.parametrize(
    ("time_cost", "memory_kib"), [(100, 64), (1, 4 * 1024 * 1024), (13, 64), (1, 262_145)]
)
def test_a_sealed_file_asking_too_much_is_refused_before_work(
    time_cost: int, memory_kib: int
) -> None:
    blob = costly_header(sealed.seal(b"records", PASS, kdf=CHEAP), time_cost, memory_kib)
    started = time.perf_counter()
    with pytest.raises(UserError, match="asks for far more work to open than Coprod Desktop"):
        sealed.unseal(blob, PASS, what="sealed export")
    assert time.perf_counter() - started < 0.5


def test_what_the_app_writes_is_within_the_bound() -> None:
    assert keys.KdfParams.from_json(keys.DEFAULT_KDF.to_json()) == keys.DEFAULT_KDF
    assert keys.KdfParams.from_json(keys.MAX_KDF.to_json()) == keys.MAX_KDF


def test_the_command_refuses_a_costly_sealed_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "export.sealed"
    source.write_bytes(costly_header(sealed.seal(b"{}", PASS, kdf=CHEAP), 100, 4 * 1024 * 1024))
    monkeypatch.setenv("COPROD_PASSPHRASE", PASS)
    started = time.perf_counter()
    code, _out, err = coprod_here(tmp_path / "data", "import", "json", str(source))
    assert code == 1 and "far more work to open" in err and "Traceback" not in err
    assert time.perf_counter() - started < 5


def test_a_key_file_asking_too_much_is_refused_before_work(tmp_path: Path) -> None:
    ring = keys.Keyring.create(keys.new_data_key(), PASS, keys.new_recovery_key(), CHEAP)
    doc = json.loads(ring.to_bytes())
    doc["kdf"]["memory_kib"] = 4 * 1024 * 1024
    doc.pop("check")
    with pytest.raises(UserError, match="key file asks for far more work"):
        keys.Keyring.from_bytes(json.dumps(doc).encode())


def test_a_passphrase_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a byte-order mark: it is not part of the passphrase."""
    saved = tmp_path / "passphrase.txt"
    saved.write_bytes(b"\xef\xbb\xbf" + PASS.encode() + b"\r\n")
    assert keys.passphrase_from_file(saved) == PASS
