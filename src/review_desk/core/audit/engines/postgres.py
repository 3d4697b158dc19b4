"""An office's shared register on PostgreSQL (psycopg 3, loaded only here).

* Connecting: ``psycopg.connect(url)`` in autocommit mode, ``search_path`` set to the register's
  schema (:data:`..schema.PG_SCHEMA`).  A desk never changes the schema: it checks that the
  register was initialised (``review-desk register init``) at exactly the code's
  :data:`..schema.SCHEMA_VERSION` and refuses otherwise with a clear code.
* Writing: every write transaction first takes ``pg_advisory_xact_lock(LOCK_KEY)``, then reads
  the chain head and extends it in the same transaction: writers on every machine queue on that
  one lock, so the chain never forks (and ``entries.seq`` is the primary key besides).  The lock
  goes with the commit or rollback, also when a desk's connection drops.
* Reading for verification: one ``REPEATABLE READ READ ONLY`` transaction (a consistent snapshot
  while other desks append).
* A lost connection (a desk stays open for hours; the network blips; the DBA restarts the server):
  a connection found broken when a transaction begins, or broken by its ``BEGIN``, or by a read
  outside any transaction, is re-opened once and that step run again: nothing was sent in a
  transaction yet, so repeating it is safe.  A server still unreachable raises
  ``register_unreachable``.  A connection lost inside a transaction is never re-run here: the store
  decides (:meth:`review_desk.core.audit.store.AuditLog._transaction`), because after a COMMIT was
  sent the write may or may not have landed.
* The desk's head file for the register is ``<home>/register-<12 hex of SHA-256 of
  host:port/dbname>.head``.  A desk that has not appended yet has none, which is not an error
  (``head_required`` is False); once it has, a register shorter than that head was truncated.
* The keyed-hash secret is a row of the register's ``settings`` table, written once by
  ``register init``: value hashes (of names, ID numbers) then agree across the office's desks, so
  any desk can check a finding another started.  The trade-off: everyone who can SELECT from the
  register (every desk's role, the DBA, a backup) holds the key of those hashes, whereas a local
  log's ``audit.secret`` never leaves the desk; a short value (a phone number) is then as
  guessable from its hash as from any unkeyed hash, for them.  A register that started from a
  desk's log (``register import``) uses that desk's secret instead, written once by the import as
  the ``keyed_hash_secret.imported`` setting: the value hashes of the imported reviews were made
  with it (:mod:`..register_import`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.schema import PG_SCHEMA, SCHEMA_VERSION
from review_desk.core.errors import ErrorCode

from .base import Engine

LOCK_KEY = 0x5245_5644_4553_4B01  # "REVDESK" + 1: the one advisory lock every register writer takes
SECRET_SETTING = "keyed_hash_secret"
IMPORTED_SECRET_SETTING = "keyed_hash_secret.imported"  # the imported desk's secret (register import), preferred
_log = logging.getLogger(__name__)


def _psycopg() -> Any:
    import psycopg

    return psycopg


def connect(url: str) -> Any:
    """An autocommit connection to the register's server, ``search_path`` on the register's schema."""
    psycopg = _psycopg()
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=15)
        conn.execute(f"SET search_path TO {PG_SCHEMA}")
    except psycopg.Error as exc:
        raise AuditError(f"The register database cannot be reached: {str(exc).strip() or type(exc).__name__}.",
                         code=ErrorCode.REGISTER_UNREACHABLE) from exc
    return conn


def location_of(conn: Any) -> str:
    """``postgresql://host:port/dbname`` of a connection (never the user or password)."""
    info = conn.info
    return f"postgresql://{info.host}:{info.port}/{info.dbname}"


def head_name_for(location: str) -> str:
    return f"register-{hashlib.sha256(location.encode('utf-8')).hexdigest()[:12]}.head"


def applied_version(conn: Any) -> int | None:
    """The newest migration applied to the register, or None if it was never initialised."""
    found = conn.execute("SELECT to_regclass(%s)", (f"{PG_SCHEMA}.schema_migrations",)).fetchone()
    if found is None or found[0] is None:
        return None
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


