"""verify_log detects every kind of tampering and accepts untouched logs.

Each test runs on both engines (``log_home``): the desk's SQLite log, and a PostgreSQL register.
The attacker works with a plain connection after dropping the append-only triggers
(``audit_helpers.raw``: sqlite3, or the register's owner), or edits the desk's head file directly.  The populated log (``log_home``):
entry 1 adds reviewer A (张三), entry 2 adds B (李四), entries 3..10 are ``decision`` events by
A (odd seq) and B (even seq), and A signed a checkpoint at tree size 7.
"""

from __future__ import annotations

import base64
import json
import shutil

import pytest

from review_desk.core.audit import AuditLog, canonical_json, verify_log
from review_desk.core.audit.merkle import leaf_hash, merkle_root
from review_desk.core.audit.records import Head, compute_entry_hash, head_message, sign

from .audit_helpers import LogHome, make_reviewer, open_log, raw, row, verify


def _sqlite_only(home, why):
    if isinstance(home, LogHome) and home.database:
        pytest.skip(f"SQLite only: {why}")


def _bad(home, seq, *words):
    result = verify(home)
    assert not result.ok, "tampering was not detected"
    assert result.first_bad_seq == seq, result.problem
    for word in words:
        assert word in result.problem, result.problem
    return result


def _rehash(conn, seq, key, **changes):
    """Rewrite entry ``seq`` with ``changes``, a recomputed hash and a signature by ``key``."""
    r = {**row(conn, seq), **changes}
    payload = json.loads(r["payload"])
    r["entry_hash"] = compute_entry_hash(r["seq"], r["time"], r["event"], r["actor"], payload, r["prev_hash"])
    r["signature"] = sign(key, bytes.fromhex(r["entry_hash"]))
    conn.execute("UPDATE entries SET actor = ?, payload = ?, entry_hash = ?, signature = ?, prev_hash = ? "
                 "WHERE seq = ?", (r["actor"], r["payload"], r["entry_hash"], r["signature"], r["prev_hash"], seq))
    return r


# -- untouched logs -----------------------------------------------------------------------------------
def test_untouched_log(log_home):
    home, _ = log_home
    result = verify(home)
    assert result.ok and result.problem is None and result.first_bad_seq is None
    assert (result.entries, result.reviewers, result.checkpoint_size) == (10, 2, 7)
    with open_log(home) as log:
        assert result.checkpoint_root == log.latest_checkpoint().root


def test_empty_and_missing_logs(tmp_path):
    result = verify_log(tmp_path / "nothing")
    assert result.ok and result.entries == 0 and result.checkpoint_size is None
    assert not (tmp_path / "nothing").exists()  # verify never creates anything
    AuditLog(tmp_path / "empty").close()
    assert verify_log(tmp_path / "empty").ok


def test_head_behind_the_database_is_fine(log_home):
    home, people = log_home
    old_head = (home / "audit.head").read_bytes()
    with open_log(home) as log:
        a, key = people["A"]
        log.append("decision", {"n": 99}, a.fingerprint, key)
        (home / "audit.head").write_bytes(old_head)  # as if two appends raced, or a stale copy
        assert verify(home).ok
        log.append("decision", {"n": 100}, a.fingerprint, key)
        assert log.head().tree_size == 12
    assert verify(home).ok


