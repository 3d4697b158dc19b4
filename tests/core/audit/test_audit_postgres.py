"""The shared register on a real PostgreSQL server: set-up and versions, the database's own refusal of
UPDATE / DELETE / TRUNCATE, concurrent writers in separate processes on separate desk homes, and
what the desks share (the keyed-hash secret, the review files)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import psycopg
import pytest
from cryptography.hazmat.primitives import serialization

from review_desk.core.audit import AuditError, AuditLog, verify_log
from review_desk.core.audit.register import init_register, register_status, upgrade_register
from review_desk.core.audit.schema import PG_APPEND_ONLY, SCHEMA_VERSION
from review_desk.core.errors import ErrorCode

from .audit_helpers import LogHome, populated

pytestmark = pytest.mark.postgres


def _code(excinfo) -> ErrorCode:
    return excinfo.value.code


# -- set-up and versions -------------------------------------------------------------------------------
def test_a_desk_refuses_a_database_without_a_register(pg_database, tmp_path):
    with pytest.raises(AuditError, match="register init") as excinfo:
        AuditLog(tmp_path / "desk", pg_database.url)
    assert _code(excinfo) == ErrorCode.REGISTER_NOT_INITIALISED
    with pytest.raises(AuditError) as excinfo:
        verify_log(tmp_path / "desk", database=pg_database.url)
    assert _code(excinfo) == ErrorCode.REGISTER_NOT_INITIALISED


def test_init_records_every_migration_and_refuses_a_second_init(pg_register):
    with psycopg.connect(pg_register.owner_url) as conn:
        rows = conn.execute("SELECT version, name, applied_at FROM review_desk.schema_migrations "
                            "ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1)) and all(r[1] and r[2] for r in rows)
    with pytest.raises(AuditError, match="already holds a register") as excinfo:
        init_register(pg_register.owner_url)
    assert _code(excinfo) == ErrorCode.REGISTER_EXISTS
    assert register_status(pg_register.url).version == SCHEMA_VERSION


def test_an_older_register_is_refused_until_upgraded(pg_database, tmp_path):
    status = init_register(pg_database.owner_url, grant=pg_database.app_role, version=1)
    assert status.version == 1 and status.applied == (1,)
    with pytest.raises(AuditError, match="register upgrade") as excinfo:
        AuditLog(tmp_path / "desk", pg_database.url)
    assert _code(excinfo) == ErrorCode.SCHEMA_OUTDATED
    status = upgrade_register(pg_database.owner_url, grant=pg_database.app_role)
    assert status.version == SCHEMA_VERSION and status.applied == tuple(range(2, SCHEMA_VERSION + 1))
    assert upgrade_register(pg_database.owner_url).applied == ()  # nothing left to apply
    log, _ = populated(LogHome(tmp_path / "desk", pg_database.url), n_events=2)
    log.close()
    assert verify_log(tmp_path / "desk", database=pg_database.url).ok


def test_a_newer_register_is_refused(pg_register, tmp_path):
    with psycopg.connect(pg_register.owner_url, autocommit=True) as conn:
        conn.execute("INSERT INTO review_desk.schema_migrations (version, name) VALUES (%s, 'from the future')",
                     (SCHEMA_VERSION + 1,))
    with pytest.raises(AuditError, match="update Review Desk") as excinfo:
        AuditLog(tmp_path / "desk", pg_register.url)
    assert _code(excinfo) == ErrorCode.SCHEMA_TOO_NEW


def test_an_unreachable_server_is_a_clear_error(tmp_path, pg_server):
    url = pg_server.app_url.rpartition("@")[0] + "@127.0.0.1:1/nothing"
    with pytest.raises(AuditError, match="cannot be reached") as excinfo:
        AuditLog(tmp_path / "desk", url)
    assert _code(excinfo) == ErrorCode.REGISTER_UNREACHABLE


# -- append-only in the database's own terms -----------------------------------------------------------
_CHANGES = ["UPDATE {table} SET {column} = {column}", "DELETE FROM {table}", "TRUNCATE {table}"]
_COLUMN = {"entries": "event", "reviewers": "unit", "checkpoints": "root", "review_files": "name_hash",
           "settings": "value", "schema_migrations": "name"}


@pytest.fixture
def filled(pg_register, tmp_path):
    home = LogHome(tmp_path / "desk", pg_register.url)
    log, people = populated(home)
    log.record_file("R-1", "答复.docx", "ab" * 32)
    log.close()
    return pg_register, people


@pytest.mark.parametrize("statement", _CHANGES)
def test_the_desks_role_cannot_change_or_delete_anything(filled, statement):
    filled, _ = filled
    with psycopg.connect(filled.url, autocommit=True) as conn:
        conn.execute("SET search_path TO review_desk")
        for table in PG_APPEND_ONLY:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(statement.format(table=table, column=_COLUMN[table]))
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (10,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor write the register's secret
            conn.execute("INSERT INTO settings VALUES ('other', 'x')")


@pytest.mark.parametrize("statement", _CHANGES)
def test_the_triggers_refuse_even_the_owner(filled, statement):
    filled, _ = filled
    with psycopg.connect(filled.owner_url, autocommit=True) as conn:
        conn.execute("SET search_path TO review_desk")
        for table in PG_APPEND_ONLY:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                conn.execute(statement.format(table=table, column=_COLUMN[table]))
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (10,)


# -- many desks, one chain -----------------------------------------------------------------------------
_WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from review_desk.core.audit import AuditLog
    home, database, fingerprint, key_hex, tag = sys.argv[1:6]
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_hex))
    with AuditLog(Path(home), database) as log:
        for i in range(50):
            log.append("decision", {"worker": tag, "i": i}, fingerprint, key, checkpoint=(i % 10 == 9))
    """
)


