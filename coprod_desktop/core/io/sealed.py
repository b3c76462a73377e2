"""Sealed files: AES-256-GCM envelopes for exports, backups and stored attachments.

Two kinds, both versioned by a magic header so a reader can tell what it holds:

* **Passphrase-sealed** (`seal`, `unseal`, `seal_file`, `unseal_file`): for a file that leaves
  the data folder (an `export json --encrypt`, an encrypted backup). The key comes from the
  passphrase through the same Argon2id as the key file (`keys.derive_key`) with the file's own
  random salt, and the cost is written in the header. The content is cut into 1 MiB chunks, each
  its own AES-GCM message with a counter nonce and a "last chunk" flag in its associated data, so
  a large backup is sealed without holding it in memory and a cut-short or reordered file is
  refused. A 16-byte check value derived from the passphrase tells "wrong passphrase" apart
  from "damaged file", so each gets its own plain sentence.
* **Key-sealed** (`seal_with_key`, `unseal_with_key`): one AES-GCM message under the data key,
  for attachments inside an encrypted data folder. The file's name (its content hash) is bound
  in as associated data, so one stored file cannot be swapped for another.

Header of a passphrase-sealed file (all integers big-endian):
`b"COPROD-SEALED\\0"`, version (1 byte), Argon2id time cost (4), memory KiB (4), lanes (1),
salt (16), nonce prefix (8), check (16), chunk size (4); then the chunks, each chunk size + 16
bytes except the last, which may be shorter.
"""

from __future__ import annotations

import os
import secrets
import struct
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from coprod_desktop.core.domain.errors import StorageError, UserError
from coprod_desktop.core.io.keys import (
    DEFAULT_KDF,
    TOO_COSTLY,
    KdfParams,
    KdfTooCostly,
    WrongPassphrase,
    expand_key,
)

MAGIC = b"COPROD-SEALED\x00"
VERSION = 1
CHUNK = 1024 * 1024
TAG = 16
_HEADER = struct.Struct(">14sBIIB16s8s16sI")

KEYED_MAGIC = b"COPROD-KEYED\x00\x01"
_KEYED_NONCE = 12


def _damaged(what: str) -> UserError:
    return UserError(
        f"The {what} is damaged or cut short, so it cannot be opened: use another copy.", "file"
    )


def is_sealed(head: bytes) -> bool:
    """Does this content (or its first bytes) start like a passphrase-sealed file?"""
    return head.startswith(MAGIC)


def is_sealed_file(path: Path) -> bool:
    if not Path(path).is_file():  # a pipe or a device: opening it could wait for ever
        return False
    try:
        with open(path, "rb") as handle:
            return is_sealed(handle.read(len(MAGIC)))
    except OSError:
        return False


