"""The database engines under :class:`review_desk.core.audit.store.AuditLog`: what differs between
the desk's own SQLite file and an office's shared PostgreSQL register.

Everything else (records, hashes, signatures, Merkle trees, verification) is shared and gives the
same bytes on both.  An engine holds one connection and knows: how to connect, its placeholder
style, how to begin a write transaction that excludes every other writer, its error classes, its
schema migrations, where the desk keeps its head file for it, and where the keyed-hash secret is.
:func:`open_engine` picks one: a ``database`` URL means PostgreSQL, none the SQLite file in the home.
"""

from __future__ import annotations

from pathlib import Path

from .base import Engine


def open_engine(home: Path, database: str | None = None, *, read_only: bool = False) -> Engine:
    """The engine of the log seen from the desk ``home``: the register at ``database`` (a
    ``postgresql://`` URL) or, without one, ``home/audit.sqlite3``.  ``read_only`` (verification)
    never creates or migrates anything."""
    if database:
        from .postgres import PostgresEngine  # psycopg is loaded only by desks on a register

        return PostgresEngine(database, read_only=read_only)
    from .sqlite import SQLiteEngine

    return SQLiteEngine(Path(home), read_only=read_only)


__all__ = ["Engine", "open_engine"]