class PostgresEngine(Engine):
    kind = "postgresql"
    head_required = False

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        psycopg = _psycopg()
        self.errors = (psycopg.Error,)
        self._lost_errors = (psycopg.OperationalError, psycopg.InterfaceError)
        self._intrans = psycopg.pq.TransactionStatus.INTRANS
        self._url = url
        self._in_tx = False
        self._conn = connect(url)
        self.location = location_of(self._conn)
        self.head_name = head_name_for(self.location)
        self._secret: bytes | None = None
        try:
            self._check_version()
        except BaseException:
            self._conn.close()
            raise

    def _check_version(self) -> None:
        try:
            version = applied_version(self._conn)
        except self.errors as exc:
            raise AuditError(f"The register {self.location} cannot be read: {exc}.") from exc
        if version is None:
            raise AuditError(f"{self.location} holds no Review Desk register; its owner creates it with "
                             "review-desk register init.", code=ErrorCode.REGISTER_NOT_INITIALISED)
        if version < SCHEMA_VERSION:
            raise AuditError(f"The register {self.location} has schema version {version}; this version of Review "
                             f"Desk needs {SCHEMA_VERSION}: its owner runs review-desk register upgrade.",
                             code=ErrorCode.SCHEMA_OUTDATED)
        if version > SCHEMA_VERSION:
            raise AuditError(f"The register {self.location} has schema version {version}, newer than this version "
                             f"of Review Desk reads ({SCHEMA_VERSION}); update Review Desk.",
                             code=ErrorCode.SCHEMA_TOO_NEW)

    @property
    def connection_lost(self) -> bool:
        return bool(self._conn.closed or self._conn.broken)

    def reconnect(self) -> None:
        """A new connection in place of the lost one (``register_unreachable`` if the server is still down)."""
        try:
            self._conn.close()
        except self.errors:  # pragma: no cover - closing a broken connection
            pass
        self._in_tx = False
        _log.warning("The connection to the register %s was lost; re-opening it.", self.location)
        self._conn = connect(self._url)

    def _once_more_if_lost(self, step: Callable[[], Any]) -> Any:
        """Run ``step`` (which starts no work the server keeps: a read, or BEGIN); if the connection
        was lost before or by it, re-open it once and run ``step`` again."""
        if self.connection_lost:
            self.reconnect()
        try:
            return step()
        except self._lost_errors:
            if not self.connection_lost:
                raise
        self.reconnect()
        try:
            return step()
        except self._lost_errors as exc:
            if not self.connection_lost:
                raise
            raise AuditError(f"The register {self.location} keeps dropping the connection: "
                             f"{str(exc).strip() or type(exc).__name__}.",
                             code=ErrorCode.REGISTER_UNREACHABLE) from exc

    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        sql = sql.replace("?", "%s")
        if self._in_tx:  # inside a transaction: never repeated here
            return self._conn.execute(sql, args).fetchall()
        return self._once_more_if_lost(lambda: self._conn.execute(sql, args).fetchall())

    def execute(self, sql: str, args: tuple = ()) -> None:
        self._conn.execute(sql.replace("?", "%s"), args)

    def _begin(self, sql: str, *, lock: bool) -> None:
        def start() -> None:
            self._conn.execute(sql)
            self._in_tx = True
            if lock:
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))

        def start_fresh() -> None:
            self._in_tx = False
            if self._conn.info.transaction_status == self._intrans:  # BEGIN went through, the lock did not
                self._conn.execute("ROLLBACK")
            start()

        self._once_more_if_lost(start_fresh)

    def begin_write(self) -> None:
        self._begin("BEGIN", lock=True)

    def begin_snapshot(self) -> None:
        self._begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", lock=False)

    def commit(self) -> None:
        try:
            self.execute("COMMIT")
        finally:
            self._in_tx = False

    def rollback(self) -> None:
        self._in_tx = False
        if not self.connection_lost:
            super().rollback()

    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    def secret(self) -> bytes:
        if self._secret is None:
            try:
                rows = dict(self.query("SELECT name, value FROM settings WHERE name IN (?, ?)",
                                       (SECRET_SETTING, IMPORTED_SECRET_SETTING)))
            except self.errors as exc:
                raise AuditError(f"The keyed-hash secret of the register {self.location} cannot be read: "
                                 f"{exc}.") from exc
            try:
                text = rows.get(IMPORTED_SECRET_SETTING) or rows.get(SECRET_SETTING)
                value = bytes.fromhex(text) if text else b""
            except ValueError:
                value = b""
            if len(value) != 32:
                raise AuditError(f"The register {self.location} has no valid keyed-hash secret (it is written by "
                                 "review-desk register init).")
            self._secret = value
        return self._secret

    def close(self) -> None:
        self._conn.close()