def test_killed_between_commit_and_head_write(log_home, monkeypatch):
    home, people = log_home
    a, key = people["A"]
    with open_log(home) as log:
        monkeypatch.setattr("review_desk.core.audit.headfile.atomic_write",
                            lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
        entry = log.append("decision", {"n": 99}, a.fingerprint, key)  # committed; head not written
        assert entry.seq == 11 and log.head().tree_size == 10
        assert verify(home).ok
        monkeypatch.undo()
        log.append("decision", {"n": 100}, a.fingerprint, key)
        assert log.head().tree_size == 12
    assert verify(home).ok


# -- 1. edited entries ---------------------------------------------------------------------------------
@pytest.mark.parametrize("column, value", [
    ("payload", canonical_json({"document": "doc-2", "result": "reject", "n": 2}).decode()),
    ("time", "2020-01-01T00:00:00.000000Z"),
    ("event", "withdrawn"),
    ("actor", "B"),
])
def test_edited_entry(log_home, column, value):
    home, people = log_home
    if value == "B":
        value = people["B"][0].fingerprint
    raw(home).execute(f"UPDATE entries SET {column} = ? WHERE seq = 5", (value,))
    _bad(home, 5, "entry 5", "content was changed (hash mismatch)")


def test_payload_text_reformatted(log_home):
    home, _ = log_home
    conn = raw(home)
    payload = json.loads(row(conn, 5)["payload"])
    conn.execute("UPDATE entries SET payload = ? WHERE seq = 5", (json.dumps(payload, indent=2),))
    _bad(home, 5, "entry 5", "payload")


def test_field_of_wrong_type(log_home):
    home, _ = log_home
    _sqlite_only(home, "PostgreSQL's typed columns refuse a blob in a text column")
    raw(home).execute("UPDATE entries SET signature = x'00' WHERE seq = 4")  # a blob
    _bad(home, 4, "entry 4", "wrong type")


def test_edited_entry_rehashed_without_the_key(log_home):
    home, _ = log_home
    _, stranger_key = make_reviewer("stranger")
    conn = raw(home)
    original = row(conn, 5)["signature"]
    _rehash(conn, 5, stranger_key, payload=canonical_json({"result": "reject"}).decode())
    conn.execute("UPDATE entries SET signature = ? WHERE seq = 5", (original,))
    _bad(home, 5, "entry 5", "signature")


# -- 2. deleted entries --------------------------------------------------------------------------------
def test_deleted_entry_leaves_a_gap(log_home):
    home, _ = log_home
    raw(home).execute("DELETE FROM entries WHERE seq = 5")
    _bad(home, 5, "entry 5 is missing", "from entry 4 to entry 6")


def test_deleted_first_entry(log_home):
    home, _ = log_home
    raw(home).execute("DELETE FROM entries WHERE seq = 1")
    _bad(home, 1, "entry 1 is missing")


def test_deleted_entry_and_renumbered(log_home):
    home, _ = log_home
    conn = raw(home)
    conn.execute("DELETE FROM entries WHERE seq = 5")
    for seq in range(6, 11):
        conn.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq - 1, seq))
    _bad(home, 5, "entry 5", "link to the previous entry")


# -- 3. reordered entries ------------------------------------------------------------------------------
def test_swapped_entries(log_home):
    home, _ = log_home
    conn = raw(home)
    five, six = row(conn, 5), row(conn, 6)
    for seq, r in ((5, six), (6, five)):
        conn.execute("UPDATE entries SET time=?, event=?, actor=?, payload=?, prev_hash=?, entry_hash=?, "
                     "signature=? WHERE seq=?", (r["time"], r["event"], r["actor"], r["payload"],
                                                 r["prev_hash"], r["entry_hash"], r["signature"], seq))
    _bad(home, 5, "entry 5", "link")


# -- 4. inserted entries -------------------------------------------------------------------------------
def _insert_fake(conn, at, key, actor):
    for seq in range(10, at - 1, -1):
        conn.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq + 1, seq))
    prev = row(conn, at - 1)["entry_hash"]
    time = row(conn, at + 1)["time"]
    payload = {"document": "forged", "result": "approve"}
    entry_hash = compute_entry_hash(at, time, "decision", actor, payload, prev)
    conn.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (at, time, "decision", actor, canonical_json(payload).decode(), prev, entry_hash,
                  sign(key, bytes.fromhex(entry_hash))))


def test_inserted_fake_entry_with_valid_looking_hash(log_home):
    home, people = log_home
    _, stranger_key = make_reviewer("stranger")
    _insert_fake(raw(home), 5, stranger_key, people["A"][0].fingerprint)
    _bad(home, 5, "entry 5", "signature does not verify", "张三")


def test_inserted_entry_signed_by_an_insider(log_home):
    home, people = log_home
    a, a_key = people["A"]
    _insert_fake(raw(home), 5, a_key, a.fingerprint)  # valid entry 5, but the old entry 5 is now 6
    _bad(home, 6, "entry 6")


