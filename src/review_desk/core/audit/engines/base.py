"""What every engine offers the store (:class:`Engine`); the SQL the store writes uses ``?``
placeholders and standard SQL that both engines run unchanged."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager


class Engine(ABC):
    """One open connection to an audit log, in autocommit mode between explicit transactions."""

    kind: str  # "sqlite" or "postgresql"
    location: str  # for messages: the file, or postgresql://host:port/dbname (never a password)
    head_name: str  # the desk's head file for this log, in the desk's home
    head_required: bool  # a non-empty log seen without a head file was tampered with (SQLite)
    errors: tuple[type[BaseException], ...]  # the driver's exceptions

    @abstractmethod
    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one statement (``?`` placeholders)."""

    @abstractmethod
    def execute(self, sql: str, args: tuple = ()) -> None:
        """Run one statement that returns no rows."""

    @abstractmethod
    def begin_write(self) -> None:
        """Begin a transaction no other writer can run alongside (until commit or rollback)."""

    @abstractmethod
    def begin_snapshot(self) -> None:
        """Begin a read-only transaction that sees one consistent state of the log."""

    @property
    @abstractmethod
    def in_transaction(self) -> bool: ...

    @abstractmethod
    def secret(self) -> bytes:
        """The 32 bytes of the log's keyed-hash secret."""

    @abstractmethod
    def close(self) -> None: ...

    @property
    def connection_lost(self) -> bool:
        """True once the connection to the database was broken (a server dropped it); a local file never is."""
        return False

    def reconnect(self) -> None:
        """Open a new connection in place of a lost one (engines whose connection can be lost)."""
        raise NotImplementedError(f"a {self.kind} log's connection is not re-opened")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        try:
            self.execute("ROLLBACK")
        except self.errors:  # pragma: no cover - nothing left to roll back (or the connection is gone)
            pass

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read-only transaction, always rolled back."""
        self.begin_snapshot()
        try:
            yield
        finally:
            self.rollback()
