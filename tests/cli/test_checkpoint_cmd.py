"""Checkpoints kept outside the desk, through the command line: ``log checkpoint --export``,
``log verify --against`` and ``log verify-pdf``.

The point of the rollback test: an older copy of the data folder, restored after later work,
passes plain ``log verify`` (its entries and head file roll back together) and fails only against a
checkpoint kept elsewhere.  The same for a truncation with an older head file put back, a fork,
and a log rebuilt with new keys for the same reviewers."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.cli import main
from review_desk.core.audit import AuditLog, verify_log
from review_desk.core.identity import Reviewer, fingerprint_of, public_bytes

PASS = "correct-horse-battery"
DRAFT = "关于张三丰行政处罚决定的公示\n当事人张三丰，联系电话13812345678，依法作出警告的行政处罚。\n"
pytestmark = pytest.mark.model


@pytest.fixture
def env(tmp_path, monkeypatch, ner_model):
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    monkeypatch.delenv("REVIEW_DESK_HOME", raising=False)
    return tmp_path


def run(capsys, home: Path, *args) -> tuple[int, object, str]:
    code = main(["--home", str(home), *map(str, args)])
    captured = capsys.readouterr()
    out = captured.out.strip()
    try:
        data = json.loads(out) if out else None
    except ValueError:
        data = out
    return code, data, captured.err


def _signed_off(capsys, tmp_path: Path, home: Path) -> tuple[str, Path]:
    """Two reviewers and one review of a draft, decided and signed: one sign-off."""
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    for name in ("王审查", "李复核"):
        assert run(capsys, home, "reviewer", "add", "--name", name)[0] == 0
    code, started, err = run(capsys, home, "review", "start", draft, "--reviewer", "王审查", "--workers", "1")
    assert code == 0, err
    rid = started["review_id"]
    assert run(capsys, home, "review", "decide", rid, "--accept-suggested")[0] == 0
    code, _, err = run(capsys, home, "review", "sign", rid, "--attribute", "public")
    assert code == 0, err
    return rid, draft


def _more_work(capsys, tmp_path: Path, home: Path, rid: str, draft: Path) -> None:
    code, _, err = run(capsys, home, "review", "countersign", rid, "--reviewer", "李复核")
    assert code == 0, err
    code, _, err = run(capsys, home, "publish", rid, "-o", tmp_path / f"published-{home.name}.txt", "--file", draft)
    assert code == 0, err


def _export(capsys, home: Path, path: Path, *extra) -> dict:
    code, data, err = run(capsys, home, "log", "checkpoint", "--export", path, *extra)
    assert code == 0, err
    return data


def _against(capsys, home: Path, checkpoint: Path) -> tuple[int, dict, str]:
    code, plain, _ = run(capsys, home, "log", "verify", "--against", checkpoint)
    code_json, data, _ = run(capsys, home, "log", "verify", "--json", "--against", checkpoint)
    assert code == code_json
    return code, data, plain


def test_a_restored_older_copy_passes_log_verify_and_fails_against_the_kept_checkpoint(capsys, env):
    home, copy = env / "home", env / "copy-after-signoff"
    rid, draft = _signed_off(capsys, env, home)
    shutil.copytree(home, copy)
    _more_work(capsys, env, home, rid, draft)
    kept = env / "kept" / "checkpoint.json"
    kept.parent.mkdir()
    exported = _export(capsys, home, kept)  # publish signed a checkpoint at this size: no key needed
    assert exported["signer"] == "王审查" and len(exported["reviewers"]) == 2
    assert _against(capsys, home, kept)[0] == 0
    shutil.rmtree(home)
    shutil.copytree(copy, home)  # the older copy is put back
    code, verified, _ = run(capsys, home, "log", "verify", "--json")
    assert code == 0 and verified["ok"]  # on its own the restored log is intact: that is the point
    code, data, plain = _against(capsys, home, kept)
    assert code == 7 and data["ok"] and not data["against"]["ok"]
    assert data["against"]["code"] == "log_rolled_back"
    assert data["against"]["log_size"] < data["against"]["checkpoint_size"] == exported["tree_size"]
    assert "DOES NOT EXTEND THE KEPT CHECKPOINT [log_rolled_back]" in plain and "rolled back" in plain
    assert "older copy of the data folder" in plain


def test_the_log_extends_its_checkpoints_after_more_work(capsys, env):
    home = env / "home"
    rid, draft = _signed_off(capsys, env, home)
    at_signoff = env / "after-signoff.json"
    assert _export(capsys, home, at_signoff)["signer"] == "王审查"  # the sign-off signed a checkpoint
    assert run(capsys, home, "reviewer", "add", "--name", "赵批准")[0] == 0  # an entry without a checkpoint
    later = env / "after-new-reviewer.json"
    code, _, err = run(capsys, home, "log", "checkpoint", "--export", later)
    assert code == 2 and "--reviewer" in err and not later.exists()
    exported = _export(capsys, home, later, "--reviewer", "李复核")
    assert exported["signer"] == "李复核" and [r["name"] for r in exported["reviewers"]][-1] == "赵批准"
    code, _, err = run(capsys, home, "log", "checkpoint", "--export", later, "--reviewer", "李复核")
    assert code == 2 and "output_exists" in err
    code, _, err = run(capsys, home, "log", "checkpoint", "--export", home / "cp.json", "--force")
    assert code == 2 and "output_in_data_folder" in err
    _more_work(capsys, env, home, rid, draft)
    for kept in (at_signoff, later):
        code, data, plain = _against(capsys, home, kept)
        against = data["against"]
        assert code == 0 and against["ok"] and against["log_size"] > against["checkpoint_size"]
        assert against["consistency_proof"]
        assert "extends the kept checkpoint" in plain and "verified" in plain


def test_truncation_with_the_head_file_rewritten(capsys, env):
    home = env / "home"
    rid, draft = _signed_off(capsys, env, home)
    old_head, size = (home / "audit.head").read_bytes(), verify_log(home).entries
    _more_work(capsys, env, home, rid, draft)
    kept = _export_to(capsys, env, home)
    conn = sqlite3.connect(home / "audit.sqlite3", isolation_level=None)  # the attacker drops the triggers
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM entries WHERE seq > ?", (size,))
    conn.execute("DELETE FROM checkpoints WHERE tree_size > ?", (size,))
    conn.close()
    (home / "audit.head").write_bytes(old_head)
    assert run(capsys, home, "log", "verify")[0] == 0
    code, data, plain = _against(capsys, home, kept)
    assert code == 7 and data["against"]["code"] == "log_rolled_back" and f"holds {size} entries" in plain


def _export_to(capsys, env: Path, home: Path) -> Path:
    kept = env / f"kept-{home.name}.json"
    _export(capsys, home, kept, "--reviewer", "王审查")
    return kept


def test_a_fork_of_the_same_size(capsys, env):
    home, fork = env / "home", env / "fork"
    rid, draft = _signed_off(capsys, env, home)
    shutil.copytree(home, fork)
    assert run(capsys, home, "review", "countersign", rid, "--reviewer", "李复核")[0] == 0
    assert run(capsys, fork, "review", "revoke", rid, "--reason", "另行审查")[0] == 0
    kept = _export_to(capsys, env, home)
    assert run(capsys, fork, "log", "verify")[0] == 0
    code, data, plain = _against(capsys, fork, kept)
    assert code == 7 and data["against"]["code"] == "log_forked"
    assert data["against"]["log_size"] == data["against"]["checkpoint_size"]
    assert "a fork: the same size with another root" in plain


def _new_key(name: str) -> tuple[Reviewer, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    return Reviewer(name, "", public_bytes(key), fingerprint_of(public_bytes(key)), "2026-01-01T00:00:00Z"), key


def test_a_log_rebuilt_with_new_keys_for_the_same_reviewers(capsys, env):
    """The probe: every reviewer re-keyed, every event replayed and re-signed, the chain recomputed."""
    home = env / "home"
    rid, draft = _signed_off(capsys, env, home)
    _more_work(capsys, env, home, rid, draft)
    kept = _export_to(capsys, env, home)
    with AuditLog(home) as log:
        names = {r.fingerprint: r.name for r in log.reviewers()}
        events = [(e.event, e.payload, e.actor) for e in log.entries() if e.event != "reviewer_added"]
    rebuilt = env / "rebuilt"
    fresh = {name: _new_key(name) for name in names.values()}
    with AuditLog(rebuilt) as log:
        for reviewer, key in fresh.values():
            log.register_reviewer(reviewer, key)
        for event, payload, actor in events:
            reviewer, key = fresh[names[actor]]
            log.append(event, payload, reviewer.fingerprint, key)
    for name in ("audit.sqlite3", "audit.head"):
        shutil.copy2(rebuilt / name, home / name)
    code, verified, _ = run(capsys, home, "log", "verify", "--json")
    assert code == 0 and verified["ok"]  # today's check passes the rebuilt log
    code, data, plain = _against(capsys, home, kept)
    assert code == 7 and data["against"]["code"] == "reviewers_changed"
    assert "re-keyed" in plain and "王审查" in plain


def test_an_edited_checkpoint_file_is_refused_before_anything_is_checked(capsys, env):
    home = env / "home"
    _signed_off(capsys, env, home)
    kept = _export_to(capsys, env, home)
    data = json.loads(kept.read_text(encoding="utf-8"))
    data["tree_size"] -= 1
    kept.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, home, "log", "verify", "--against", kept)
    assert code == 3 and out is None and "checkpoint_invalid" in err and "signature does not verify" in err


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=120)
    return "".join(done.stdout.split())


def test_verify_pdf_on_an_export_a_modified_copy_and_an_unrelated_pdf(capsys, env):
    home, other = env / "home", env / "other"
    rid, draft = _signed_off(capsys, env, home)
    pdf = env / "log.pdf"
    code, exported, err = run(capsys, home, "log", "export", "--pdf", pdf, "--reviewer", "王审查")
    assert code == 0, err
    code, found, _ = run(capsys, home, "log", "verify-pdf", pdf, "--json")
    assert code == 0 and found["ok"] and found["sha256"] == exported["sha256"] and found["by"] == "王审查"
    assert found["export_id"] and found["size"] == pdf.stat().st_size
    code, text, _ = run(capsys, home, "log", "verify-pdf", pdf)
    assert code == 0 and f"entry {found['seq']}" in text and "王审查" in text
    # the PDF prints the checkpoint it was made from, signed by the exporter
    with AuditLog(home) as log:
        checkpoint = log.latest_checkpoint()
    assert checkpoint.tree_size == found["seq"] - 1
    if shutil.which("pdftotext"):
        flat = _pdf_text(pdf)
        assert checkpoint.root in flat and "检查点签名人王审查" in flat and found["export_id"] in flat
    altered = env / "altered.pdf"
    altered.write_bytes(pdf.read_bytes() + b"%\n")
    code, bad, _ = run(capsys, home, "log", "verify-pdf", altered, "--json")
    assert code == 7 and bad["code"] == "pdf_altered" and bad["seq"] == found["seq"]
    assert "altered after it was exported" in bad["problem"]
    _signed_off(capsys, env, other)
    unrelated = env / "unrelated.pdf"
    assert run(capsys, other, "log", "export", "--pdf", unrelated, "--reviewer", "王审查")[0] == 0
    code, text, _ = run(capsys, home, "log", "verify-pdf", unrelated)
    assert code == 7 and "PDF NOT VERIFIED [pdf_not_recorded]" in text
    code, _, err = run(capsys, home, "log", "verify-pdf", env / "missing.pdf")
    assert code == 3 and "not_found" in err
