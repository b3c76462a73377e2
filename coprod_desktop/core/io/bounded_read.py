"""Reading a file the member chose: an ordinary file only, its size counted while reading.

Why not `stat()` then `read_bytes()`: a FIFO makes the read wait for ever (`expense add` hung),
and `/dev/zero` or `/dev/urandom` report a size of 0 and then never end (MemoryError, issue 17
finding 5). The file is opened without waiting (O_NONBLOCK), checked to be a regular file on
the open handle (not the name, which could change in between), and read in pieces that stop
one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coprod_desktop.core.domain.errors import UserError

_PIECE = 1 << 20


def read_regular_file(path: str | os.PathLike[str], field: str, limit: int, what: str) -> bytes:
    """The bytes of `path`, or one plain sentence: missing, a folder, not an ordinary file
    (a device, a pipe, a socket), unreadable, or over `limit` bytes (`what` names the kind of
    file in the sentence, e.g. "receipt")."""
    shown = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UserError(
            f"The {what} file '{shown}' does not exist: check the name.", field
        ) from None
    except IsADirectoryError:
        raise UserError(f"The {what} '{shown}' is a folder, not a file.", field) from None
    except PermissionError:
        raise UserError(
            f"The {what} file '{shown}' cannot be read: check its permissions.", field
        ) from None
    except OSError as exc:
        raise UserError(
            f"The {what} file '{shown}' cannot be opened ({exc.strerror}).", field
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UserError(f"The {what} '{shown}' is a folder, not a file.", field)
        if not stat.S_ISREG(mode):
            raise UserError(
                f"'{shown}' is not an ordinary file (it is a device, a pipe or a socket): "
                f"choose the {what} file itself.",
                field,
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        pieces: list[bytes] = []
        total = 0
        while True:
            piece = os.read(fd, min(_PIECE, limit + 1 - total))
            if not piece:
                break
            pieces.append(piece)
            total += len(piece)
            if total > limit:
                raise UserError(
                    f"The {what} file '{Path(shown).name}' is larger than "
                    f"{limit // (1024 * 1024)} MB: save a smaller copy and use that.",
                    field,
                )
        return b"".join(pieces)
    except OSError as exc:
        raise UserError(
            f"The {what} file '{shown}' could not be read ({exc.strerror}).", field
        ) from None
    finally:
        os.close(fd)
