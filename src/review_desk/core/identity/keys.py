"""Reviewer key pairs: one Ed25519 key per reviewer, encrypted at rest with a passphrase.

Fingerprint
    ``SHA256:`` followed by the first 32 lowercase hex characters (128 bits) of the SHA-256 of
    the raw 32-byte Ed25519 public key, e.g. ``SHA256:3f1c0a9e5b7d2c4e6a8f0b1d3c5e7a9b``.

Key file ``<home>/keys/<fingerprint>.json`` with the fingerprint's ``:`` written as ``_`` (a colon
is not allowed in Windows file names), e.g. ``keys/SHA256_3f1c….json``; mode 0600 in a 0700
folder, written atomically (temp file + fsync + rename); version 2::

    {"version": 2, "name": "张三", "unit": "办公室", "created": "2024-05-01T08:30:00Z",
     "fingerprint": "SHA256:…", "public_key": "<base64 raw 32 bytes>",
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "length": 32, "salt": "<base64 16 bytes>"},
     "cipher": {"name": "AES-256-GCM", "nonce": "<base64 12 bytes>", "ciphertext": "<base64>"}}

scrypt cost: new keys use n = 2**17, r = 8, p = 1 (OWASP's minimum; 128 MiB, about half a second).
A version 2 file with n below 2**17 (or r below 8) is refused.  Version 1 files are the keys Review
Desk wrote before: they are accepted only with exactly the parameters it always wrote (n = 2**15,
r = 8, p = 1), and the first unlock that proves the passphrase re-encrypts the same private key as
version 2 with the current cost, a new salt and a new nonce (if that rewrite fails the unlock still
succeeds and the next one tries again).  So a file cannot be made cheaper to attack by editing its
parameters, and an old key is upgraded the next time its owner uses it.

The passphrase (UTF-8) goes through scrypt with the stored parameters and salt to a 32-byte key;
AES-256-GCM with that key and the nonce encrypts the raw 32-byte private key.  The associated
data is the compact, key-sorted JSON of the version, name, unit, created, fingerprint and
public_key fields, so editing any of them breaks the GCM tag just like editing the ciphertext.
GCM cannot tell a wrong passphrase from an altered file; both raise :class:`WrongPassphrase`.
After decryption the private key must reproduce the stored public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from review_desk.core.home import PRIVATE_FILE, private_folder
from review_desk.core.identity.files import atomic_write, utc_now
from review_desk.core.errors import ErrorCode, MessageError

KEY_FILE_VERSION = 2
MIN_PASSPHRASE = 8
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_LENGTH = 2**17, 8, 1, 32
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**17, 2**20
LEGACY_SCRYPT = {1: (2**15, 8, 1)}  # key file version -> the only (n, r, p) Review Desk wrote in it
_log = logging.getLogger(__name__)
FINGERPRINT_RE = re.compile(r"^SHA256:[0-9a-f]{32}$")


class IdentityError(MessageError):
    """A key cannot be created, found or read (the message says why, in English)."""

    error_code = ErrorCode.IDENTITY


class WrongPassphrase(IdentityError):
    """The passphrase does not open the key (or the key file was altered)."""

    error_code = ErrorCode.WRONG_PASSPHRASE


@dataclass(frozen=True)
class Reviewer:
    """A reviewer's public identity; ``created`` is ISO-8601 UTC ending in ``Z``."""

    name: str
    unit: str
    public_key: bytes
    fingerprint: str
    created: str


def fingerprint_of(public_key: bytes) -> str:
    """``SHA256:`` + the first 32 lowercase hex characters of sha256(raw public key)."""
    if len(public_key) != 32:
        raise IdentityError("An Ed25519 public key is exactly 32 bytes.")
    return "SHA256:" + hashlib.sha256(public_key).hexdigest()[:32]


def public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    """The raw 32-byte public key of ``private_key``."""
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def key_path(home: Path, fingerprint: str) -> Path:
    """Where the key file of ``fingerprint`` lives (the fingerprint's ``:`` becomes ``_``)."""
    if not isinstance(fingerprint, str) or not FINGERPRINT_RE.match(fingerprint):
        raise IdentityError(f"{fingerprint!r} is not a key fingerprint (expected SHA256: + 32 hex characters).")
    return Path(home) / "keys" / (fingerprint.replace(":", "_") + ".json")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(meta: dict) -> bytes:
    fields = ("version", "name", "unit", "created", "fingerprint", "public_key")
    return json.dumps({k: meta[k] for k in fields}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_LENGTH, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def create_key(home: Path, name: str, unit: str, passphrase: str) -> tuple[Reviewer, Ed25519PrivateKey]:
    """Make a new key pair for ``name`` of ``unit`` and store it encrypted under ``home/keys``."""
    if not isinstance(name, str) or not name.strip():
        raise IdentityError("A reviewer needs a name.", code=ErrorCode.NAME_REQUIRED)
    if not isinstance(unit, str):
        raise IdentityError("The reviewer's unit must be text.")
    if not isinstance(passphrase, str) or not passphrase:
        raise IdentityError("A passphrase is required to protect the reviewer's key.", code=ErrorCode.PASSPHRASE_TOO_SHORT)
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.",
                            code=ErrorCode.PASSPHRASE_TOO_SHORT)
    private_key = Ed25519PrivateKey.generate()
    public_key = public_bytes(private_key)
    reviewer = Reviewer(name.strip(), unit.strip(), public_key, fingerprint_of(public_key), utc_now())
    path = key_path(home, reviewer.fingerprint)
    try:
        _store(path, reviewer, private_key, passphrase)
    except OSError as exc:
        raise IdentityError(f"Cannot write the key file {path}: {exc.strerror or exc}.") from exc
    return reviewer, private_key


