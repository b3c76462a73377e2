"""Write a file so that a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from coprod_desktop.core.domain.errors import StorageError


def write_atomic(path: Path, data: bytes, *, private: bool = True) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private and os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (28, 27):  # ENOSPC, EFBIG
            raise StorageError(
                f"Not saved: the disk is full while writing {path.name}. Free some space and "
                "try again."
            ) from exc
        raise StorageError(
            f"Not saved: {path.name} could not be written ({exc.strerror})."
        ) from exc
