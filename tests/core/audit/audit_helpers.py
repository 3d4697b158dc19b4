"""Helpers for the audit tests: reviewers without scrypt, a populated log, raw tampering."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core.audit import AuditLog
from review_desk.core.identity import Reviewer, fingerprint_of, public_bytes


def make_reviewer(name: str, unit: str = "办公室") -> tuple[Reviewer, Ed25519PrivateKey]:
    """A reviewer and key without touching the disk (create_key's scrypt is slow on purpose)."""
    key = Ed25519PrivateKey.generate()
    pk = public_bytes(key)
    return Reviewer(name, unit, pk, fingerprint_of(pk), "2024-05-01T08:00:00Z"), key


def populated(home: Path, n_events: int = 8, checkpoint_at: int | None = 5):
    """A log with reviewers A (entry 1) and B (entry 2), then ``n_events`` events alternating A, B.

    Returns ``(log, {"A": (reviewer, key), "B": (reviewer, key)})``; entry seq ``k + 2`` is event k.
    """
    log = AuditLog(home)
    people = {"A": make_reviewer("张三"), "B": make_reviewer("李四", "法规处")}
    for reviewer, key in people.values():
        log.register_reviewer(reviewer, key)
    for i in range(n_events):
        reviewer, key = people["AB"[i % 2]]
        log.append("decision", {"document": f"doc-{i}", "result": "approve", "n": i}, reviewer.fingerprint, key,
                   checkpoint=(i + 1 == checkpoint_at))
    return log, people


def raw(home: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the log with the append-only triggers dropped (the attacker)."""
    conn = sqlite3.connect(Path(home) / "audit.sqlite3", isolation_level=None)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def row(conn: sqlite3.Connection, seq: int) -> dict:
    cur = conn.execute("SELECT * FROM entries WHERE seq = ?", (seq,))
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))
