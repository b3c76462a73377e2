"""Writing many files at once: each whole and private, or none touched."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from coprod_desktop.core.domain.errors import StorageError
from coprod_desktop.core.io import safe_write
from coprod_desktop.core.io.safe_write import write_many_atomic


def _files(root: Path, count: int) -> list[tuple[Path, bytes]]:
    return [
        (root / f"{i % 7:02d}" / f"file{i}", f"content {i}".encode() * 50) for i in range(count)
    ]


def test_every_file_is_written_whole_with_no_temporary_left(tmp_path: Path) -> None:
    old = tmp_path / "03" / "file3"
    old.parent.mkdir()
    old.write_bytes(b"an older copy")
    files = _files(tmp_path, 40)
    write_many_atomic(files)
    for path, data in files:
        assert path.read_bytes() == data
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p for p in tmp_path.rglob("*") if p.is_file()) == sorted(p for p, _ in files)
    write_many_atomic([])  # nothing to do is not an error


def test_a_failure_before_the_renames_touches_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "03" / "file3"
    old.parent.mkdir()
    old.write_bytes(b"an older copy")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(StorageError, match="the disk is full while writing file"):
        write_many_atomic(_files(tmp_path, 40))
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [old]
    assert old.read_bytes() == b"an older copy"
