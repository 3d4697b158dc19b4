"""The desk's own log: ``<home>/audit.sqlite3`` (SQLite, ``PRAGMA user_version`` = schema version).

A write transaction is ``BEGIN IMMEDIATE``: SQLite's write lock on the file, so concurrent
processes of the desk still build one chain.  The schema migrates itself on open (one
transaction); migration 2 moves the review records an older version kept as
``<home>/reviews/<id>.json`` (the keyed hash of the file name, and the SHA-256) into the
``review_files`` table and removes those files once the move is committed.  The keyed-hash secret is ``<home>/audit.secret``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from review_desk.core.audit import headfile
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.schema import MIGRATIONS, SCHEMA_VERSION, TABLES
from review_desk.core.errors import ErrorCode
from review_desk.core.identity.files import utc_now

from .base import Engine

DB_NAME = "audit.sqlite3"
LEGACY_RECORDS = "reviews"  # <home>/reviews/<review id>.json, written by versions before schema 2


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


class SQLiteEngine(Engine):
    kind = "sqlite"
    head_name = headfile.HEAD_NAME
    head_required = True
    errors = (sqlite3.Error,)

    def __init__(self, home: Path, *, read_only: bool = False) -> None:
        self.home = Path(home)
        self.path = self.home / DB_NAME
        self.location = str(self.path)
        self._conn = connect(self.path, read_only=read_only)
        if not read_only:
            try:
                self._migrate()
            except BaseException:
                self._conn.close()
                raise

    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        return self._conn.execute(sql, args).fetchall()

    def execute(self, sql: str, args: tuple = ()) -> None:
        self._conn.execute(sql, args)

    def begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def begin_snapshot(self) -> None:
        self._conn.execute("BEGIN")

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def secret(self) -> bytes:
        return headfile.secret(self.home)

    def close(self) -> None:
        self._conn.close()

    # -- migrations -----------------------------------------------------------------------------
    def _migrate(self) -> None:
        """Create the schema in an empty database, or bring an older one up to date (one transaction)."""
        imported: list[Path] = []
        try:
            self.begin_write()
            try:
                version = self.query("PRAGMA user_version")[0][0]
                tables = {r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if version == 0 and tables:
                    version = -1  # somebody else's database
                if version > SCHEMA_VERSION:
                    raise AuditError(f"{self.path} is an audit log of schema version {version}, newer than this "
                                     f"version of Review Desk reads ({SCHEMA_VERSION}); update Review Desk.",
                                     code=ErrorCode.SCHEMA_TOO_NEW)
                if version < 0 or (version > 0 and not set(TABLES) <= tables):
                    raise AuditError(f"{self.path} is not a Review Desk audit log of schema version "
                                     f"{SCHEMA_VERSION} (found version {max(version, 0)}).")
                for migration in MIGRATIONS[version:]:
                    for statement in migration.sqlite:  # one by one: executescript() would COMMIT
                        self.execute(statement)
                    if migration.version == 2 and version > 0:
                        imported = self._import_review_records()
                if version != SCHEMA_VERSION:
                    self.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self.commit()
            except BaseException:
                self.rollback()
                raise
        except sqlite3.Error as exc:
            raise AuditError(f"The audit database {self.path} cannot be prepared: {exc}.") from exc
        for record in imported:  # in the log now: the files (an older version's, some with paths) go
            with contextlib.suppress(OSError):
                record.unlink()
        with contextlib.suppress(OSError):
            (self.home / LEGACY_RECORDS).rmdir()

    def _import_review_records(self) -> list[Path]:
        """Copy ``reviews/*.json`` into ``review_files`` (name hash and SHA-256 only); unreadable ones stay."""
        imported = []
        for record in sorted((self.home / LEGACY_RECORDS).glob("*.json")):
            if record.name.startswith("."):  # a temporary file of a write in progress
                continue
            try:
                data = json.loads(record.read_text(encoding="utf-8"))
                review_id = str(data.get("review_id") or record.stem)
                name = data.get("file_name") or Path(str(data.get("path") or "")).name
                sha256 = data.get("sha256")
            except (OSError, ValueError, AttributeError):
                continue
            if isinstance(name, str) and name and (sha256 is None or isinstance(sha256, str)):
                self.execute("INSERT INTO review_files (review_id, name_hash, sha256, recorded) VALUES (?, ?, ?, ?)",
                             (review_id, headfile.keyed_hash(self.secret(), name), sha256, utc_now("microseconds")))
                imported.append(record)
        return imported
