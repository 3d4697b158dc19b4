"""The checkpoint file: written atomically outside the desk, read back only when its fields, keys and
signature agree; a log without a checkpoint at its size needs a signer."""

from __future__ import annotations

import base64
import json

import pytest

from review_desk.core.atomic import OutputError
from review_desk.core.audit.checkpoint_file import (FORMAT, CheckpointError, current_checkpoint, kept_checkpoint,
                                                    read_kept_checkpoint, write_kept_checkpoint)
from review_desk.core.audit.extension import check_extends
from review_desk.core.audit.records import checkpoint_message, sign
from review_desk.core.errors import ErrorCode

from .audit_helpers import make_reviewer, populated


@pytest.fixture
def exported(tmp_path):
    home = tmp_path / "desk"
    log, people = populated(home)
    a, key = people["A"]
    kept = kept_checkpoint(log, current_checkpoint(log, (a.fingerprint, key)))
    path = write_kept_checkpoint(kept, tmp_path / "cp.json", protected=(home,))
    yield log, people, kept, path
    log.close()


def test_round_trip_and_contents(exported):
    log, people, kept, path = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["tree_size"] == len(log) == 10 and data["root"] == log.root()
    assert data["signer"]["fingerprint"] == people["A"][0].fingerprint
    assert [r["name"] for r in data["reviewers"]] == ["张三", "李四"]
    assert read_kept_checkpoint(path) == kept
    assert list(path.parent.glob(".cp.tmp-*")) == []


def test_the_log_keeps_the_checkpoint_it_signed(exported):
    log, people, kept, _ = exported
    latest = log.latest_checkpoint()
    assert (latest.tree_size, latest.root, latest.signature) == (kept.tree_size, kept.root, kept.signature)
    assert current_checkpoint(log, None) == latest  # one at this size: no key needed


def test_a_log_without_a_checkpoint_at_its_size_needs_a_signer(exported):
    log, people, _, _ = exported
    b, key = people["B"]
    log.append("decision", {"n": 99}, b.fingerprint, key)
    with pytest.raises(CheckpointError) as caught:
        current_checkpoint(log, None)
    assert caught.value.code == ErrorCode.USAGE and "--reviewer" in caught.value.message
    assert current_checkpoint(log, (b.fingerprint, key)).tree_size == 11


@pytest.mark.parametrize("edit, words", [
    (lambda d: d.update(tree_size=d["tree_size"] - 1), "signature does not verify"),
    (lambda d: d.update(root="0" * 64), "signature does not verify"),
    (lambda d: d.update(time="2020-01-01T00:00:00.000000Z"), "signature does not verify"),
    (lambda d: d["signer"].update(public_key=d["reviewers"][1]["public_key"]), "fingerprint"),
    (lambda d: d.update(signer=dict(d["reviewers"][1])), "signature does not verify"),
    (lambda d: d["reviewers"].pop(0), "not among its reviewers"),
    (lambda d: d.update(format="something-else"), "not a Review Desk checkpoint"),
    (lambda d: d.update(version=2), "format version 2"),
    (lambda d: d.update(tree_size="10"), "tree_size"),
    (lambda d: d.update(root="ABC"), "root"),
    (lambda d: d.pop("signature"), "signature"),
    (lambda d: d.update(reviewers=[]), "reviewers"),
])
def test_an_edited_file_is_refused(exported, tmp_path, edit, words):
    _, _, _, path = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CheckpointError) as caught:
        read_kept_checkpoint(bad)
    assert caught.value.code == ErrorCode.CHECKPOINT_INVALID and words in caught.value.message


def test_a_checkpoint_re_signed_by_a_new_key_reads_but_the_log_refuses_it(exported, tmp_path):
    """A self-consistent file signed by another key of the same name is a valid file; only the log
    can tell that 张三's key is not that one."""
    log, _, _, path = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    stranger, key = make_reviewer("张三")
    person = {"fingerprint": stranger.fingerprint, "name": "张三",
              "public_key": base64.b64encode(stranger.public_key).decode()}
    data["signer"], data["reviewers"][0] = person, person
    data["signature"] = sign(key, checkpoint_message(data["tree_size"], data["root"], data["time"]))
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data), encoding="utf-8")
    kept = read_kept_checkpoint(forged)
    result = check_extends(log, kept)
    assert result.code == ErrorCode.REVIEWERS_CHANGED.value and "another key" in result.problem


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[1, 2]", b"{}"])
def test_files_that_are_not_checkpoints(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(CheckpointError, match="not a Review Desk checkpoint"):
        read_kept_checkpoint(path)


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(CheckpointError, match="Cannot read"):
        read_kept_checkpoint(tmp_path / "none.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (2 << 20))
    with pytest.raises(CheckpointError, match="too large"):
        read_kept_checkpoint(big)


def test_never_written_into_the_desk_nor_over_a_file_without_force(exported, tmp_path):
    log, _, kept, path = exported
    with pytest.raises(OutputError) as caught:
        write_kept_checkpoint(kept, log.home / "cp.json", protected=(log.home,), force=True)
    assert caught.value.code == ErrorCode.OUTPUT_IN_DATA_FOLDER
    with pytest.raises(OutputError) as caught:
        write_kept_checkpoint(kept, log.home / "audit.head", protected=(log.home,), force=True)
    assert caught.value.code == ErrorCode.OUTPUT_IN_DATA_FOLDER
    with pytest.raises(OutputError) as caught:
        write_kept_checkpoint(kept, path, protected=(log.home,))
    assert caught.value.code == ErrorCode.OUTPUT_EXISTS
    write_kept_checkpoint(kept, path, protected=(log.home,), force=True)
    assert read_kept_checkpoint(path) == kept


def test_an_empty_log_has_nothing_to_checkpoint(tmp_path):
    from review_desk.core.audit import AuditLog

    a, key = make_reviewer("张三")
    with AuditLog(tmp_path / "desk") as log:
        with pytest.raises(CheckpointError, match="empty"):
            current_checkpoint(log, (a.fingerprint, key))
