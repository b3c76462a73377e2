"""The key file: how one random data key is kept safe under a passphrase and a recovery key.

Design (the whole of the optional encryption, in one place)
-----------------------------------------------------------
* A random 256-bit **data key** encrypts everything: the database (SQLCipher, given the key as a
  raw key, `PRAGMA key = "x'…'"`, so SQLCipher's own passphrase derivation is not used), each
  attachment (AES-256-GCM, one file each, see `sealed.seal_with_key`) and each database backup
  (SQLCipher again).
* The data key is never stored in the clear. `keyring.json` in the data folder (0600) holds it
  twice, each time wrapped with AES-256-GCM:
  - under a key derived from the member's **passphrase** with **Argon2id** (argon2-cffi's
    `hash_secret_raw`, RFC 9106's second recommended setting: 3 passes, 64 MiB, 4 lanes).
    Argon2id rather than scrypt because it is the current recommendation (RFC 9106, OWASP) for
    passwords, it is memory-hard against graphics-card guessing, and its cost is three plain
    numbers we keep in the key file so they can be raised later without re-encrypting;
  - under a key derived from a printable **recovery key** (30 base32 characters, 150 random
    bits, shown once as 6 groups of 5). That key is random, not chosen by a person, so a fast
    derivation (HKDF-SHA256) is enough: nobody can guess 150 bits, however quick each try is.
* Changing the passphrase only rewraps the data key (the key file is rewritten atomically);
  nothing else is re-encrypted. A recovery key lets the member set a new passphrase the same way.
* A wrong passphrase fails the AES-GCM check on the wrapped key *before* any other file is
  opened, so it raises a plain `WrongPassphrase` and touches nothing.
* The key file existing is what "encryption is on" means. Turning it on or off (in
  `core/services/encryption.py`) stages every converted file beside the originals and commits by
  one marker file, so a failure midway leaves the original files in use.

This module imports `cryptography` and `argon2` only when a key is actually derived, so opening
a folder without encryption pays nothing for them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import UserError

KEYRING_NAME = "keyring.json"
KEYRING_FORMAT = "coprod-desktop-keyring"
KEYRING_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_PASSPHRASE = 8

# Recovery keys: RFC 4648 base32 letters (A-Z and 2-7), so 0/O and 1/I are never both in play.
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5


class PassphraseNeeded(UserError):
    """The folder's records are protected and no passphrase was given."""

    def __init__(self) -> None:
        super().__init__(
            "Your records are protected by a passphrase: type it when asked, or give it in "
            "COPROD_PASSPHRASE or with --passphrase-file FILE.",
            "passphrase",
        )


class WrongPassphrase(UserError):
    """The passphrase (or recovery key) does not open the key. Nothing was changed."""

    def __init__(self, message: str | None = None, field: str = "passphrase") -> None:
        super().__init__(
            message
            or "That passphrase does not open your records: check it (capital letters count) "
            "and try again; nothing was changed.",
            field,
        )


