"""AuditLog: registering reviewers, appending, checkpoints, the head file, queries, misuse."""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from review_desk.core.audit import REVIEWER_ADDED, AuditError, AuditLog, canonical_json, verify_log
from review_desk.core.audit.merkle import leaf_hash, verify_inclusion
from review_desk.core.audit.records import ZERO_HASH, compute_entry_hash, head_message
from review_desk.core.identity import create_key, unlock_key

from .audit_helpers import make_reviewer, populated, raw


def test_register_and_append(tmp_path):
    home = tmp_path / "new" / "desk"  # created on demand
    with AuditLog(home) as log:
        reviewer, key = make_reviewer("张三")
        added = log.register_reviewer(reviewer, key)
        assert (added.seq, added.event, added.actor, added.prev_hash) == (1, REVIEWER_ADDED, reviewer.fingerprint,
                                                                          ZERO_HASH)
        assert added.payload["public_key"] == base64.b64encode(reviewer.public_key).decode()
        entry = log.append("review_opened", {"document_sha256": "ab" * 32, "n": 1}, reviewer.fingerprint, key)
        assert entry.seq == 2 and entry.prev_hash == added.entry_hash
        assert entry.time.endswith("Z")
        assert entry.entry_hash == compute_entry_hash(2, entry.time, entry.event, entry.actor, entry.payload,
                                                      entry.prev_hash)
        Ed25519PublicKey.from_public_bytes(reviewer.public_key).verify(
            base64.b64decode(entry.signature), bytes.fromhex(entry.entry_hash))
        assert log.entries() == [added, entry]
        assert len(log) == 2
        assert log.reviewer("张三") == reviewer == log.reviewer(reviewer.fingerprint)
        assert log.reviewer("nobody") is None
        assert log.reviewers() == [reviewer]
    stored = sqlite3.connect(home / "audit.sqlite3").execute("SELECT payload FROM entries WHERE seq = 2").fetchone()
    assert stored[0].encode() == canonical_json(entry.payload)


def test_works_with_keys_from_create_key(tmp_path):
    reviewer, _ = create_key(tmp_path, "王五", "政策法规处", "a long passphrase")
    key = unlock_key(tmp_path, reviewer.fingerprint, "a long passphrase")
    with AuditLog(tmp_path) as log:
        log.register_reviewer(reviewer, key)
        log.append("signed_off", {"x": 1}, reviewer.fingerprint, key, checkpoint=True)
    assert verify_log(tmp_path).ok


def test_duplicate_reviewer_refused(tmp_path):
    log = AuditLog(tmp_path)
    reviewer, key = make_reviewer("张三")
    log.register_reviewer(reviewer, key)
    with pytest.raises(AuditError, match="fingerprint .* already registered"):
        log.register_reviewer(reviewer, key)
    other, other_key = make_reviewer("张三")
    with pytest.raises(AuditError, match="name 张三 is already registered"):
        log.register_reviewer(other, other_key)
    assert len(log) == 1 and len(log.reviewers()) == 1


def test_register_needs_the_matching_key(tmp_path):
    log = AuditLog(tmp_path)
    reviewer, _ = make_reviewer("张三")
    _, other_key = make_reviewer("李四")
    with pytest.raises(AuditError, match="does not belong"):
        log.register_reviewer(reviewer, other_key)
    assert len(log) == 0


def test_append_misuse(tmp_path):
    log, people = populated(tmp_path, n_events=1, checkpoint_at=None)
    (a, a_key), (_b, b_key) = people["A"], people["B"]
    with pytest.raises(AuditError, match="not the registered key"):
        log.append("decision", {}, a.fingerprint, b_key)
    stranger, stranger_key = make_reviewer("赵六")
    with pytest.raises(AuditError, match="not a registered reviewer"):
        log.append("decision", {}, stranger.fingerprint, stranger_key)
    with pytest.raises(AuditError, match="register_reviewer"):
        log.append(REVIEWER_ADDED, {}, a.fingerprint, a_key)
    with pytest.raises(AuditError, match="float"):
        log.append("decision", {"score": 0.5}, a.fingerprint, a_key)
    with pytest.raises(AuditError, match="dict"):
        log.append("decision", ["x"], a.fingerprint, a_key)
    for bad in ("", "Decision", "has space", None):
        with pytest.raises(AuditError, match="event name"):
            log.append(bad, {}, a.fingerprint, a_key)
    assert len(log) == 3 and verify_log(tmp_path).ok


