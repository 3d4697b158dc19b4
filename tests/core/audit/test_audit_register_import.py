"""``register import``: a desk's own SQLite log copied into an empty PostgreSQL register byte for byte
(same rows, so the register verifies as the desk's log did), the import recorded by a signed entry and
checkpoint; a tampered source, a second import of the same log, another desk's log, a wrong importer
and the desks' own role."""

from __future__ import annotations

import json
import sqlite3

import psycopg
import pytest

from review_desk.core.audit import AuditError, AuditLog, verify_log
from review_desk.core.audit.register_import import REGISTER_IMPORTED, import_desk_log
from review_desk.core.errors import ErrorCode

from .audit_helpers import make_reviewer, populated, raw

pytestmark = pytest.mark.postgres


def _rows(conn, sql: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _tables(conn) -> dict[str, list[tuple]]:
    return {"entries": _rows(conn, "SELECT * FROM entries ORDER BY seq"),
            "reviewers": _rows(conn, "SELECT * FROM reviewers ORDER BY entry_seq"),
            "checkpoints": _rows(conn, "SELECT * FROM checkpoints ORDER BY tree_size"),
            "review_files": _rows(conn, "SELECT review_id, name_hash, sha256, recorded FROM review_files ORDER BY id")}


def _register(url: str):
    conn = psycopg.connect(url, autocommit=True)
    conn.execute("SET search_path TO review_desk")
    return conn


@pytest.fixture
def desk(tmp_path):
    """A desk's own log (2 reviewers, 8 events, a checkpoint, a review file, its keyed-hash secret), closed."""
    home = tmp_path / "desk"
    log, people = populated(home)
    log.keyed_hash("13812345678")  # a review's findings made the desk's secret
    log.record_file("r-1", "答复.docx", "ab" * 32)
    log.close()
    return home, people


def test_an_import_copies_the_log_byte_for_byte_and_the_register_verifies(desk, pg_register, tmp_path):
    home, people = desk
    before = verify_log(home)
    with sqlite3.connect(home / "audit.sqlite3") as conn:
        source = _tables(conn)
    reviewer, key = people["A"]
    result = import_desk_log(home, pg_register.owner_url, reviewer, key)
    assert result.imported and result.entries == 10 and result.import_seq == 11 and result.register_size == 11
    assert result.reviewers == 2 and result.checkpoints == 1 and result.review_files == 1 and result.secret_carried
    assert result.verification is not None and result.verification.ok, result.verification
    with _register(pg_register.owner_url) as conn:
        copied = _tables(conn)
        imported = conn.execute("SELECT event, actor, payload FROM entries WHERE seq = 11").fetchone()
    assert copied["entries"][:10] == source["entries"]
    assert copied["reviewers"] == source["reviewers"] and copied["review_files"] == source["review_files"]
    assert copied["checkpoints"][:-1] == source["checkpoints"] and copied["checkpoints"][-1][0] == 11
    assert imported[0] == REGISTER_IMPORTED and imported[1] == reviewer.fingerprint
    payload = json.loads(imported[2])
    assert payload["source"] == {"tree_size": 10, "root": result.root, "entry_hash": source["entries"][-1][6],
                                 "reviewers": 2, "checkpoints": 1, "review_files": 1,
                                 "head": json.loads((home / "audit.head").read_text(encoding="utf-8"))}
    assert payload["source"]["head"]["tree_size"] == 10 and payload["importer"]["name"] == "张三"
    # from the importing desk (its head file for the register) and from a desk that never appended
    after = verify_log(home, database=pg_register.url)
    assert after.ok and after.entries == 11 and after.reviewers == before.reviewers == 2
    assert verify_log(tmp_path / "auditor", database=pg_register.url).ok
    assert verify_log(home) == before  # the desk's own log was only read
    # the desk keeps its keys and works on the register: same reviewers, same keyed hashes
    with AuditLog(home) as local, AuditLog(tmp_path / "other", pg_register.url) as shared:
        assert local.keyed_hash("13812345678") == shared.keyed_hash("13812345678")
        assert shared.file_of("r-1") == (local.keyed_hash("答复.docx"), "ab" * 32)
        entry = shared.append("decision", {"after": "import"}, people["B"][0].fingerprint, people["B"][1])
    assert entry.seq == 12 and verify_log(home, database=pg_register.url).ok


def test_a_tampered_desk_log_is_refused_and_nothing_is_written(desk, pg_register):
    home, people = desk
    conn = raw(home)
    conn.execute("UPDATE entries SET payload = ? WHERE seq = 5", ('{"document":"doc-x","n":2,"result":"approve"}',))
    conn.close()
    with pytest.raises(AuditError, match="does not verify") as excinfo:
        import_desk_log(home, pg_register.owner_url, *people["A"])
    assert excinfo.value.code == ErrorCode.IMPORT_SOURCE_UNVERIFIED
    with _register(pg_register.owner_url) as conn:
        assert all(rows == [] for rows in _tables(conn).values())
        assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 1  # only the register's own secret


def test_importing_the_same_log_again_changes_nothing(desk, pg_register, tmp_path):
    home, people = desk
    first = import_desk_log(home, pg_register.owner_url, *people["A"])
    with AuditLog(tmp_path / "other", pg_register.url) as shared:  # the office works on meanwhile
        shared.append("decision", {"n": 99}, people["B"][0].fingerprint, people["B"][1])
    with _register(pg_register.owner_url) as conn:
        before = _tables(conn)
    again = import_desk_log(home, pg_register.owner_url, *people["B"])
    assert first.imported and not again.imported
    assert again.import_seq == first.import_seq == 11 and again.register_size == 12 and again.verification.ok
    with _register(pg_register.owner_url) as conn:
        assert _tables(conn) == before


def test_a_second_desk_is_refused_with_a_clear_code(desk, pg_register, tmp_path):
    home, people = desk
    import_desk_log(home, pg_register.owner_url, *people["A"])
    other_log, other_people = populated(tmp_path / "second desk", n_events=3)
    other_log.close()
    with _register(pg_register.owner_url) as conn:
        before = _tables(conn)
    with pytest.raises(AuditError, match="one desk's log only") as excinfo:
        import_desk_log(tmp_path / "second desk", pg_register.owner_url, *other_people["A"])
    assert excinfo.value.code == ErrorCode.REGISTER_HOLDS_ANOTHER_LOG
    assert "log checkpoint --export" in excinfo.value.message
    with _register(pg_register.owner_url) as conn:
        assert _tables(conn) == before
    assert verify_log(home, database=pg_register.url).ok


def test_a_longer_local_log_than_the_imported_one_is_another_log(desk, pg_register):
    home, people = desk
    import_desk_log(home, pg_register.owner_url, *people["A"])
    with AuditLog(home) as local:  # the desk went on locally after the import
        local.append("decision", {"late": True}, people["A"][0].fingerprint, people["A"][1])
    with pytest.raises(AuditError) as excinfo:
        import_desk_log(home, pg_register.owner_url, *people["A"])
    assert excinfo.value.code == ErrorCode.REGISTER_HOLDS_ANOTHER_LOG


def test_the_importer_must_be_a_reviewer_of_the_desk(desk, pg_register):
    home, people = desk
    stranger, key = make_reviewer("王五")
    with pytest.raises(AuditError, match="not a reviewer of the desk") as excinfo:
        import_desk_log(home, pg_register.owner_url, stranger, key)
    assert excinfo.value.code == ErrorCode.IDENTITY
    with pytest.raises(AuditError, match="not the registered key"):
        import_desk_log(home, pg_register.owner_url, people["A"][0], people["B"][1])


def test_the_desks_role_cannot_import_and_leaves_nothing(desk, pg_register):
    home, people = desk
    with pytest.raises(AuditError, match="nothing was written"):
        import_desk_log(home, pg_register.url, *people["A"])  # it may not write the register's settings
    with _register(pg_register.owner_url) as conn:
        assert all(rows == [] for rows in _tables(conn).values())


def test_a_folder_without_a_log_is_a_usage_error(pg_register, tmp_path):
    reviewer, key = make_reviewer("张三")
    with pytest.raises(AuditError, match="holds no desk log") as excinfo:
        import_desk_log(tmp_path / "nothing", pg_register.owner_url, reviewer, key)
    assert excinfo.value.code == ErrorCode.USAGE
    assert not (tmp_path / "nothing").exists()


def test_a_desk_without_a_secret_leaves_the_registers_own(pg_register, tmp_path):
    log, people = populated(tmp_path / "new desk", n_events=2)  # no finding yet: no keyed-hash secret made
    log.close()
    with AuditLog(tmp_path / "auditor", pg_register.url) as shared:
        before = shared.keyed_hash("13812345678")
    result = import_desk_log(tmp_path / "new desk", pg_register.owner_url, *people["A"])
    assert result.imported and not result.secret_carried and result.verification.ok
    assert not (tmp_path / "new desk" / "audit.secret").exists()  # none was made for it
    with AuditLog(tmp_path / "other", pg_register.url) as shared:
        assert shared.keyed_hash("13812345678") == before
