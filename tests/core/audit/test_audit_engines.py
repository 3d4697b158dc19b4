"""The engine layer: SQLite never loads the PostgreSQL driver, migrates an older log in place and
refuses a newer one; both engines give byte-for-byte the same entries for the same appends."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from review_desk.core.audit import AuditError, AuditLog, verify_log
from review_desk.core.audit.records import compute_entry_hash
from review_desk.core.audit.schema import SCHEMA_VERSION
from review_desk.core.errors import ErrorCode

from .audit_helpers import LogHome, make_reviewer


def test_a_desk_on_its_own_log_never_loads_psycopg(tmp_path):
    code = ("import sys; from pathlib import Path; from review_desk.core.audit import AuditLog, verify_log; "
            f"AuditLog(Path({str(tmp_path)!r})).close(); verify_log(Path({str(tmp_path)!r})); "
            "sys.exit(1 if 'psycopg' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0


def test_a_log_of_a_newer_schema_is_refused(tmp_path):
    AuditLog(tmp_path).close()
    sqlite3.connect(tmp_path / "audit.sqlite3").execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(AuditError, match="update Review Desk") as excinfo:
        AuditLog(tmp_path)
    assert excinfo.value.code == ErrorCode.SCHEMA_TOO_NEW


def test_an_older_log_migrates_in_place(tmp_path):
    with AuditLog(tmp_path) as log:
        reviewer, key = make_reviewer("张三")
        log.register_reviewer(reviewer, key)
    conn = sqlite3.connect(tmp_path / "audit.sqlite3", isolation_level=None)
    for name in ("review_files_no_update", "review_files_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE review_files")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with AuditLog(tmp_path) as log:
        log.record_file("R-1", "a.docx", None)
        assert log.file_of("R-1") == (log.keyed_hash("a.docx"), None) and len(log) == 1
    conn = sqlite3.connect(tmp_path / "audit.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE review_files SET name_hash = 'b'")
    assert verify_log(tmp_path).ok


@pytest.mark.postgres
def test_both_engines_store_the_same_bytes(pg_register, tmp_path):
    reviewer, key = make_reviewer("张三")
    rows = []
    for home in (LogHome(tmp_path / "sqlite"), LogHome(tmp_path / "pg", pg_register.url)):
        with AuditLog(home.home, home.database) as log:
            log.register_reviewer(reviewer, key)
            log.append("decision", {"名": "张三", "n": -7, "list": [1, None, True, "\u2028"]}, reviewer.fingerprint, key,
                       checkpoint=True)
            entries = log.entries()
            rows.append([(e.seq, e.event, e.actor, e.payload) for e in entries])  # times differ, so hashes do
            for e in entries:  # the stored hash is the hash of the stored fields, on either engine
                assert compute_entry_hash(e.seq, e.time, e.event, e.actor, e.payload, e.prev_hash) == e.entry_hash
            assert log.latest_checkpoint().tree_size == 2
        assert verify_log(home.home, database=home.database).ok
    assert rows[0] == rows[1]


@pytest.mark.postgres
def test_the_same_rows_verify_the_same_on_both_engines(pg_register, tmp_path):
    """The SQLite log's rows and head file, copied as they are into a register (by the desks' role,
    INSERT only), verify there with the same result: one verification for both."""
    import shutil

    import psycopg

    from .audit_helpers import populated

    log, _ = populated(tmp_path / "desk")
    log.close()
    local = verify_log(tmp_path / "desk")
    conn = sqlite3.connect(tmp_path / "desk" / "audit.sqlite3")
    with psycopg.connect(pg_register.url, autocommit=True) as pg:
        pg.execute("SET search_path TO review_desk")
        for table, n in (("entries", 8), ("reviewers", 6), ("checkpoints", 5)):
            for row in conn.execute(f"SELECT * FROM {table}"):
                pg.execute(f"INSERT INTO {table} VALUES ({', '.join(['%s'] * n)})", row)
    other = LogHome(tmp_path / "other desk", pg_register.url)
    other.home.mkdir()
    shutil.copy(tmp_path / "desk" / "audit.head", other / "audit.head")
    remote = verify_log(other.home, database=pg_register.url)
    assert local.ok and remote == local