def test_history_cannot_be_changed_through_sql(tmp_path):
    populated(tmp_path, n_events=6)[0].close()
    conn = sqlite3.connect(tmp_path / "audit.sqlite3")
    for sql in ("UPDATE entries SET payload = '{}' WHERE seq = 3", "DELETE FROM entries WHERE seq = 4",
                "UPDATE reviewers SET unit = 'x'", "DELETE FROM reviewers", "DELETE FROM checkpoints",
                "UPDATE checkpoints SET root = 'x'"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    assert verify_log(tmp_path).ok


def test_checkpoints(tmp_path):
    log, people = populated(tmp_path, n_events=3, checkpoint_at=2)  # checkpoint with entry 4
    a, a_key = people["A"]
    first = log.latest_checkpoint()
    assert (first.tree_size, first.signer) == (4, people["B"][0].fingerprint)
    cp = log.checkpoint(a.fingerprint, a_key)
    assert (cp.tree_size, cp.root, cp.signer) == (5, log.root(), a.fingerprint)
    assert log.checkpoint(a.fingerprint, a_key) == cp  # idempotent at one size
    assert log.checkpoints() == [first, cp] and log.latest_checkpoint() == cp
    message = canonical_json({"tree_size": 5, "root": cp.root, "time": cp.time})
    Ed25519PublicKey.from_public_bytes(a.public_key).verify(base64.b64decode(cp.signature), message)
    # every entry is provably inside the checkpointed tree
    for entry in log.entries():
        proof = log.inclusion_proof(entry.seq, cp.tree_size)
        assert verify_inclusion(leaf_hash(bytes.fromhex(entry.entry_hash)), entry.seq - 1, 5, proof,
                                bytes.fromhex(cp.root))
    with pytest.raises(AuditError):
        log.inclusion_proof(6, 5)


def test_checkpoint_refused_on_empty_log_and_rolled_back_with_append(tmp_path, monkeypatch):
    log = AuditLog(tmp_path)
    reviewer, key = make_reviewer("张三")
    with pytest.raises(AuditError, match="not a registered reviewer"):
        log.checkpoint(reviewer.fingerprint, key)
    log.register_reviewer(reviewer, key)

    def boom(*args):
        raise AuditError("simulated failure while signing the checkpoint")

    monkeypatch.setattr(AuditLog, "_checkpoint_locked", boom)
    with pytest.raises(AuditError, match="simulated"):
        log.append("published", {"n": 1}, reviewer.fingerprint, key, checkpoint=True)
    assert len(log) == 1 and log.latest_checkpoint() is None  # the append was rolled back too
    monkeypatch.undo()
    log.append("published", {"n": 1}, reviewer.fingerprint, key, checkpoint=True)
    assert log.latest_checkpoint().tree_size == 2 and verify_log(tmp_path).ok


def test_head_file_follows_every_append(tmp_path):
    log, people = populated(tmp_path, n_events=3)
    head = log.head()
    last = log.entries()[-1]
    assert (head.tree_size, head.root, head.entry_hash, head.signer) == (5, log.root(), last.entry_hash, last.actor)
    signer = log.reviewer(head.signer)
    Ed25519PublicKey.from_public_bytes(signer.public_key).verify(base64.b64decode(head.signature),
                                                                  head_message(head))
    assert json.loads((tmp_path / "audit.head").read_text())["tree_size"] == 5


def test_empty_log_has_unsigned_empty_head(tmp_path):
    log = AuditLog(tmp_path)
    assert log.head().tree_size == 0 and log.root() == log.head().root
    assert verify_log(tmp_path).ok


def test_append_refuses_when_log_is_behind_its_head(tmp_path):
    log, people = populated(tmp_path, n_events=4)
    a, a_key = people["A"]
    raw(tmp_path).execute("DELETE FROM entries WHERE seq = 6")
    with pytest.raises(AuditError, match="run verify"):
        log.append("decision", {}, a.fingerprint, a_key)
    (tmp_path / "audit.head").unlink()
    with pytest.raises(AuditError, match="head file audit.head is missing"):
        log.append("decision", {}, a.fingerprint, a_key)


def test_entries_filters(tmp_path):
    log, people = populated(tmp_path, n_events=4)
    all_entries = log.entries()
    assert [e.seq for e in log.entries(event="decision")] == [3, 4, 5, 6]
    assert [e.seq for e in log.entries(event=REVIEWER_ADDED)] == [1, 2]
    middle = all_entries[3].time
    assert [e.seq for e in log.entries(since=middle)] == [4, 5, 6]
    assert [e.seq for e in log.entries(until=middle)] == [1, 2, 3, 4]
    assert [e.seq for e in log.entries(since=middle, until=middle)] == [4]
    day = middle[:10]
    assert len(log.entries(since=day, until=day)) == 6  # a bare date covers the whole day
    assert log.entries(until="2000-01-01") == []
    assert [e.seq for e in log.entries(since=middle.replace("Z", "+00:00"))] == [4, 5, 6]
    with pytest.raises(AuditError, match="ISO-8601"):
        log.entries(since="yesterday")


def test_keyed_hash(tmp_path):
    log = AuditLog(tmp_path / "one")
    value = log.keyed_hash("370102199003071234")
    assert len(value) == 64 and value == log.keyed_hash("370102199003071234")
    assert value != log.keyed_hash("370102199003071235")
    assert value != AuditLog(tmp_path / "two").keyed_hash("370102199003071234")  # per-desk secret
    secret = tmp_path / "one" / "audit.secret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600 and len(secret.read_bytes()) == 32
    secret.write_bytes(b"short")
    with pytest.raises(AuditError, match="damaged"):
        log.keyed_hash("x")


def test_not_a_database(tmp_path):
    (tmp_path / "audit.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AuditError, match="cannot be"):
        AuditLog(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    sqlite3.connect(other / "audit.sqlite3").execute("CREATE TABLE t (x)")
    with pytest.raises(AuditError, match="not a Review Desk audit log"):
        AuditLog(other)


def test_reopen_continues_the_chain(tmp_path):
    populated(tmp_path, n_events=2)[0].close()
    with AuditLog(tmp_path) as log:
        a = log.reviewer("张三")
        assert len(log) == 4 and a is not None


_WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from review_desk.core.audit import AuditLog
    home, fingerprint, key_hex, tag = sys.argv[1:5]
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_hex))
    log = AuditLog(Path(home))
    for i in range(25):
        log.append("decision", {"worker": tag, "i": i}, fingerprint, key, checkpoint=(i % 10 == 9))
    """
)


def test_concurrent_processes_keep_one_chain(tmp_path):
    log, people = populated(tmp_path, n_events=0)
    log.close()
    procs = []
    for tag, (reviewer, key) in people.items():
        raw_key = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption()).hex()
        procs.append(subprocess.Popen([sys.executable, "-c", _WORKER, str(tmp_path), reviewer.fingerprint,
                                       raw_key, tag], stderr=subprocess.PIPE, text=True))
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    result = verify_log(tmp_path)
    assert result.ok, result.problem
    assert result.entries == 52
    with AuditLog(tmp_path) as log:
        assert sorted(e.payload["worker"] for e in log.entries(event="decision")).count("A") == 25
        assert log.head().tree_size <= 52