def test_four_writer_processes_leave_one_unforked_chain(pg_register, tmp_path):
    log, people = populated(LogHome(tmp_path / "setup", pg_register.url), n_events=0)
    log.close()
    procs = []
    for n in range(4):
        reviewer, key = people["AB"[n % 2]]
        raw_key = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption()).hex()
        procs.append(subprocess.Popen([sys.executable, "-c", _WORKER, str(tmp_path / f"desk{n}"), pg_register.url,
                                       reviewer.fingerprint, raw_key, f"w{n}"], stderr=subprocess.PIPE, text=True))
    for proc in procs:
        assert proc.wait(timeout=240) == 0, proc.stderr.read()
    for n in range(4):  # every desk's own head file is consistent with the one chain
        result = verify_log(tmp_path / f"desk{n}", database=pg_register.url)
        assert result.ok, result.problem
        assert result.entries == 202
    with AuditLog(tmp_path / "desk0", pg_register.url) as log:
        entries = log.entries()
        assert [e.seq for e in entries] == list(range(1, 203))
        assert all(b.prev_hash == a.entry_hash for a, b in zip(entries, entries[1:]))
        done = [(e.payload["worker"], e.payload["i"]) for e in log.entries(event="decision")]
        assert sorted(done) == sorted((f"w{n}", i) for n in range(4) for i in range(50))
        assert len(log.checkpoints()) == 20 and log.head().tree_size <= 202


def test_a_truncated_register_is_caught_by_a_desk_that_appended(filled, tmp_path):
    from .audit_helpers import raw

    filled, people = filled
    a, key = people["A"]
    home = LogHome(tmp_path / "desk", filled.url, filled.owner_url)
    raw(home).execute("DELETE FROM entries WHERE seq > 8")
    result = verify_log(home.home, database=filled.url)
    assert not result.ok and "truncated" in result.problem
    with AuditLog(home.home, filled.url) as log, pytest.raises(AuditError, match="does not match its head file"):
        log.append("decision", {}, a.fingerprint, key)
    with AuditLog(tmp_path / "new desk", filled.url) as log:  # a desk that never appended has no head to go by
        assert log.head() is None


# -- what the desks share ------------------------------------------------------------------------------
def test_keyed_hashes_and_review_files_agree_across_desks(filled, tmp_path):
    filled, _ = filled
    with AuditLog(tmp_path / "other desk", filled.url) as log, AuditLog(tmp_path / "desk", filled.url) as mine:
        assert log.keyed_hash("13812345678") == mine.keyed_hash("13812345678")
        assert log.file_of("R-1") == (log.keyed_hash("答复.docx"), "ab" * 32)  # recorded by the first desk
        log.record_file("R-1", str(tmp_path / "张三丰的申请.docx"), "ab" * 32)
        (tmp_path / "张三丰的申请.docx").write_bytes(b"x")
        assert mine.find_file("R-1", tmp_path) == tmp_path / "张三丰的申请.docx"  # found by its name's hash
        with psycopg.connect(filled.url) as conn:  # neither the name nor the path is in the register
            stored = repr(conn.execute("SELECT * FROM review_desk.review_files").fetchall())
        assert "张三丰" not in stored and "答复" not in stored and str(tmp_path) not in stored
        with AuditLog(tmp_path / "local") as local:
            assert local.keyed_hash("13812345678") != mine.keyed_hash("13812345678")


# -- a desk without its head file for the register --------------------------------------------------------
def test_a_desk_that_appended_and_lost_its_head_file_verifies_with_a_warning(pg_register, tmp_path):
    from review_desk.core.audit.verify import NO_HEAD_WARNING
    from review_desk.core.identity.keys import create_key

    desk, other = tmp_path / "desk", tmp_path / "other"
    reviewer, key = create_key(desk, "王审查", "办公室", "correct-horse-battery")
    create_key(other, "李复核", "办公室", "correct-horse-battery")  # a desk with a key that never appended
    with AuditLog(desk, pg_register.url) as log:
        log.register_reviewer(reviewer, key)
        log.append("decision", {"document": "a"}, reviewer.fingerprint, key)
        head = desk / log._db.head_name
    assert verify_log(desk, database=pg_register.url).warnings == ()
    assert verify_log(other, database=pg_register.url).warnings == ()
    head.unlink()
    result = verify_log(desk, database=pg_register.url)
    assert result.ok and result.warnings == (NO_HEAD_WARNING,)
    assert verify_log(other, database=pg_register.url).warnings == ()
    # the rules over the entries still run on a desk without a head file
    flagged = verify_log(other, rules=(lambda entries: (entries[-1].seq, "flagged", "the last entry"),),
                         database=pg_register.url)
    assert not flagged.ok and flagged.code == "flagged" and flagged.first_bad_seq == 2
