"""A signed checkpoint kept outside the desk: ``log checkpoint --export FILE`` writes it,
``log verify --against FILE`` reads it (:mod:`.extension`).

A log on one disk cannot prove it was not rolled back: an older copy of the whole data folder
(entries and head file together) verifies as intact.  An auditor who keeps the signed tree head
of a moment elsewhere can later prove the log still extends it.  The file is UTF-8 JSON::

    {"format": "review-desk-checkpoint", "version": 1,
     "tree_size": N, "root": hex MTH of entries 1..N, "time": the checkpoint's time,
     "signer": {"fingerprint", "name", "public_key"}, "signature": base64 Ed25519,
     "reviewers": [{"fingerprint", "name", "public_key"}, ...],   # registered at size N
     "exported_at": when the file was written}

``signature`` is the checkpoint's own signature in the log (over
``canonical_json({"tree_size", "root", "time"})``, see :mod:`.records`); public keys are base64
of the raw 32 bytes and each fingerprint must be the one of its key.  Reading a file checks all of
that, so a :class:`KeptCheckpoint` in hand is self-consistent; whether the log still extends it
is :func:`review_desk.core.audit.extension.check_extends`'s question.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core import atomic
from review_desk.core.audit.records import REVIEWER_ADDED, Checkpoint, checkpoint_message, signature_ok
from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.identity.files import utc_now
from review_desk.core.identity.keys import IdentityError, fingerprint_of

FORMAT = "review-desk-checkpoint"
VERSION = 1
MAX_BYTES = 1 << 20  # a checkpoint of a few hundred reviewers is a few tens of kilobytes
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class CheckpointError(MessageError):
    """A checkpoint file cannot be read, is not one, or does not verify on its own."""

    error_code = ErrorCode.CHECKPOINT_INVALID


@dataclass(frozen=True)
class KeptReviewer:
    fingerprint: str
    name: str
    public_key: str  # base64 of the raw 32 bytes

    def key(self) -> bytes:
        return base64.b64decode(self.public_key)


@dataclass(frozen=True)
class KeptCheckpoint:
    tree_size: int
    root: str
    time: str
    signer: KeptReviewer
    signature: str
    reviewers: tuple[KeptReviewer, ...]
    exported_at: str = ""

    def to_json(self) -> bytes:
        person = lambda r: {"fingerprint": r.fingerprint, "name": r.name, "public_key": r.public_key}
        data = {"format": FORMAT, "version": VERSION, "tree_size": self.tree_size, "root": self.root,
                "time": self.time, "signer": person(self.signer), "signature": self.signature,
                "reviewers": [person(r) for r in self.reviewers], "exported_at": self.exported_at}
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def reviewers_at(log: Any, tree_size: int) -> tuple[KeptReviewer, ...]:
    """The reviewers registered by the first ``tree_size`` entries of ``log``, in order."""
    return tuple(KeptReviewer(e.payload["fingerprint"], e.payload["name"], e.payload["public_key"])
                 for e in log.entries(event=REVIEWER_ADDED) if e.seq <= tree_size)


def kept_checkpoint(log: Any, checkpoint: Checkpoint) -> KeptCheckpoint:
    """The file form of ``checkpoint``, one of ``log``'s (an :class:`~.store.AuditLog`)."""
    reviewers = reviewers_at(log, checkpoint.tree_size)
    signer = next((r for r in reviewers if r.fingerprint == checkpoint.signer), None)
    if signer is None:
        raise CheckpointError(f"The checkpoint at size {checkpoint.tree_size} is signed by {checkpoint.signer}, "
                              "who is not a reviewer of those entries; run log verify.", code=ErrorCode.TAMPERED)
    return KeptCheckpoint(checkpoint.tree_size, checkpoint.root, checkpoint.time, signer, checkpoint.signature,
                          reviewers, utc_now())


