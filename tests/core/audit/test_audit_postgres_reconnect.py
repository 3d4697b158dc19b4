"""A desk's connection to the register lost and re-opened (a desk stays open for hours; the network
blips; the DBA restarts the server), on the real server: the desk's backend is ended with
``pg_terminate_backend`` (by the desks' own role, as the server does on a restart)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest
from pg_register import PgServer, create_database, with_dbname

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
    cut = []

    def drop_then_commit() -> None:
        if not cut:  # the first COMMIT meets a dead connection: the server rolled back
            cut.append(True)
            _terminate(pg_register.url, _pid(log))
        real_commit()

    monkeypatch.setattr(engine, "commit", drop_then_commit)
    with pytest.raises(AuditError, match="did not land") as excinfo:  # a writing() block is the caller's to redo
        with log.writing(reviewer.fingerprint, key) as tx:
            tx.append("decision", {"document": "lost"})
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE
    assert len(log) == 3 and log.head().tree_size == 3
    cut.clear()
    entry = log.append("decision", {"document": "again"}, reviewer.fingerprint, key)  # append() does it once more
    assert cut == [True] and entry.seq == 4 and len(log) == 4
    assert [e.payload["document"] for e in log.entries(event="decision")] == ["doc-0", "again"]
    log.close()
    assert verify_log(home.home, database=home.database).ok


# -- the server itself stopped and started again (a throw-away cluster of this test's own) -----------------
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def own_cluster(pg_server):
    """A cluster this test may stop and start: ``(owner_url, app_url, pg_ctl)`` where ``pg_ctl(*args)``
    runs pg_ctl on it (as the server's user, as tools/pg_test_cluster.sh does)."""
    folder = Path(tempfile.gettempdir()) / f"rd-pg-restart-{uuid.uuid4().hex[:8]}"
    script = ROOT / "tools" / "pg_test_cluster.sh"
    started = subprocess.run([str(script), "start", str(folder)], capture_output=True, text=True, timeout=120)
    if started.returncode != 0:
        pytest.fail(f"the throw-away cluster did not start: {started.stderr}")
    env = dict(line.removeprefix("export ").split("=", 1) for line in (folder / "env").read_text().splitlines())
    owner, app = env["REVIEW_DESK_TEST_PG_OWNER_URL"], env["REVIEW_DESK_TEST_PG_URL"]
    port = owner.rsplit(":", 1)[1].split("/")[0]
    pg_ctl_path = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")) or [shutil.which("pg_ctl") or "pg_ctl"]
    as_server = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def pg_ctl(action: str) -> None:
        extra = ["-m", "fast"] if action == "stop" else \
            ["-l", str(folder / "server.log"), "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"]
        subprocess.run([*as_server, pg_ctl_path[-1], "-D", str(folder / "data"), "-w", "-t", "60", *extra, action],
                       check=True, capture_output=True, timeout=90)

    try:
        yield owner, app, pg_ctl
    finally:
        subprocess.run([str(script), "stop", str(folder)], capture_output=True, timeout=120)


def test_a_stopped_server_is_register_unreachable_and_a_restarted_one_is_used_again(own_cluster, tmp_path, capsys):
    from review_desk.cli import main
    from review_desk.core.audit.register import init_register

    owner, app, pg_ctl = own_cluster
    database = create_database(PgServer(owner, app))
    init_register(database.owner_url, grant=database.app_role)
    app = database.url
    home = LogHome(tmp_path / "desk", app, database.owner_url)
    log, people = populated(home, n_events=1, checkpoint_at=None)
    reviewer, key = people["A"]
    pg_ctl("stop")
    with pytest.raises(AuditError) as excinfo:
        log.append("decision", {"document": "while stopped"}, reviewer.fingerprint, key)
    assert excinfo.value.code == ErrorCode.REGISTER_UNREACHABLE and "cannot be reached" in str(excinfo.value)
    code = main(["--home", str(tmp_path / "auditor"), "--database", app, "log", "verify"])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err + captured.out
    assert "cannot be reached" in captured.err and "[register_unreachable]" in captured.err, captured.err
    pg_ctl("start")  # the DBA starts it again: the desk goes on, on a new connection
    entry = log.append("decision", {"document": "after the restart"}, reviewer.fingerprint, key)
    assert entry.seq == 4
    log.close()
    result = verify_log(home.home, database=home.database)
    assert result.ok and result.entries == 4
