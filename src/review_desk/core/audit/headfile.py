"""The head file ``<home>/audit.head`` and the keyed-hash secret ``<home>/audit.secret``.

A desk on a shared PostgreSQL register keeps its own head file for it in its home,
``<home>/register-<12 hex>.head`` (named for the server and database; see
:mod:`.engines.postgres`): the truncation of the register is still caught by every desk that
appended to it, and a head behind the register is normal there since other desks append too.

The head file is rewritten atomically after every committed append and records the size, Merkle
root and last entry hash of the log, signed by the appending reviewer (see :mod:`.records`).  It
lives outside the database so that deleting the newest entries (truncation) shows: a database
shorter than its head, or whose root at the head's size differs, has been tampered with.  A head
that is *behind* the database is normal (a process stopped between commit and head write, or two
processes racing); the next append catches it up.

``audit.secret`` holds 32 random bytes (mode 0600, created on first use) for
:func:`keyed_hash`, an HMAC-SHA256 that lets the log refer to personal data without storing it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import asdict
from pathlib import Path

from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.merkle import EMPTY_ROOT
from review_desk.core.audit.records import ZERO_HASH, Head
from review_desk.core.home import PRIVATE_FILE
from review_desk.core.identity.files import atomic_write, create_exclusive

HEAD_NAME = "audit.head"
SECRET_NAME = "audit.secret"


def empty_head(time: str) -> Head:
    """The unsigned head of an empty log."""
    return Head(0, EMPTY_ROOT.hex(), ZERO_HASH, time, "", "")


def read_head(home: Path, name: str = HEAD_NAME) -> Head | None:
    """The head recorded in ``home/name``, or None if there is none.

    Raises :class:`AuditError` if the file exists but is not a well-formed head.
    """
    path = Path(home) / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AuditError(f"The head file {path} cannot be read: {exc}.") from exc
    try:
        head = Head(**data)
    except TypeError:
        raise AuditError(f"The head file {path} does not have the fields of an audit head.") from None
    if not (isinstance(head.tree_size, int) and not isinstance(head.tree_size, bool) and head.tree_size >= 0
            and all(isinstance(v, str) for v in (head.root, head.entry_hash, head.time,
                                                 head.signer, head.signature))):
        raise AuditError(f"The head file {path} has a field of the wrong type.")
    return head


def write_head(home: Path, head: Head, *, name: str = HEAD_NAME, only_if_newer: bool = True) -> None:
    """Write ``head`` atomically; by default leave a head of the same or a larger size alone."""
    if only_if_newer:
        try:
            current = read_head(home, name)
        except AuditError:
            current = None
        if current is not None and current.tree_size >= head.tree_size:
            return
    data = json.dumps(asdict(head), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    atomic_write(Path(home) / name, data, mode=PRIVATE_FILE)


def secret(home: Path) -> bytes:
    """The 32 bytes of ``home/audit.secret`` (created on first use)."""
    path = Path(home) / SECRET_NAME
    try:
        if not path.exists():
            create_exclusive(path, os.urandom(32))
        secret = path.read_bytes()
    except OSError as exc:
        raise AuditError(f"The audit secret {path} cannot be read or created: {exc.strerror or exc}.") from exc
    if len(secret) != 32:
        raise AuditError(f"The audit secret {path} is damaged (it must hold exactly 32 bytes).")
    return secret


def keyed_hash(secret: bytes, value: str) -> str:
    """Hex HMAC-SHA256 of ``value`` (UTF-8) under the log's ``secret``."""
    if not isinstance(value, str):
        raise AuditError("keyed_hash() takes text.")
    return hmac.new(secret, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