def current_checkpoint(log: Any, signer: tuple[str, Ed25519PrivateKey] | None) -> Checkpoint:
    """The log's checkpoint at its current size; with ``signer`` (fingerprint, key) one is signed
    if there is none yet."""
    size = len(log)
    if size == 0:
        raise CheckpointError("The audit log is empty: there is nothing to checkpoint.", code=ErrorCode.REFUSED)
    latest = log.latest_checkpoint()
    if latest is not None and latest.tree_size == size:
        return latest
    if signer is None:
        have = f"its latest checkpoint covers {latest.tree_size}" if latest else "it has no checkpoint yet"
        raise CheckpointError(f"The log holds {size} entries but {have}: name a reviewer (--reviewer) to sign a "
                              f"checkpoint of all {size}.", code=ErrorCode.USAGE)
    return log.checkpoint(*signer)


def write_kept_checkpoint(kept: KeptCheckpoint, path: str | Path, *, protected: tuple[Path, ...],
                          force: bool = False) -> Path:
    """Write ``kept`` atomically to ``path`` (never into a ``protected`` folder: the desk's own)."""
    out = atomic.check_destination(path, protected=protected, force=force)
    atomic.clean_stale(out)
    data = kept.to_json()
    try:
        atomic.write_atomically(out, lambda fh: fh.write(data))
    except OSError as exc:
        raise atomic.write_failed(out, exc) from exc
    return out


def _text(data: dict, field: str, where: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value:
        raise CheckpointError(f"{where}: the field {field!r} is missing or not text.")
    return value


def _reviewer(data: object, where: str) -> KeptReviewer:
    if not isinstance(data, dict):
        raise CheckpointError(f"{where}: a reviewer must be an object with fingerprint, name and public_key.")
    person = KeptReviewer(_text(data, "fingerprint", where), _text(data, "name", where),
                          _text(data, "public_key", where))
    try:
        key = base64.b64decode(person.public_key, validate=True)
        matches = len(key) == 32 and fingerprint_of(key) == person.fingerprint
    except (binascii.Error, ValueError, IdentityError):
        matches = False
    if not matches:
        raise CheckpointError(f"{where}: the fingerprint of reviewer {person.name} is not the one of their public "
                              "key: the file was edited.")
    return person


def parse_kept_checkpoint(raw: bytes, where: str = "the checkpoint file") -> KeptCheckpoint:
    """The checkpoint in ``raw``, checked on its own: format, fields, keys and signature."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CheckpointError(f"{where} is not a Review Desk checkpoint (not UTF-8 JSON).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointError(f"{where} is not a Review Desk checkpoint (no \"format\": \"{FORMAT}\").")
    if data.get("version") != VERSION:
        raise CheckpointError(f"{where} has format version {data.get('version')!r}; this version of Review Desk "
                              f"reads version {VERSION}.")
    size = data.get("tree_size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise CheckpointError(f"{where}: tree_size must be a positive whole number.")
    root, time, signature = (_text(data, f, where) for f in ("root", "time", "signature"))
    if not _HEX64.match(root):
        raise CheckpointError(f"{where}: root must be 64 lowercase hexadecimal digits.")
    people = data.get("reviewers")
    if not isinstance(people, list) or not people:
        raise CheckpointError(f"{where}: reviewers must be a non-empty list.")
    reviewers = tuple(_reviewer(p, where) for p in people)
    signer = _reviewer(data.get("signer"), where)
    if signer not in reviewers:
        raise CheckpointError(f"{where}: the signer {signer.name} ({signer.fingerprint}) is not among its reviewers.")
    if not signature_ok(signer.key(), checkpoint_message(size, root, time), signature):
        raise CheckpointError(f"{where}: the signature does not verify with the key of {signer.name} "
                              f"({signer.fingerprint}): the size, root or time was changed, or it was forged.")
    exported = data.get("exported_at")
    return KeptCheckpoint(size, root, time, signer, signature, reviewers, exported if isinstance(exported, str) else "")


def read_kept_checkpoint(path: str | Path) -> KeptCheckpoint:
    """Read and check the checkpoint file at ``path`` (:class:`CheckpointError` if it is not one)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CheckpointError(f"Cannot read the checkpoint file {path}: {exc.strerror or exc}.", str(path)) from exc
    if len(raw) > MAX_BYTES:
        raise CheckpointError(f"{path} is too large to be a checkpoint file.", str(path))
    return parse_kept_checkpoint(raw, str(path))
