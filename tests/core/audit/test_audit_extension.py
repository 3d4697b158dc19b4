"""Checkpoints kept outside the log: a log rolled back, truncated with an older head file put back,
forked, or rebuilt with new keys verifies on its own and fails against a kept checkpoint."""

from __future__ import annotations

import shutil

import pytest

from review_desk.core.audit import AuditLog, verify_log
from review_desk.core.audit.checkpoint_file import current_checkpoint, kept_checkpoint, parse_kept_checkpoint
from review_desk.core.audit.extension import check_extends
from review_desk.core.audit.merkle import verify_consistency
from review_desk.core.errors import ErrorCode

from .audit_helpers import LogHome, make_reviewer, populated, raw


def _append(log, people, n, start=100, who="A"):
    reviewer, key = people[who]
    for i in range(start, start + n):
        log.append("decision", {"document": f"doc-{i}", "n": i}, reviewer.fingerprint, key)


def _kept(log, people, who="A"):
    reviewer, key = people[who]
    kept = kept_checkpoint(log, current_checkpoint(log, (reviewer.fingerprint, key)))
    return parse_kept_checkpoint(kept.to_json())  # through the file form, as an auditor holds it


def test_the_log_extends_its_checkpoint_after_more_appends(tmp_path):
    log, people = populated(tmp_path / "desk")
    kept = _kept(log, people)
    assert kept.tree_size == 10 and [r.name for r in kept.reviewers] == ["张三", "李四"]
    same = check_extends(log, kept)
    assert same.ok and same.proof == () and same.log_size == 10
    _append(log, people, 7)
    later = check_extends(log, kept)
    assert later.ok and later.code is None and later.log_size == 17 and later.log_root == log.root()
    assert verify_consistency(10, 17, bytes.fromhex(kept.root), bytes.fromhex(log.root()),
                              [bytes.fromhex(p) for p in later.proof])
    log.close()


def test_a_restored_older_copy_verifies_alone_and_fails_against_the_checkpoint(tmp_path):
    home, copy = tmp_path / "desk", tmp_path / "copy"
    log, people = populated(home)
    log.close()
    shutil.copytree(home, copy)  # the data folder, copied after some work
    with AuditLog(home) as log:
        _append(log, people, 5)
        kept = _kept(log, people)
    shutil.rmtree(home)
    shutil.copytree(copy, home)  # ... and restored later
    assert verify_log(home).ok
    with AuditLog(home) as log:
        result = check_extends(log, kept)
    assert not result.ok and result.code == ErrorCode.LOG_ROLLED_BACK.value
    assert "holds 10 entries" in result.problem and "covers 15" in result.problem and "rolled back" in result.problem


def test_truncation_with_an_older_head_put_back(tmp_path):
    home = tmp_path / "desk"
    log, people = populated(home)
    old_head = (home / "audit.head").read_bytes()
    _append(log, people, 4)
    kept = _kept(log, people)
    log.close()
    conn = raw(home)
    conn.execute("DELETE FROM entries WHERE seq > 10")
    conn.execute("DELETE FROM checkpoints WHERE tree_size > 10")
    conn.close()
    (home / "audit.head").write_bytes(old_head)
    assert verify_log(home).ok  # the log and its head agree again
    with AuditLog(home) as log:
        assert check_extends(log, kept).code == ErrorCode.LOG_ROLLED_BACK.value
        _append(log, people, 6, start=500)  # and then more work on top: the size is back, the history is not
        result = check_extends(log, kept)
    assert verify_log(home).ok
    assert result.code == ErrorCode.LOG_FORKED.value and "entries 1 to 14 were rewritten" in result.problem


def test_a_fork_of_the_same_size(tmp_path):
    home, other = tmp_path / "desk", tmp_path / "fork"
    log, people = populated(home)
    log.close()
    shutil.copytree(home, other)
    with AuditLog(home) as log:
        _append(log, people, 3)
        kept = _kept(log, people)
    with AuditLog(other) as log:
        _append(log, people, 3, start=900)
        assert len(log) == kept.tree_size
        result = check_extends(log, kept)
    assert verify_log(other).ok
    assert result.code == ErrorCode.LOG_FORKED.value and "a fork: the same size with another root" in result.problem


