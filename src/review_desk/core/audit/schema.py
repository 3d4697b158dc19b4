"""The SQLite schema of ``audit.sqlite3`` (``PRAGMA user_version = 1``).

Three tables, all append-only: ``BEFORE UPDATE`` and ``BEFORE DELETE`` triggers abort any
change, so ordinary code (and an ordinary SQL client) cannot rewrite history.  Someone who drops
the triggers can, which is what :func:`review_desk.core.audit.verify.verify_log` detects.

* ``entries``: the hash chain, see :mod:`.records` for the hashed and signed bytes;
  ``payload`` is canonical JSON text.
* ``reviewers``: the key registry (an index of the ``reviewer_added`` entries; the public key is
  base64 of the raw 32 bytes; ``entry_seq`` is the seq of that reviewer's ``reviewer_added`` entry).
* ``checkpoints``: signed Merkle roots of the first ``tree_size`` entries.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from review_desk.core.audit.errors import AuditError

SCHEMA_VERSION = 1
TABLES = ("entries", "reviewers", "checkpoints")

_DDL = """
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY, time TEXT NOT NULL, event TEXT NOT NULL, actor TEXT NOT NULL,
    payload TEXT NOT NULL, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL, signature TEXT NOT NULL);
CREATE INDEX entries_time ON entries(time);
CREATE INDEX entries_event ON entries(event);
CREATE TABLE reviewers (
    fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, unit TEXT NOT NULL,
    public_key TEXT NOT NULL, created TEXT NOT NULL, entry_seq INTEGER NOT NULL);
CREATE TABLE checkpoints (
    tree_size INTEGER PRIMARY KEY, root TEXT NOT NULL, time TEXT NOT NULL,
    signer TEXT NOT NULL, signature TEXT NOT NULL);
"""

_TRIGGER = """
CREATE TRIGGER {table}_no_{action} BEFORE {verb} ON {table}
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: {table} cannot be {past}'); END;
"""


def _triggers() -> str:
    parts = []
    for table in TABLES:
        for action, verb, past in (("update", "UPDATE", "changed"), ("delete", "DELETE", "deleted")):
            parts.append(_TRIGGER.format(table=table, action=action, verb=verb, past=past))
    return "".join(parts)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open the log database (autocommit mode: callers issue BEGIN/COMMIT themselves)."""
    try:
        if read_only:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                   isolation_level=None, timeout=30)
        else:
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise AuditError(f"The audit database {path} cannot be opened: {exc}.") from exc
    return conn


def initialise(conn: sqlite3.Connection, path: Path) -> None:
    """Create the schema in an empty database, or check the version of an existing one."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                # One by one: executescript() would COMMIT the surrounding transaction.
                for statement in (_DDL + _triggers()).split(";\n"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION or not set(TABLES) <= tables:
                raise AuditError(
                    f"{path} is not a Review Desk audit log of schema version {SCHEMA_VERSION} "
                    f"(found version {version})."
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise AuditError(f"The audit database {path} cannot be prepared: {exc}.") from exc

