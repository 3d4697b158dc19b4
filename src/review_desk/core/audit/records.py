"""What the audit log stores and exactly which bytes are hashed and signed.

Entry ``seq`` (1, 2, 3, … without gaps)::

    entry_hash = hex(SHA-256(canonical_json({"seq": seq, "time": time, "event": event,
                                             "actor": actor, "payload": payload,
                                             "prev": prev_hash})))
    signature  = base64(Ed25519-sign(actor's private key, bytes.fromhex(entry_hash)))

``prev_hash`` is the previous entry's ``entry_hash`` (64 zeros for entry 1), ``actor`` is the
signer's fingerprint and ``time`` is ISO-8601 UTC with microseconds and ``Z``.  The Merkle
leaf of an entry is ``leaf_hash(bytes.fromhex(entry_hash))``.

A checkpoint signs ``canonical_json({"tree_size": n, "root": hex MTH of entries 1..n,
"time": t})``.  The head file ``audit.head`` holds ``tree_size, root, entry_hash, time,
signer`` and a ``signature`` over the canonical JSON of those five fields; a head of size 0
(written when the log is created) is unsigned.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from review_desk.core.audit.canonical import canonical_json
from review_desk.core.audit.errors import AuditError
from review_desk.core.identity.files import utc_now
from review_desk.core.identity.keys import Reviewer

ZERO_HASH = "0" * 64
REVIEWER_ADDED = "reviewer_added"


@dataclass(frozen=True)
class Entry:
    seq: int
    time: str
    event: str
    actor: str
    payload: dict
    prev_hash: str
    entry_hash: str
    signature: str


@dataclass(frozen=True)
class Checkpoint:
    tree_size: int
    root: str
    time: str
    signer: str
    signature: str


@dataclass(frozen=True)
class Head:
    tree_size: int
    root: str
    entry_hash: str
    time: str
    signer: str
    signature: str


def compute_entry_hash(seq: int, time: str, event: str, actor: str, payload: dict, prev: str) -> str:
    body = {"seq": seq, "time": time, "event": event, "actor": actor, "payload": payload, "prev": prev}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def checkpoint_message(tree_size: int, root: str, time: str) -> bytes:
    return canonical_json({"tree_size": tree_size, "root": root, "time": time})


def head_message(head: Head) -> bytes:
    return canonical_json({"tree_size": head.tree_size, "root": head.root, "entry_hash": head.entry_hash,
                           "time": head.time, "signer": head.signer})


def sign(private_key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(private_key.sign(message)).decode("ascii")


def signed_entry(seq: int, prev: str, event: str, actor: str, payload: dict,
                 private_key: Ed25519PrivateKey) -> Entry:
    """A new entry at ``seq`` after the entry hash ``prev``, stamped now and signed by ``private_key``."""
    time = utc_now("microseconds")
    entry_hash = compute_entry_hash(seq, time, event, actor, payload, prev)
    return Entry(seq, time, event, actor, json.loads(canonical_json(payload)), prev, entry_hash,
                 sign(private_key, bytes.fromhex(entry_hash)))


def entry_row(entry: Entry) -> tuple:
    """The ``entries`` row of ``entry`` (the payload as canonical JSON text)."""
    return (entry.seq, entry.time, entry.event, entry.actor, canonical_json(entry.payload).decode("utf-8"),
            entry.prev_hash, entry.entry_hash, entry.signature)


def signed_checkpoint(tree_size: int, root: str, signer: str, private_key: Ed25519PrivateKey,
                      time: str | None = None) -> Checkpoint:
    """The checkpoint of the first ``tree_size`` entries (at ``time``, default now), signed by ``signer``'s key."""
    time = time or utc_now("microseconds")
    return Checkpoint(tree_size, root, time, signer, sign(private_key, checkpoint_message(tree_size, root, time)))


def signed_head(entry: Entry, root: str, private_key: Ed25519PrivateKey) -> Head:
    """The head of a log whose last entry is ``entry`` and whose Merkle root is ``root``, signed by its actor."""
    unsigned = Head(entry.seq, root, entry.entry_hash, entry.time, entry.actor, "")
    return replace(unsigned, signature=sign(private_key, head_message(unsigned)))


def signature_ok(public_key: bytes, message: bytes, signature: str) -> bool:
    """True if ``signature`` (base64) is a valid Ed25519 signature of ``message`` by ``public_key``."""
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, message)
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True


def time_bound(value: str, *, upper: bool) -> tuple[str, bool]:
    """An ISO time as the log's text form, and whether the bound is exclusive (date-only ``until``)."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise AuditError(f"{value!r} is not an ISO-8601 date or time.") from None
    exclusive = upper and len(value) == 10  # "2024-05-31": the whole day is included
    if exclusive:
        moment += timedelta(days=1)
    moment = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z"), exclusive


def entry_from_row(row: tuple) -> Entry:
    seq, time, event, actor, payload, prev_hash, entry_hash, signature = row
    return Entry(seq, time, event, actor, json.loads(payload), prev_hash, entry_hash, signature)


def reviewer_from_row(row: tuple) -> Reviewer:
    fingerprint, name, unit, public_key, created = row[:5]
    return Reviewer(name, unit, base64.b64decode(public_key), fingerprint, created)
