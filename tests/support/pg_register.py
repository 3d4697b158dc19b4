"""The PostgreSQL server of the tests marked ``postgres`` (``tools/pg_test_cluster.sh``, started by
``make test``): URLs from the environment, a fresh database per test, and the attacker's connection.

* ``REVIEW_DESK_TEST_PG_OWNER_URL``: a role that may CREATE DATABASE (it owns each test's database
  and runs ``register init`` there);
* ``REVIEW_DESK_TEST_PG_URL``: the desks' role (LOGIN only; ``register init --grant`` gives it
  INSERT and SELECT).
Both URLs name any database (``/postgres``); a test's own database replaces it.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

OWNER_ENV = "REVIEW_DESK_TEST_PG_OWNER_URL"
APP_ENV = "REVIEW_DESK_TEST_PG_URL"


@dataclass(frozen=True)
class PgServer:
    owner_url: str
    app_url: str

    @property
    def app_role(self) -> str:
        from psycopg.conninfo import conninfo_to_dict

        return str(conninfo_to_dict(self.app_url)["user"])


@dataclass(frozen=True)
class PgDatabase:
    """One test's database: ``owner_url`` (its owner, for register init and the attacker) and
    ``url`` (the desks' role)."""

    name: str
    owner_url: str
    url: str
    app_role: str


def server_from_env() -> PgServer | None:
    owner, app = os.environ.get(OWNER_ENV), os.environ.get(APP_ENV)
    return PgServer(owner, app) if owner and app else None


def with_dbname(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def admin(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


def create_database(server: PgServer) -> PgDatabase:
    name = f"rd_test_{uuid.uuid4().hex[:12]}"
    with admin(server.owner_url) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    return PgDatabase(name, with_dbname(server.owner_url, name), with_dbname(server.app_url, name), server.app_role)


def drop_database(server: PgServer, database: PgDatabase) -> None:
    with admin(server.owner_url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database.name} WITH (FORCE)")


class RawRegister:
    """The attacker on a register: the owner's connection with every append-only trigger dropped;
    ``execute`` takes ``?`` placeholders like sqlite3 (and returns the cursor)."""

    def __init__(self, owner_url: str) -> None:
        self.conn = admin(owner_url)
        self.conn.execute("SET search_path TO review_desk")
        triggers = self.conn.execute(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'review_desk' AND NOT t.tgisinternal"
        ).fetchall()
        for trigger, table in triggers:
            self.conn.execute(f"DROP TRIGGER {trigger} ON {table}")

    def execute(self, sql: str, args: tuple = ()):
        return self.conn.execute(sql.replace("?", "%s"), args)

    def close(self) -> None:
        self.conn.close()
