"""The review log: append-only, hash-chained, Merkle-checkpointed and signed (建立审查记录).

Every decision is an entry signed by its reviewer's own Ed25519 key, chained to the previous
entry by hash, and covered by RFC 6962 Merkle roots in signed checkpoints and in the head file.
Formats are documented where they are defined: :mod:`.records` (hashed and signed bytes),
:mod:`.canonical` (JSON), :mod:`.merkle` (tree), :mod:`.schema` (tables), :mod:`.headfile`
(head and keyed-hash secret), :mod:`.verify` (what is checked).
"""

from review_desk.core.audit.canonical import canonical_json
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.records import REVIEWER_ADDED, Checkpoint, Entry, Head
from review_desk.core.audit.store import AuditLog
from review_desk.core.audit.verify import Verification, verify_log

__all__ = [
    "REVIEWER_ADDED",
    "AuditError",
    "AuditLog",
    "Checkpoint",
    "Entry",
    "Head",
    "Verification",
    "canonical_json",
    "verify_log",
]