def test_fake_entry_appended_at_the_end(log_home):
    home, people = log_home
    _, stranger_key = make_reviewer("stranger")
    conn = raw(home)
    last = row(conn, 10)
    payload = {"document": "forged"}
    h = compute_entry_hash(11, last["time"], "decision", last["actor"], payload, last["entry_hash"])
    conn.execute("INSERT INTO entries VALUES (11, ?, 'decision', ?, ?, ?, ?, ?)",
                 (last["time"], last["actor"], canonical_json(payload).decode(), last["entry_hash"], h,
                  sign(stranger_key, bytes.fromhex(h))))
    _bad(home, 11, "entry 11", "signature")


def test_entry_by_unregistered_actor(log_home):
    home, _ = log_home
    stranger, stranger_key = make_reviewer("stranger")
    conn = raw(home)
    _rehash(conn, 10, stranger_key, actor=stranger.fingerprint)
    _bad(home, 10, "entry 10", "not a registered reviewer")


# -- 5. truncation and the head file -------------------------------------------------------------------
def test_truncated_log(log_home):
    home, _ = log_home
    raw(home).execute("DELETE FROM entries WHERE seq > 8")
    _bad(home, 9, "truncated", "records 10 entries", "only 8")


def test_database_deleted(log_home):
    home, _ = log_home
    _sqlite_only(home, "a register is a server's database, not a file of the desk")
    (home / "audit.sqlite3").unlink()
    _bad(home, 1, "truncated")


def _rewrite_head(home, key=None, **changes):
    head = Head(**{**json.loads((home / "audit.head").read_text()), **changes})
    if key is not None:
        head = Head(**{**head.__dict__, "signature": sign(key, head_message(head))})
    (home / "audit.head").write_text(json.dumps(head.__dict__))


def test_truncated_with_unsigned_head(log_home):
    home, _ = log_home
    conn = raw(home)
    conn.execute("DELETE FROM entries WHERE seq > 8")
    last = row(conn, 8)
    root = merkle_root([leaf_hash(bytes.fromhex(row(conn, s)["entry_hash"])) for s in range(1, 9)]).hex()
    _rewrite_head(home, tree_size=8, root=root, entry_hash=last["entry_hash"], signature="")
    _bad(home, None, "head file", "forged")
    _, stranger_key = make_reviewer("stranger")
    _rewrite_head(home, key=stranger_key)
    _bad(home, None, "head file", "forged")


def test_head_edited(log_home):
    home, _ = log_home
    _rewrite_head(home, tree_size=9)
    _bad(home, None, "head file", "forged")


@pytest.mark.parametrize("how", ["delete", "empty"])
def test_head_deleted_or_emptied(log_home, how):
    home, _ = log_home
    if how == "delete":
        (home / "audit.head").unlink()
    else:
        _rewrite_head(home, tree_size=0, signer="", signature="")
    if isinstance(home, LogHome) and home.database:  # a desk that never appended to a register has no head:
        assert verify(home).ok  # the register itself is intact (an exported checkpoint guards the rest)
        return
    if how == "delete":
        _bad(home, None, "head file", "missing")
    else:
        _bad(home, None, "head file", "records an empty log")


def test_head_not_json(log_home):
    home, _ = log_home
    (home / "audit.head").write_text("garbage")
    _bad(home, None, "head file", "cannot be read")


# -- 6. re-signed entries ------------------------------------------------------------------------------
def test_resigned_with_another_key(log_home):
    home, _ = log_home
    _, stranger_key = make_reviewer("stranger")
    conn = raw(home)
    conn.execute("UPDATE entries SET signature = ? WHERE seq = 5",
                 (sign(stranger_key, bytes.fromhex(row(conn, 5)["entry_hash"])),))
    _bad(home, 5, "entry 5", "signature does not verify")