def wrong_recovery_key() -> WrongPassphrase:
    return WrongPassphrase(
        "That recovery key does not open your records: check each group of five and try "
        "again; nothing was changed.",
        "recovery_key",
    )


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The app uses the default; tests pass a cheap one to stay fast."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """Read a cost from a file, refusing one above `MAX_KDF` *before* any work is done.

        Why a ceiling: the cost is in the file, so a crafted file could make opening it take
        minutes and gigabytes before the passphrase is even checked (issue 17). Nothing the
        app writes comes near it (`MAX_KDF` is a small multiple of the default)."""
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        values = [data.get(name) for name in ("time_cost", "memory_kib", "parallelism")]
        if not all(type(v) is int for v in values):
            raise ValueError("key derivation cost is not a whole number")
        params = cls(*values)
        if not (
            params.time_cost >= 1
            and 8 * params.parallelism <= params.memory_kib
            and params.parallelism >= 1
        ):
            raise ValueError("key derivation cost out of range")
        if (
            params.time_cost > MAX_KDF.time_cost
            or params.memory_kib > MAX_KDF.memory_kib
            or params.parallelism > MAX_KDF.parallelism
        ):
            raise KdfTooCostly("key derivation cost above what Coprod Desktop writes")
        return params


class KdfTooCostly(ValueError):
    """A file asks for more key-derivation work than the app ever sets."""


DEFAULT_KDF = KdfParams()
# Four times what the app writes: room for a later default to grow, no room for a crafted
# file to make opening take minutes and gigabytes.
MAX_KDF = KdfParams(
    time_cost=4 * DEFAULT_KDF.time_cost,
    memory_kib=4 * DEFAULT_KDF.memory_kib,
    parallelism=4 * DEFAULT_KDF.parallelism,
)
TOO_COSTLY = (
    "The {what} asks for far more work to open than Coprod Desktop ever sets, so it was not "
    "made by Coprod Desktop and was not opened; nothing was changed."
)


def _normal(passphrase: str) -> bytes:
    """The same passphrase typed on Windows and macOS gives the same bytes (é as one letter)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key from a passphrase (Argon2id)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        _normal(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def expand_key(secret: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA256: separate keys for separate jobs from one secret."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


# -- recovery keys ---------------------------------------------------------------------------
def new_recovery_key() -> str:
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_key(text: str) -> str:
    """What the member typed, as the canonical key: spaces, dashes and case do not matter."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    raw = raw.replace("0", "O").replace("1", "I").replace("8", "B")  # read off a printout
    want = RECOVERY_GROUPS * RECOVERY_GROUP_LEN
    if len(raw) != want or any(ch not in RECOVERY_ALPHABET for ch in raw):
        raise UserError(
            f"A recovery key has {want} letters and digits in {RECOVERY_GROUPS} groups of "
            f"{RECOVERY_GROUP_LEN} (like ABCDE-FGH23-…): check it and type it again.",
            "recovery_key",
        )
    return "-".join(raw[i : i + RECOVERY_GROUP_LEN] for i in range(0, want, RECOVERY_GROUP_LEN))


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    return expand_key(normalise_recovery_key(recovery_key).encode("ascii"), salt, b"recovery")


# -- passphrases ---------------------------------------------------------------------------
def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    """A new passphrase must be long enough and typed the same twice."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise UserError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters (three or "
            "four unrelated words are easy to remember and hard to guess).",
            "new_passphrase",
        )
    if repeat is not None and repeat != passphrase:
        raise UserError(
            "The two passphrases are not the same: type the new passphrase again in both boxes.",
            "repeat_passphrase",
        )


def strength_hint(passphrase: str) -> str:
    """A short, honest hint shown as the member types (never a reason to refuse on its own)."""
    text = passphrase.strip()
    if not text:
        return "Use three or four unrelated words, or at least 12 characters."
    if len(text) < MIN_PASSPHRASE:
        return f"Too short: at least {MIN_PASSPHRASE} characters."
    words = len(text.split())
    kinds = sum(
        any(test(ch) for ch in text)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if len(text) >= 20 or (words >= 4 and len(text) >= 16):
        return "Strong: long passphrases are the hardest to guess."
    if len(text) >= 12 and (kinds >= 2 or words >= 3):
        return "Good. A few more words would make it stronger."
    return "Fair: a longer passphrase (three or four words) would be much harder to guess."


# -- wrapping --------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wrap(kek: bytes, data_key: bytes, label: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, label))}


def _unwrap(kek: bytes, box: dict[str, str], label: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(box["nonce"]), _unb64(box["wrapped"]), label)
    except InvalidTag:
        return None


_PASS_LABEL = b"coprod-keyring-v1:passphrase"
_RECOVERY_LABEL = b"coprod-keyring-v1:recovery"


@dataclass(frozen=True)
class Keyring:
    """The contents of keyring.json: the data key wrapped twice, and how to derive the wrappers."""

    kdf: KdfParams
    salt: bytes
    passphrase_box: dict[str, str]
    recovery_salt: bytes
    recovery_box: dict[str, str]

    @classmethod
    def create(
        cls, data_key: bytes, passphrase: str, recovery_key: str, kdf: KdfParams = DEFAULT_KDF
    ) -> Keyring:
        salt = secrets.token_bytes(SALT_BYTES)
        recovery_salt = secrets.token_bytes(SALT_BYTES)
        return cls(
            kdf,
            salt,
            _wrap(derive_key(passphrase, salt, kdf), data_key, _PASS_LABEL),
            recovery_salt,
            _wrap(_recovery_kek(recovery_key, recovery_salt), data_key, _RECOVERY_LABEL),
        )

    def unlock(self, passphrase: str) -> bytes:
        """The data key, or WrongPassphrase (nothing is written either way)."""
        key = _unwrap(derive_key(passphrase, self.salt, self.kdf), self.passphrase_box, _PASS_LABEL)
        if key is None:
            raise WrongPassphrase()
        return key

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        key = _unwrap(
            _recovery_kek(recovery_key, self.recovery_salt), self.recovery_box, _RECOVERY_LABEL
        )
        if key is None:
            raise wrong_recovery_key()
        return key

    def with_passphrase(
        self, data_key: bytes, passphrase: str, kdf: KdfParams = DEFAULT_KDF
    ) -> Keyring:
        """The same data key under a new passphrase (fresh salt); the recovery key still works."""
        salt = secrets.token_bytes(SALT_BYTES)
        return Keyring(
            kdf,
            salt,
            _wrap(derive_key(passphrase, salt, kdf), data_key, _PASS_LABEL),
            self.recovery_salt,
            self.recovery_box,
        )

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEYRING_FORMAT,
            "version": KEYRING_VERSION,
            "note": "Coprod Desktop's key file. Without it (and your passphrase or recovery key) "
            "your records cannot be opened: keep it with the data folder and its backups.",
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "passphrase": self.passphrase_box,
            "recovery": {"salt": _b64(self.recovery_salt), **self.recovery_box},
        }
        doc["check"] = _digest(doc)
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Keyring:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != KEYRING_FORMAT:
                raise ValueError("not a key file")
            if doc.get("version") != KEYRING_VERSION:
                raise UserError(
                    "The key file was made by a newer version of Coprod Desktop: install the "
                    "newer version to open your records; nothing was changed.",
                    "keyring",
                )
            recovery = doc["recovery"]
            keyring = cls(
                KdfParams.from_json(doc["kdf"]),
                _unb64(doc["salt"]),
                {"nonce": doc["passphrase"]["nonce"], "wrapped": doc["passphrase"]["wrapped"]},
                _unb64(recovery["salt"]),
                {"nonce": recovery["nonce"], "wrapped": recovery["wrapped"]},
            )
            for box in (keyring.passphrase_box, keyring.recovery_box):
                # AES-GCM cannot tell a damaged box from a wrong passphrase: the sizes and
                # the file's own check can, so damage is never reported as a wrong passphrase.
                if len(_unb64(box["nonce"])) != NONCE_BYTES:
                    raise ValueError("nonce size")
                if len(_unb64(box["wrapped"])) != DATA_KEY_BYTES + 16:
                    raise ValueError("wrapped key size")
            if len(keyring.salt) != SALT_BYTES or len(keyring.recovery_salt) != SALT_BYTES:
                raise ValueError("salt size")
            if "check" in doc and doc["check"] != _digest(doc):
                raise ValueError("check differs")
            return keyring
        except KdfTooCostly:
            raise UserError(TOO_COSTLY.format(what="key file"), "keyring") from None
        except UserError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise UserError(
                f"The key file {KEYRING_NAME} in your data folder is damaged: put back the copy "
                "kept with a backup; nothing was changed.",
                "keyring",
            ) from None


def _digest(doc: dict[str, Any]) -> str:
    """A checksum over the key file's fields (not a secret): tells damage from a wrong
    passphrase. Files written before it existed have none and are read as before."""
    import hashlib

    body = {k: v for k, v in doc.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def keyring_path(root: Path) -> Path:
    return root / KEYRING_NAME


def is_on(root: Path) -> bool:
    """Encryption is on for this data folder (its key file exists)."""
    return keyring_path(root).exists()


SWITCH_JOURNAL = ".encryption-switch"  # where a switch on/off stages its files
SWITCH_COMMITTED = "COMMITTED"


def needs_passphrase(root: Path) -> bool:
    """Opening this folder will ask for a passphrase (also mid-way through switching on)."""
    if is_on(root):
        return True
    journal = root / SWITCH_JOURNAL
    if not (journal / SWITCH_COMMITTED).exists():
        return False
    try:
        return json.loads((journal / "plan.json").read_text()).get("direction") == "on"
    except (OSError, ValueError):
        return False


def read_keyring(root: Path) -> Keyring | None:
    path = keyring_path(root)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserError(
            f"The key file {path} cannot be read ({exc.strerror}): check you can use the data "
            "folder.",
            "keyring",
        ) from None
    return Keyring.from_bytes(data)


def write_keyring(path: Path, keyring: Keyring) -> None:
    from coprod_desktop.core.io.safe_write import write_atomic

    write_atomic(path, keyring.to_bytes(), private=True)


def passphrase_from_file(path: str | os.PathLike[str]) -> str:
    """The first line of a file (so `echo secret > f` works); a missing file is a plain error.

    A byte-order mark (Notepad adds one) is not part of the passphrase. At most 64 KB is read:
    enough for any passphrase, and `<(echo secret)` (a pipe) still works, but /dev/zero does
    not fill memory."""
    try:
        with open(path, "rb") as handle:
            text = handle.read(64 * 1024).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "it is not UTF-8 text"
        raise UserError(
            f"The passphrase file {path} cannot be read ({reason}): check the name.",
            "passphrase_file",
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserError(
            f"The passphrase file {path} is empty: put the passphrase on its first line.",
            "passphrase_file",
        )
    return lines[0]