def _store(path: Path, reviewer: Reviewer, private_key: Ed25519PrivateKey, passphrase: str) -> None:
    """Encrypt ``private_key`` under ``passphrase`` with the current parameters and write ``path``."""
    salt, nonce = os.urandom(16), os.urandom(12)
    meta = {"version": KEY_FILE_VERSION, "name": reviewer.name, "unit": reviewer.unit,
            "created": reviewer.created, "fingerprint": reviewer.fingerprint,
            "public_key": _b64(reviewer.public_key)}
    raw = private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
    secret = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(secret).encrypt(nonce, raw, _aad(meta))
    document = dict(meta)
    document["kdf"] = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                       "length": KEY_LENGTH, "salt": _b64(salt)}
    document["cipher"] = {"name": "AES-256-GCM", "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
    private_folder(path.parent)
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"), mode=PRIVATE_FILE)


def _load(home: Path, fingerprint: str) -> tuple[dict, Path]:
    path = key_path(home, fingerprint)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IdentityError(f"There is no key file for {fingerprint} in {path.parent}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IdentityError(f"The key file {path} cannot be read: {exc}.") from exc
    if not isinstance(document, dict) or document.get("version") not in (KEY_FILE_VERSION, *LEGACY_SCRYPT):
        raise IdentityError(f"The key file {path} is not a version {KEY_FILE_VERSION} Review Desk key.")
    return document, path


def _reviewer_from(document: dict, path: Path, fingerprint: str) -> Reviewer:
    try:
        public_key = base64.b64decode(document["public_key"], validate=True)
        reviewer = Reviewer(str(document["name"]), str(document["unit"]), public_key,
                            str(document["fingerprint"]), str(document["created"]))
    except (KeyError, TypeError, binascii.Error) as exc:
        raise IdentityError(f"The key file {path} is damaged (missing or bad field {exc}).") from exc
    if len(public_key) != 32 or reviewer.fingerprint != fingerprint or fingerprint_of(public_key) != fingerprint:
        raise IdentityError(f"The key file {path} does not hold the key {fingerprint}.")
    return reviewer


def load_reviewer(home: Path, fingerprint: str) -> Reviewer:
    """The public part of a stored key (no passphrase needed)."""
    document, path = _load(home, fingerprint)
    return _reviewer_from(document, path, fingerprint)


def list_keys(home: Path) -> list[Reviewer]:
    """Every readable key under ``home/keys``, sorted by name (unreadable files are skipped)."""
    found = []
    for path in sorted((Path(home) / "keys").glob("SHA256_*.json")):
        try:
            found.append(load_reviewer(home, path.stem.replace("_", ":", 1)))
        except IdentityError:
            continue
    return sorted(found, key=lambda r: (r.name, r.fingerprint))


def unlock_key(home: Path, fingerprint: str, passphrase: str) -> Ed25519PrivateKey:
    """Decrypt the private key of ``fingerprint``; a wrong passphrase raises :class:`WrongPassphrase`."""
    document, path = _load(home, fingerprint)
    _reviewer_from(document, path, fingerprint)
    try:
        kdf, cipher = document["kdf"], document["cipher"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(cipher["nonce"], validate=True)
        ciphertext = base64.b64decode(cipher["ciphertext"], validate=True)
        aad = _aad(document)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise IdentityError(f"The key file {path} is damaged (missing or bad field {exc}).") from exc
    if (kdf.get("name") != "scrypt" or cipher.get("name") != "AES-256-GCM" or kdf.get("length") != KEY_LENGTH
            or n > MAX_SCRYPT_N or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16
            or len(salt) < 16 or len(nonce) != 12):
        raise IdentityError(f"The key file {path} uses unsupported encryption settings.")
    legacy = document["version"] in LEGACY_SCRYPT
    if (legacy and (n, r, p) != LEGACY_SCRYPT[document["version"]]) or (not legacy and (n < MIN_SCRYPT_N or r < 8)):
        raise IdentityError(f"The key file {path} is protected by a passphrase hash cheaper than Review Desk "
                            f"accepts (scrypt n = {n}, r = {r}; at least n = {MIN_SCRYPT_N}, r = 8): it was not "
                            "written by Review Desk, or was edited.")
    if not isinstance(passphrase, str) or not passphrase:
        raise WrongPassphrase("A passphrase is required to unlock the key.")
    try:
        raw = AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise WrongPassphrase(
            f"The passphrase for {fingerprint} is wrong (or the key file {path.name} was altered)."
        ) from None
    if len(raw) != 32:
        raise IdentityError(f"The key file {path} is damaged (the private key has the wrong length).")
    private_key = Ed25519PrivateKey.from_private_bytes(raw)
    if fingerprint_of(public_bytes(private_key)) != fingerprint:
        raise IdentityError(f"The key file {path} is damaged (its private key does not match {fingerprint}).")
    if legacy:
        try:
            _store(path, _reviewer_from(document, path, fingerprint), private_key, passphrase)
        except OSError as exc:  # the key is still good; the next unlock upgrades it
            _log.warning("Could not re-encrypt the key file %s with the current scrypt cost: %s", path, exc)
    return private_key
