"""The tables of the audit log, as numbered migrations for both engines (SQLite and PostgreSQL).

Every table is append-only: triggers refuse ``UPDATE`` and ``DELETE`` (and, on PostgreSQL,
``TRUNCATE``) even for the database's owner, so ordinary code and an ordinary SQL client cannot
rewrite history.  Someone who drops the triggers can, which is what
:func:`review_desk.core.audit.verify.verify_log` detects.

* ``entries``: the hash chain, see :mod:`.records` for the hashed and signed bytes;
  ``payload`` is canonical JSON text.
* ``reviewers``: the key registry (an index of the ``reviewer_added`` entries; the public key is
  base64 of the raw 32 bytes; ``entry_seq`` is the seq of that reviewer's ``reviewer_added`` entry).
* ``checkpoints``: signed Merkle roots of the first ``tree_size`` entries.
* ``review_files`` (version 2): which file each review was started from: the keyed hash of its
  name (the name often holds a person's name, and these rows can never be deleted) and its
  SHA-256, never a path; a later row for the same review supersedes an earlier one.  It is not
  part of the signed chain: the SHA-256 of the bytes is checked against the signed review anyway.
* ``settings`` (version 2, PostgreSQL only): the register's keyed-hash secret, written once by
  ``review-desk register init``.

The SQLite log records its version in ``PRAGMA user_version`` and migrates itself on open.  A
PostgreSQL register records each applied migration in ``schema_migrations (version, name,
applied_at)``; only ``review-desk register init`` / ``register upgrade`` (run with the owner's
URL) apply them, and a desk refuses a register of another version.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 2
TABLES = ("entries", "reviewers", "checkpoints")
APPEND_ONLY = TABLES + ("review_files",)
PG_SCHEMA = "review_desk"  # the PostgreSQL schema (namespace) that holds the register's tables
PG_APPEND_ONLY = APPEND_ONLY + ("settings", "schema_migrations")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


def _sqlite_triggers(*tables: str) -> tuple[str, ...]:
    return tuple(
        f"CREATE TRIGGER {table}_no_{action} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: {table} cannot be {past}'); END"
        for table in tables
        for action, verb, past in (("update", "UPDATE", "changed"), ("delete", "DELETE", "deleted")))


def _pg_triggers(*tables: str) -> tuple[str, ...]:
    """Row triggers against UPDATE/DELETE and a statement trigger against TRUNCATE, fired ALWAYS
    (also under ``session_replication_role = replica``)."""
    statements: list[str] = []
    for table in tables:
        statements += [
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()",
            f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {table}_no_change",
            f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {table}_no_truncate",
        ]
    return tuple(statements)


_ENTRIES = """CREATE TABLE entries (
    seq {int} PRIMARY KEY, time TEXT NOT NULL, event TEXT NOT NULL, actor TEXT NOT NULL,
    payload TEXT NOT NULL, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL, signature TEXT NOT NULL)"""
_REVIEWERS = """CREATE TABLE reviewers (
    fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, unit TEXT NOT NULL,
    public_key TEXT NOT NULL, created TEXT NOT NULL, entry_seq {int} NOT NULL)"""
_CHECKPOINTS = """CREATE TABLE checkpoints (
    tree_size {int} PRIMARY KEY, root TEXT NOT NULL, time TEXT NOT NULL,
    signer TEXT NOT NULL, signature TEXT NOT NULL)"""
_REVIEW_FILES = """CREATE TABLE review_files (
    id {serial}, review_id TEXT NOT NULL, name_hash TEXT NOT NULL, sha256 TEXT, recorded TEXT NOT NULL)"""
_INDEXES = ("CREATE INDEX entries_time ON entries(time)", "CREATE INDEX entries_event ON entries(event)")

_REFUSE_CHANGE = """CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % cannot be changed (%)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$"""

MIGRATIONS = (
    Migration(
        1, "audit log: entries, reviewers, checkpoints",
        sqlite=(_ENTRIES.format(int="INTEGER"), *_INDEXES, _REVIEWERS.format(int="INTEGER"),
                _CHECKPOINTS.format(int="INTEGER"), *_sqlite_triggers(*TABLES)),
        postgres=(_ENTRIES.format(int="BIGINT"), *_INDEXES, _REVIEWERS.format(int="BIGINT"),
                  _CHECKPOINTS.format(int="BIGINT"), _REFUSE_CHANGE,
                  *_pg_triggers(*TABLES, "schema_migrations"))),
    Migration(
        2, "review files in the log; register settings",
        sqlite=(_REVIEW_FILES.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT"),
                "CREATE INDEX review_files_review ON review_files(review_id, id)",
                *_sqlite_triggers("review_files")),
        postgres=(_REVIEW_FILES.format(serial="BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
                  "CREATE INDEX review_files_review ON review_files(review_id, id)",
                  "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                  *_pg_triggers("review_files", "settings"))),
)
assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))

PG_MIGRATIONS_TABLE = """CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"""