def test_resigned_by_the_other_reviewer(log_home):
    home, people = log_home
    conn = raw(home)
    conn.execute("UPDATE entries SET signature = ? WHERE seq = 5",
                 (sign(people["B"][1], bytes.fromhex(row(conn, 5)["entry_hash"])),))
    _bad(home, 5, "entry 5", "signature")


def test_actor_switched_by_the_other_reviewer(log_home):
    """B rewrites A's entry 5 as their own, with a valid hash and B's own valid signature."""
    home, people = log_home
    b, b_key = people["B"]
    _rehash(raw(home), 5, b_key, actor=b.fingerprint)
    _bad(home, 6, "entry 6", "link")


def test_last_entry_switched_by_the_other_reviewer(log_home):
    """Nothing follows entry 10 in the chain, but the signed head still covers it."""
    home, people = log_home
    a, a_key = people["A"]
    _rehash(raw(home), 10, a_key, actor=a.fingerprint)
    _bad(home, None, "does not match its head file")


# -- 7. the key registry -------------------------------------------------------------------------------
@pytest.mark.parametrize("column, value, what", [
    ("public_key", "new key", "public key"),
    ("name", "王五", "name"),
    ("unit", "财务处", "unit"),
    ("entry_seq", 7, "entry number"),
])
def test_registry_row_changed(log_home, column, value, what):
    home, _ = log_home
    if value == "new key":
        value = base64.b64encode(make_reviewer("x")[0].public_key).decode()
    raw(home).execute(f"UPDATE reviewers SET {column} = ? WHERE name = '李四'", (value,))
    _bad(home, 2, "entry 2", "key registry", f"its {what} differs")


def test_registry_row_deleted(log_home):
    home, _ = log_home
    raw(home).execute("DELETE FROM reviewers WHERE name = '李四'")
    _bad(home, 2, "entry 2", "removed from the key registry")


def test_registry_row_added_without_entry(log_home):
    home, _ = log_home
    ghost, _ = make_reviewer("王五")
    raw(home).execute("INSERT INTO reviewers VALUES (?, ?, ?, ?, ?, ?)",
                      (ghost.fingerprint, ghost.name, ghost.unit, base64.b64encode(ghost.public_key).decode(),
                       ghost.created, 11))
    result = _bad(home, None, "王五", "no reviewer_added entry")
    assert result.reviewers == 3


# -- 8. checkpoints ------------------------------------------------------------------------------------
def test_checkpoint_root_altered(log_home):
    home, _ = log_home
    raw(home).execute("UPDATE checkpoints SET root = ? WHERE tree_size = 7", ("ab" * 32,))
    _bad(home, None, "checkpoint at size 7", "root")


def test_checkpoint_signature_altered(log_home):
    home, people = log_home
    raw(home).execute("UPDATE checkpoints SET signature = ? WHERE tree_size = 7",
                      (sign(people["B"][1], b"something else"),))
    _bad(home, None, "checkpoint at size 7", "signature")


def test_checkpoint_time_altered(log_home):
    home, _ = log_home
    raw(home).execute("UPDATE checkpoints SET time = '2020-01-01T00:00:00.000000Z'")
    _bad(home, None, "checkpoint at size 7", "signature")


def test_checkpoint_beyond_the_end(log_home):
    home, _ = log_home
    conn = raw(home)
    conn.execute("DELETE FROM entries WHERE seq > 6")
    (home / "audit.head").unlink()
    _bad(home, 7, "checkpoint at size 7", "beyond the end")


def test_copied_log_verifies(log_home, tmp_path):
    home, _ = log_home
    _sqlite_only(home, "copies the desk's data folder")
    shutil.copytree(home.home, tmp_path / "copy")
    assert verify_log(tmp_path / "copy").ok


def test_garbage_never_crashes_verify(log_home, tmp_path):
    home, _ = log_home
    _sqlite_only(home, "PostgreSQL's typed columns refuse blobs")
    raw(home).execute("UPDATE checkpoints SET root = x'00', signer = x'01'")
    _bad(home, None, "checkpoint at size 7")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "audit.sqlite3").write_bytes(b"not a database" * 200)
    result = verify_log(tmp_path / "junk")
    assert not result.ok and "cannot be" in result.problem