def _keys(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    from coprod_desktop.core.io.keys import derive_key

    master = derive_key(passphrase, salt, kdf)
    return expand_key(master, salt, b"sealed-file-key"), expand_key(
        master, salt, b"sealed-file-check"
    )[:16]


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + counter.to_bytes(4, "big")


def _seal_stream(chunks: Iterable[bytes], passphrase: str, kdf: KdfParams) -> Iterator[bytes]:
    """The header, then each chunk sealed; `chunks` must give at most CHUNK bytes each."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(16)
    prefix = secrets.token_bytes(8)
    key, check = _keys(passphrase, salt, kdf)
    header = _HEADER.pack(
        MAGIC, VERSION, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, prefix, check, CHUNK
    )
    yield header
    aead = AESGCM(key)
    counter = 0
    pending: bytes | None = None
    for piece in chunks:
        if pending is not None:
            yield aead.encrypt(_nonce(prefix, counter), pending, header + b"\x00")
            counter += 1
        pending = piece
    yield aead.encrypt(_nonce(prefix, counter), pending or b"", header + b"\x01")


def _read_header(head: bytes, passphrase: str, what: str) -> tuple[bytes, bytes, bytes, int]:
    """(header, key, nonce prefix, chunk size) or a plain error."""
    if not is_sealed(head):
        raise UserError(f"The {what} is not a sealed Coprod Desktop file.", "file")
    if len(head) < _HEADER.size:
        raise _damaged(what)
    header = head[: _HEADER.size]
    _magic, version, t_cost, m_kib, lanes, salt, prefix, check, chunk = _HEADER.unpack(header)
    if version != VERSION:
        raise UserError(
            f"The {what} was sealed by a newer version of Coprod Desktop: open it with that "
            "version.",
            "file",
        )
    try:
        kdf = KdfParams.from_json(
            {"name": "argon2id", "time_cost": t_cost, "memory_kib": m_kib, "parallelism": lanes}
        )
    except KdfTooCostly:
        raise UserError(TOO_COSTLY.format(what=what), "file") from None
    except ValueError:
        raise _damaged(what) from None
    if not 1 <= chunk <= 64 * CHUNK:
        raise _damaged(what)
    key, expected = _keys(passphrase, salt, kdf)
    if not secrets.compare_digest(check, expected):
        raise WrongPassphrase(
            f"That passphrase does not open the {what}: check it (capital letters count) and "
            "try again; nothing was changed."
        )
    return header, key, prefix, chunk


def _open_chunks(
    header: bytes, key: bytes, prefix: bytes, pieces: Iterator[tuple[bytes, bool]], what: str
) -> Iterator[bytes]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    for counter, (piece, last) in enumerate(pieces):
        try:
            yield aead.decrypt(
                _nonce(prefix, counter), piece, header + (b"\x01" if last else b"\x00")
            )
        except InvalidTag:
            raise _damaged(what) from None


def _split(body: bytes, size: int) -> Iterator[tuple[bytes, bool]]:
    if not body:
        return
    for start in range(0, len(body), size):
        yield body[start : start + size], start + size >= len(body)


# -- in memory -----------------------------------------------------------------------------
def seal(data: bytes, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """`data` sealed under `passphrase` (a new salt each time, so equal inputs never match)."""
    pieces = (data[i : i + CHUNK] for i in range(0, len(data), CHUNK))
    return b"".join(_seal_stream(pieces, passphrase, kdf))


def unseal(blob: bytes, passphrase: str, *, what: str = "sealed file") -> bytes:
    """The content, or a plain error: not sealed, wrong passphrase, or damaged."""
    header, key, prefix, chunk = _read_header(blob[: _HEADER.size], passphrase, what)
    body = blob[_HEADER.size :]
    if not body:
        raise _damaged(what)
    return b"".join(_open_chunks(header, key, prefix, _split(body, chunk + TAG), what))


# -- files ---------------------------------------------------------------------------------
def _read_pieces(handle: BinaryIO, size: int) -> Iterator[bytes]:
    while True:
        piece = handle.read(size)
        if not piece:
            return
        yield piece


def _write_atomically(dst: Path, pieces: Iterable[bytes]) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for piece in pieces:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, dst)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Not saved: {dst.name} could not be written ({exc.strerror}). Nothing was changed."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def seal_file(src: Path, dst: Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
    """Seal any file (a backup, an export) into `dst`, a chunk at a time; `dst` appears whole."""
    try:
        with open(src, "rb") as handle:
            _write_atomically(dst, _seal_stream(_read_pieces(handle, CHUNK), passphrase, kdf))
    except FileNotFoundError:
        raise UserError(f"The file {src} is not there: check the name.", "file") from None


def opens_with(src: Path, passphrase: str, *, what: str = "sealed file") -> bool:
    """Does `passphrase` open this sealed file? Reads only its header (no content is opened);
    a file that is not sealed, or whose header is damaged, gets its plain error."""
    with open(src, "rb") as handle:
        head = handle.read(_HEADER.size)
    try:
        _read_header(head, passphrase, what)
    except WrongPassphrase:
        return False
    return True


def unseal_file(src: Path, dst: Path, passphrase: str, *, what: str = "sealed file") -> None:
    """Open a sealed file into `dst`; on any error `dst` is not created or changed."""
    with open(src, "rb") as handle:
        header, key, prefix, chunk = _read_header(handle.read(_HEADER.size), passphrase, what)

        def pieces() -> Iterator[tuple[bytes, bool]]:
            current = handle.read(chunk + TAG)
            if not current:
                raise _damaged(what)
            while current:
                following = handle.read(chunk + TAG)
                yield current, not following
                current = following

        _write_atomically(dst, _open_chunks(header, key, prefix, pieces(), what))


# -- under the data key (attachments) ------------------------------------------------------
def seal_with_key(data: bytes, key: bytes, label: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_KEYED_NONCE)
    aad = KEYED_MAGIC + label.encode("utf-8")
    return KEYED_MAGIC + nonce + AESGCM(key).encrypt(nonce, data, aad)


def is_key_sealed(data: bytes) -> bool:
    return data.startswith(KEYED_MAGIC)


def unseal_with_key(blob: bytes, key: bytes, label: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_key_sealed(blob):
        raise _damaged(f"stored file {label}")
    start = len(KEYED_MAGIC)
    nonce = blob[start : start + _KEYED_NONCE]
    try:
        return AESGCM(key).decrypt(
            nonce, blob[start + _KEYED_NONCE :], KEYED_MAGIC + label.encode("utf-8")
        )
    except InvalidTag:
        raise _damaged(f"stored file {label}") from None
