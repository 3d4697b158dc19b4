"""Helpers for the audit tests: reviewers without scrypt, a populated log, raw tampering, on either
engine: a :class:`LogHome` names a desk home and, for a register, its database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core.audit import AuditLog, verify_log
from review_desk.core.identity import Reviewer, fingerprint_of, public_bytes


def make_reviewer(name: str, unit: str = "办公室") -> tuple[Reviewer, Ed25519PrivateKey]:
    """A reviewer and key without touching the disk (create_key's scrypt is slow on purpose)."""
    key = Ed25519PrivateKey.generate()
    pk = public_bytes(key)
    return Reviewer(name, unit, pk, fingerprint_of(pk), "2024-05-01T08:00:00Z"), key


@dataclass(frozen=True)
class LogHome:
    """A desk home and the log it sees: its SQLite file, or the register at ``database`` (the desks'
    role) whose owner (``owner_url``) plays the attacker.  ``home / "audit.head"`` is the desk's head
    file for that log, whichever it is; ``home / name`` otherwise a file of the home."""

    home: Path
    database: str | None = None
    owner_url: str | None = None

    @property
    def head_name(self) -> str:
        if self.database is None:
            return "audit.head"
        from review_desk.core.audit.engines.postgres import PostgresEngine

        engine = PostgresEngine(self.database)
        engine.close()
        return engine.head_name

    def __truediv__(self, name: str) -> Path:
        return self.home / (self.head_name if name == "audit.head" else name)


def home_and_database(home) -> tuple[Path, str | None]:
    return (home.home, home.database) if isinstance(home, LogHome) else (Path(home), None)


def open_log(home) -> AuditLog:
    return AuditLog(*home_and_database(home))


def verify(home, **kwargs):
    path, database = home_and_database(home)
    return verify_log(path, database=database, **kwargs)


def populated(home, n_events: int = 8, checkpoint_at: int | None = 5):
    """A log with reviewers A (entry 1) and B (entry 2), then ``n_events`` events alternating A, B.

    Returns ``(log, {"A": (reviewer, key), "B": (reviewer, key)})``; entry seq ``k + 2`` is event k.
    """
    log = open_log(home)
    people = {"A": make_reviewer("张三"), "B": make_reviewer("李四", "法规处")}
    for reviewer, key in people.values():
        log.register_reviewer(reviewer, key)
    for i in range(n_events):
        reviewer, key = people["AB"[i % 2]]
        log.append("decision", {"document": f"doc-{i}", "result": "approve", "n": i}, reviewer.fingerprint, key,
                   checkpoint=(i + 1 == checkpoint_at))
    return log, people


def raw(home):
    """A plain connection to the log with the append-only triggers dropped (the attacker): sqlite3,
    or the register owner's (:class:`pg_register.RawRegister`, ``?`` placeholders too)."""
    if isinstance(home, LogHome) and home.owner_url:
        from pg_register import RawRegister

        return RawRegister(home.owner_url)
    conn = sqlite3.connect(home_and_database(home)[0] / "audit.sqlite3", isolation_level=None)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def row(conn, seq: int) -> dict:
    cur = conn.execute("SELECT * FROM entries WHERE seq = ?", (seq,))
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))
