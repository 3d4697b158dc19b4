"""Setting up an office's shared register on PostgreSQL: ``review-desk register init / upgrade``.

Run with the URL of the database's owner (or a DBA), never the desks' own role:

* :func:`init_register` creates the schema :data:`.schema.PG_SCHEMA`, the ``schema_migrations``
  table, applies every migration (:data:`.schema.MIGRATIONS`), each recorded with its version,
  name and time, and writes the register's keyed-hash secret (see :mod:`.engines.postgres`).
* :func:`upgrade_register` applies the migrations a register does not have yet.
* ``grant``: the desks' role gets ``USAGE`` on the schema (and its sequences), ``INSERT`` and
  ``SELECT`` on the append-only tables and ``SELECT`` on the settings and migrations, nothing
  else: no ``UPDATE``, ``DELETE`` or ``TRUNCATE`` (the triggers refuse those even to the owner).

Everything runs in one transaction under the register's advisory lock: a failed step leaves the
database as it was, and no desk appends half-way through an upgrade.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from review_desk.core.audit.engines.postgres import LOCK_KEY, SECRET_SETTING, applied_version, connect, location_of
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.schema import APPEND_ONLY, MIGRATIONS, PG_MIGRATIONS_TABLE, PG_SCHEMA, SCHEMA_VERSION
from review_desk.core.errors import ErrorCode


@dataclass(frozen=True)
class RegisterStatus:
    location: str  # postgresql://host:port/dbname
    version: int  # the schema version now
    applied: tuple[int, ...]  # the migrations this call applied
    granted: str | None  # the role given INSERT/SELECT, if any


def init_register(url: str, *, grant: str | None = None, version: int = SCHEMA_VERSION) -> RegisterStatus:
    """Create the register in the (empty) database at ``url`` (``version`` below the code's only for tests
    of :func:`upgrade_register`)."""
    return _apply(url, grant, version, create=True)


def upgrade_register(url: str, *, grant: str | None = None) -> RegisterStatus:
    """Apply the migrations the register at ``url`` lacks (none: only ``grant`` is applied, if given)."""
    return _apply(url, grant, SCHEMA_VERSION, create=False)


def register_status(url: str) -> RegisterStatus:
    conn = connect(url)
    try:
        version = applied_version(conn)
        return RegisterStatus(location_of(conn), version or 0, (), None)
    finally:
        conn.close()


def _apply(url: str, grant: str | None, target: int, *, create: bool) -> RegisterStatus:
    from psycopg import Error

    if not 1 <= target <= SCHEMA_VERSION:
        raise AuditError(f"There is no register schema version {target} (this version knows 1 to {SCHEMA_VERSION}).")
    conn = connect(url)
    location = location_of(conn)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        applied = _migrate(conn, location, target, create=create)
        if grant:
            _grant(conn, grant)
        status = RegisterStatus(location, applied_version(conn) or 0, tuple(applied), grant)
        conn.execute("COMMIT")
        return status
    except Error as exc:
        conn.execute("ROLLBACK")
        raise AuditError(f"The register {location} could not be set up (nothing was changed): "
                         f"{str(exc).strip()}.") from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _migrate(conn: Any, location: str, target: int, *, create: bool) -> list[int]:
    version = applied_version(conn)
    if create:
        if version is not None:
            raise AuditError(f"{location} already holds a register (schema version {version}); use review-desk "
                             "register upgrade.", code=ErrorCode.REGISTER_EXISTS)
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {PG_SCHEMA}")
        conn.execute(PG_MIGRATIONS_TABLE)
        version = 0
    elif version is None:
        raise AuditError(f"{location} holds no register; create it with review-desk register init.",
                         code=ErrorCode.REGISTER_NOT_INITIALISED)
    if version > SCHEMA_VERSION:
        raise AuditError(f"The register {location} has schema version {version}, newer than this version of Review "
                         f"Desk knows ({SCHEMA_VERSION}); update Review Desk.", code=ErrorCode.SCHEMA_TOO_NEW)
    applied = []
    for migration in MIGRATIONS[version:target]:
        for statement in migration.postgres:
            conn.execute(statement)
        if migration.version == 2:  # the settings table is new: the register's keyed-hash secret
            conn.execute("INSERT INTO settings (name, value) VALUES (%s, %s)", (SECRET_SETTING, os.urandom(32).hex()))
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                     (migration.version, migration.name))
        applied.append(migration.version)
    return applied


def _grant(conn: Any, role: str) -> None:
    from psycopg import sql

    who = sql.Identifier(role)
    tables = [t for t in APPEND_ONLY if _exists(conn, t)]
    read_only = [t for t in ("settings", "schema_migrations") if _exists(conn, t)]
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(PG_SCHEMA), who))
    conn.execute(sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, tables)), who))
    conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.SQL(", ").join(map(sql.Identifier, read_only)), who))
    conn.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(sql.Identifier(PG_SCHEMA), who))


def _exists(conn: Any, table: str) -> bool:
    return conn.execute("SELECT to_regclass(%s)", (f"{PG_SCHEMA}.{table}",)).fetchone()[0] is not None
