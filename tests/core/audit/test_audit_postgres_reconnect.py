"""A desk's connection to the register lost and re-opened (a desk stays open for hours; the network
blips; the DBA restarts the server), on the real server: the desk's backend is ended with
``pg_terminate_backend`` (by the desks' own role, as the server does on a restart)."""

from __future__ import annotations

import psycopg
import pytest
from pg_register import with_dbname

from review_desk.core.audit import AuditError, AuditLog, verify_log
from review_desk.core.errors import ErrorCode

from .audit_helpers import LogHome, populated

pytestmark = pytest.mark.postgres


def _pid(log: AuditLog) -> int:
    return log._db._conn.info.backend_pid


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
        conn.execute("SELECT pg_sleep(0.2)")


def _desk(pg_register, tmp_path):
    return LogHome(tmp_path / "desk", pg_register.url, pg_register.owner_url)


def test_an_append_after_the_server_dropped_the_connection_runs_on_a_new_one(pg_register, tmp_path):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=2, checkpoint_at=None)
    reviewer, key = people["A"]
    old = _pid(log)
    _terminate(pg_register.url, old)
    entry = log.append("decision", {"document": "after the drop"}, reviewer.fingerprint, key)
    assert entry.seq == 5 and _pid(log) != old
    _terminate(pg_register.url, _pid(log))  # a read outside a transaction re-opens too
    assert len(log) == 5 and log.head().tree_size == 5
    log.close()
    result = verify_log(home.home, database=home.database)
    assert result.ok and result.entries == 5, result.problem


def test_verification_after_a_dropped_connection_reads_on_a_new_one(pg_register, tmp_path):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=2, checkpoint_at=None)
    _terminate(pg_register.url, _pid(log))
    with log._db.snapshot():
        assert log._db.query("SELECT count(*) FROM entries") == [(4,)]
    log.close()


def test_a_register_that_cannot_be_reached_again_is_a_clear_register_unreachable(pg_register, tmp_path):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=1, checkpoint_at=None)
    reviewer, key = people["A"]
    server = with_dbname(pg_register.owner_url, "postgres")
    with psycopg.connect(server, autocommit=True) as owner:  # the server refuses new connections to the register
        owner.execute(f"ALTER DATABASE {pg_register.name} WITH ALLOW_CONNECTIONS false")
    _terminate(with_dbname(pg_register.url, "postgres"), _pid(log))
    with pytest.raises(AuditError) as excinfo:
        log.append("decision", {"document": "while down"}, reviewer.fingerprint, key)
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE
    assert "cannot be reached" in str(excinfo.value)
    with psycopg.connect(server, autocommit=True) as owner:
        owner.execute(f"ALTER DATABASE {pg_register.name} WITH ALLOW_CONNECTIONS true")
    entry = log.append("decision", {"document": "back again"}, reviewer.fingerprint, key)  # and back
    assert entry.seq == 4
    log.close()
    assert verify_log(home.home, database=home.database).ok


def test_a_connection_lost_inside_a_write_records_nothing_and_says_so(pg_register, tmp_path):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=1, checkpoint_at=None)
    reviewer, key = people["A"]
    with pytest.raises(AuditError, match="nothing was recorded") as excinfo:
        with log.writing(reviewer.fingerprint, key) as tx:
            tx.append("decision", {"document": "cut off"})
            _terminate(pg_register.url, _pid(log))  # before the COMMIT: the server rolls it back
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE
    assert len(log) == 3 and log.head().tree_size == 3
    with pytest.raises(AuditError, match="nothing was recorded") as excinfo:
        with log.writing(reviewer.fingerprint, key) as tx:
            _terminate(pg_register.url, _pid(log))
            tx.append("decision", {"document": "cut off before the insert"})
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE
    assert log.append("decision", {"document": "again"}, reviewer.fingerprint, key).seq == 4
    log.close()
    assert verify_log(home.home, database=home.database).ok


def test_a_commit_whose_answer_was_lost_but_that_landed_is_not_written_twice(pg_register, tmp_path, monkeypatch):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=1, checkpoint_at=None)
    reviewer, key = people["A"]
    engine = log._db
    real_commit = engine.commit

    def commit_then_drop() -> None:
        real_commit()
        _terminate(pg_register.url, _pid(log))
        with pytest.raises(psycopg.OperationalError):
            engine._conn.execute("SELECT 1")
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(engine, "commit", commit_then_drop)
    entry = log.append("decision", {"document": "landed"}, reviewer.fingerprint, key)
    monkeypatch.setattr(engine, "commit", real_commit)
    assert entry.seq == 4 and len(log) == 4 and log.head().tree_size == 4
    assert log.append("decision", {"document": "next"}, reviewer.fingerprint, key).seq == 5
    log.close()
    result = verify_log(home.home, database=home.database)
    assert result.ok and result.entries == 5


def test_a_commit_cut_off_before_it_landed_is_reported_not_recorded(pg_register, tmp_path, monkeypatch):
    home = _desk(pg_register, tmp_path)
    log, people = populated(home, n_events=1, checkpoint_at=None)
    reviewer, key = people["A"]
    engine = log._db
    real_commit = engine.commit

    def drop_then_commit() -> None:
        _terminate(pg_register.url, _pid(log))  # the COMMIT meets a dead connection: the server rolled back
        real_commit()

    monkeypatch.setattr(engine, "commit", drop_then_commit)
    with pytest.raises(AuditError, match="did not land") as excinfo:
        log.append("decision", {"document": "lost"}, reviewer.fingerprint, key)
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE
    monkeypatch.setattr(engine, "commit", real_commit)
    assert len(log) == 3 and log.head().tree_size == 3
    assert log.append("decision", {"document": "again"}, reviewer.fingerprint, key).seq == 4
    log.close()
    assert verify_log(home.home, database=home.database).ok