def test_a_log_rebuilt_with_new_keys_for_the_same_reviewers(tmp_path):
    """The probe: the same names, new keys, the same events replayed and re-signed: a perfect log."""
    log, people = populated(tmp_path / "desk")
    kept = _kept(log, people)
    events = [(e.event, e.payload, e.actor) for e in log.entries()][2:]
    names = {r.fingerprint: r.name for r in log.reviewers()}
    log.close()
    rebuilt_home = tmp_path / "rebuilt"
    fresh = {"张三": make_reviewer("张三"), "李四": make_reviewer("李四", "法规处")}
    with AuditLog(rebuilt_home) as rebuilt:
        for reviewer, key in fresh.values():
            rebuilt.register_reviewer(reviewer, key)
        for event, payload, actor in events:
            reviewer, key = fresh[names[actor]]
            rebuilt.append(event, payload, reviewer.fingerprint, key)
        assert len(rebuilt) == kept.tree_size
        assert verify_log(rebuilt_home).ok  # today's check passes it
        result = check_extends(rebuilt, kept)
    assert result.code == ErrorCode.REVIEWERS_CHANGED.value
    assert "张三" in result.problem and "re-keyed" in result.problem


def test_a_checkpoint_of_another_log(tmp_path):
    log, people = populated(tmp_path / "a")
    kept = _kept(log, people)
    log.close()
    other, _ = populated(tmp_path / "b")
    result = check_extends(other, kept)
    other.close()
    assert result.code == ErrorCode.REVIEWERS_CHANGED.value and "with another key" in result.problem
    stranger, key = make_reviewer("赵六")
    with AuditLog(tmp_path / "c") as third:
        third.register_reviewer(stranger, key)
        _append(third, {"A": (stranger, key)}, 12)
        result = check_extends(third, kept)
    assert result.code == ErrorCode.REVIEWERS_CHANGED.value and "is not registered in this log" in result.problem


@pytest.mark.parametrize("extra", [0, 1, 5])
def test_a_reviewer_added_later_is_fine(tmp_path, extra):
    log, people = populated(tmp_path / "desk")
    kept = _kept(log, people)
    newcomer, key = make_reviewer("王五")
    log.register_reviewer(newcomer, key)
    _append(log, {"A": (newcomer, key)}, extra)
    assert check_extends(log, kept).ok
    log.close()


# -- an office's register on PostgreSQL --------------------------------------------------------------
@pytest.fixture
def register_home(pg_register, tmp_path):
    """A populated register (10 entries) written from one desk, and the kept checkpoint after 5 more."""
    home = LogHome(tmp_path / "desk", pg_register.url, pg_register.owner_url)
    log, people = populated(home)
    _append(log, people, 5)
    kept = _kept(log, people)
    log.close()
    return home, people, kept


@pytest.mark.postgres
def test_a_register_extends_its_checkpoint_after_more_appends(register_home, tmp_path):
    home, people, kept = register_home
    with AuditLog(tmp_path / "another desk", home.database) as log:
        _append(log, {"A": people["B"]}, 3, start=700)
        result = check_extends(log, kept)
    assert result.ok and result.log_size == 18 and result.proof


@pytest.mark.postgres
def test_a_truncated_register_fails_against_the_kept_checkpoint(register_home, tmp_path):
    """The register's owner deletes the newest entries and checkpoints: a desk that never appended has
    no head of its own to notice it, so the register verifies; the kept checkpoint catches it."""
    home, people, kept = register_home
    attacker = raw(home)
    attacker.execute("DELETE FROM entries WHERE seq > 10")
    attacker.execute("DELETE FROM checkpoints WHERE tree_size > 10")
    attacker.close()
    auditor = tmp_path / "auditor"
    assert verify_log(auditor, database=home.database).ok
    with AuditLog(auditor, home.database) as log:
        result = check_extends(log, kept)
        assert result.code == ErrorCode.LOG_ROLLED_BACK.value and "holds 10 entries" in result.problem
        _append(log, people, 5, start=800)  # work goes on on top of the truncated register
        result = check_extends(log, kept)
    assert verify_log(auditor, database=home.database).ok
    assert result.code == ErrorCode.LOG_FORKED.value and "a fork: the same size with another root" in result.problem
