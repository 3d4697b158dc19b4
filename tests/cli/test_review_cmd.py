"""The review workflow through the command line, end to end: add reviewer -> start -> decide ->
sign -> publish -> export -> verify; every tampering case caught by ``log verify``; a process
killed during sign or publish leaves no partial output and a log that verifies."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from docx_factory import make_docx
from review_desk.cli import main

PASS = "correct-horse-battery"
DRAFT = [
    "济南市市场监督管理局",
    "济市监处罚〔2026〕15号",
    "关于当事人张三丰行政处罚决定的公示",
    "当事人张三丰，身份证号码37070219721031809X，联系电话13812345678，住址山东省济南市历下区泉城路街道阳光小区3号楼2单元501室。",
    "　　经查，当事人未按规定公示年度报告，依法作出警告的行政处罚。",
    "抄送：市政务公开办公室。",
]
pytestmark = pytest.mark.model


@pytest.fixture
def env(tmp_path, monkeypatch, ner_model):
    home = tmp_path / "home"
    monkeypatch.setenv("REVIEW_DESK_HOME", str(home))
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    return home


def run(capsys, *args) -> tuple[int, object, str]:
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    out = captured.out.strip()
    try:
        data = json.loads(out) if out else None
    except ValueError:
        data = out
    return code, data, captured.err


def _reviewed(capsys, tmp_path) -> tuple[str, Path, dict]:
    draft = make_docx(tmp_path, DRAFT, name="draft.docx")
    assert run(capsys, "reviewer", "add", "--name", "王审查", "--unit", "办公室")[0] == 0
    assert run(capsys, "reviewer", "add", "--name", "李复核", "--unit", "法规科")[0] == 0
    code, started, _ = run(capsys, "review", "start", draft, "--reviewer", "王审查", "--workers", "1")
    assert code == 0 and started["sha256"] == hashlib.sha256(draft.read_bytes()).hexdigest()
    return started["review_id"], draft, started


def _decide_all(capsys, tmp_path, rid, started):
    decisions = []
    for f in started["findings"]:
        if f["type"] in ("ORGANIZATION", "LOCATION", "ORG_ADDRESS", "CN_USCC"):
            decisions.append({"finding_id": f["finding_id"], "action": "keep"})
        elif f["type"] == "PERSON":
            decisions.append({"finding_id": f["finding_id"], "action": "keep", "basis": "penalty_publicity",
                              "note": "行政处罚决定依法公示当事人姓名"})
        else:
            decisions.append({"finding_id": f["finding_id"], "action": "mask", "basis": "art15"})
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    code, data, err = run(capsys, "review", "decide", rid, "--decisions", path)
    assert code == 0, err
    assert data["undecided"] == 0


def test_end_to_end(capsys, env, tmp_path):
    rid, draft, started = _reviewed(capsys, tmp_path)
    texts = {f["text"] for f in started["findings"]}
    assert {"张三丰", "37070219721031809X", "13812345678"} <= texts
    code, _, err = run(capsys, "review", "sign", rid, "--attribute", "public")
    assert code == 6 and "undecided" in err
    _decide_all(capsys, tmp_path, rid, started)
    code, signed, err = run(capsys, "review", "sign", rid, "--attribute", "public")
    assert code == 0 and signed["status"] == "signed", err
    out = tmp_path / "published.docx"
    code, published, err = run(capsys, "publish", rid, "-o", out, "--file", draft)
    assert code == 0, err
    assert published["sha256_out"] == hashlib.sha256(out.read_bytes()).hexdigest()
    code, _, err = run(capsys, "log", "export", "--pdf", tmp_path / "no-such-folder" / "log.pdf", "--reviewer", "王审查")
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    pdf = tmp_path / "log.pdf"
    code, exported, err = run(capsys, "log", "export", "--pdf", pdf, "--review", rid, "--reviewer", "王审查")
    assert code == 0 and exported["items"] == 1 and exported["log_ok"], err
    code, verified, _ = run(capsys, "log", "verify", "--json")
    assert code == 0 and verified["ok"] and verified["entries"] >= 6
    code, listed, _ = run(capsys, "review", "list")
    assert code == 0 and [(r["review_id"], r["status"], r["reviewer"]) for r in listed] == [(rid, "published", "王审查")]
    assert listed[0]["title"] == "关于当事人张**行政处罚决定的公示" and listed[0]["doc_number"] == "济市监处罚〔2026〕15号"
    # the published file's hash is in the log
    conn = sqlite3.connect(env / "audit.sqlite3")
    payloads = [json.loads(p) for (e, p) in conn.execute("SELECT event, payload FROM entries")
                if e == "document_published"]
    assert payloads[0]["sha256_out"] == published["sha256_out"]
    # the PDF renders and carries the item's hashes and decisions
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = "".join(text.split())
        assert started["sha256"] in flat and published["sha256_out"] in flat
        assert "370702********809X" in flat and "惩戒公示" in flat and "主动公开" in flat
        assert "37070219721031809X" not in flat
    if shutil.which("pdftoppm"):
        done = subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                              capture_output=True, timeout=120)
        assert done.returncode == 0 and list(tmp_path.glob("page*.png"))


def test_publishing_a_modified_input_is_refused(capsys, env, tmp_path):
    rid, draft, started = _reviewed(capsys, tmp_path)
    _decide_all(capsys, tmp_path, rid, started)
    assert run(capsys, "review", "sign", rid, "--attribute", "public")[0] == 0
    make_docx(tmp_path, DRAFT + ["补充一段。"], name="draft.docx")
    code, _, err = run(capsys, "publish", rid, "-o", tmp_path / "out.docx", "--file", draft)
    assert code == 6 and "new review" in err and not (tmp_path / "out.docx").exists()


# -- tampering ------------------------------------------------------------------------------

def _raw(home: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(home / "audit.sqlite3", isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def _edit(conn, home):
    conn.execute("UPDATE entries SET payload = replace(payload, '\"mask\"', '\"keep\"') WHERE event = 'finding_decided'")


def _delete(conn, home):
    conn.execute("DELETE FROM entries WHERE seq = 4")


def _reorder(conn, home):
    a = conn.execute("SELECT time, event, actor, payload, prev_hash, entry_hash, signature FROM entries WHERE seq = 4").fetchone()
    b = conn.execute("SELECT time, event, actor, payload, prev_hash, entry_hash, signature FROM entries WHERE seq = 5").fetchone()
    for seq, row in ((4, b), (5, a)):
        conn.execute("UPDATE entries SET time=?, event=?, actor=?, payload=?, prev_hash=?, entry_hash=?, signature=? "
                     "WHERE seq = ?", (*row, seq))


def _insert(conn, home):
    last = conn.execute("SELECT max(seq) FROM entries").fetchone()[0]
    conn.execute("UPDATE entries SET seq = seq + 1000 WHERE seq > 3")
    conn.execute("UPDATE entries SET seq = seq - 999 WHERE seq > 1000")
    row = conn.execute("SELECT * FROM entries WHERE seq = 3").fetchone()
    conn.execute("INSERT INTO entries VALUES (4, ?, ?, ?, ?, ?, ?, ?)", row[1:])
    assert conn.execute("SELECT max(seq) FROM entries").fetchone()[0] == last + 1


def _truncate(conn, home):
    conn.execute("DELETE FROM entries WHERE seq = (SELECT max(seq) FROM entries)")


def _resign(conn, home):
    seq, entry_hash = conn.execute("SELECT seq, entry_hash FROM entries WHERE event = 'review_signed'").fetchone()
    stranger = Ed25519PrivateKey.generate()
    signature = base64.b64encode(stranger.sign(bytes.fromhex(entry_hash))).decode("ascii")
    conn.execute("UPDATE entries SET signature = ? WHERE seq = ?", (signature, seq))


def _registry(conn, home):
    stranger = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    conn.execute("UPDATE reviewers SET public_key = ? WHERE name = '王审查'", (base64.b64encode(stranger).decode(),))


@pytest.mark.parametrize("tamper", [_edit, _delete, _reorder, _insert, _truncate, _resign, _registry],
                         ids=["edited", "deleted", "reordered", "inserted", "truncated", "re-signed", "registry"])
def test_log_verify_catches_tampering(capsys, env, tmp_path, tamper):
    rid, _draft, started = _reviewed(capsys, tmp_path)
    _decide_all(capsys, tmp_path, rid, started)
    assert run(capsys, "review", "sign", rid, "--attribute", "public")[0] == 0
    assert run(capsys, "log", "verify")[0] == 0
    conn = _raw(env)
    tamper(conn, env)
    conn.close()
    code, data, _ = run(capsys, "log", "verify", "--json")
    assert code == 7 and not data["ok"] and data["problem"]
    if tamper is not _registry:
        assert data["first_bad_entry"] is not None and str(data["first_bad_entry"]) in data["problem"]
    code, text, _ = run(capsys, "log", "verify")
    assert code == 7 and "LOG DAMAGED" in text


# -- crashes ------------------------------------------------------------------------------------

def _cli(env, *args, crash=None):
    environ = dict(os.environ, REVIEW_DESK_HOME=str(env), REVIEW_DESK_PASSPHRASE=PASS)
    if crash:
        environ["REVIEW_DESK_CRASH_AT"] = crash
    # run from the reviewed file's folder, where publish finds it by name without --file
    return subprocess.run([sys.executable, "-m", "review_desk", *map(str, args)], capture_output=True, text=True,
                          env=environ, timeout=120, cwd=env.parent)


@pytest.mark.parametrize("point", ["publish.before_log", "publish.before_commit", "audit.after_commit"])
def test_a_killed_publish_leaves_no_output_and_a_log_that_verifies(capsys, env, tmp_path, point):
    rid, _draft, started = _reviewed(capsys, tmp_path)
    _decide_all(capsys, tmp_path, rid, started)
    assert run(capsys, "review", "sign", rid, "--attribute", "public")[0] == 0
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "published.docx"
    killed = _cli(env, "publish", rid, "-o", out, crash=point)
    assert killed.returncode == 137
    assert not out.exists()
    assert _cli(env, "log", "verify").returncode == 0
    again = _cli(env, "publish", rid, "-o", out)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in outdir.iterdir()) == ["published.docx"]  # no half-written copy left
    assert _cli(env, "log", "verify").returncode == 0


def test_a_killed_sign_leaves_a_log_that_verifies(capsys, env, tmp_path):
    rid, _draft, started = _reviewed(capsys, tmp_path)
    _decide_all(capsys, tmp_path, rid, started)
    killed = _cli(env, "review", "sign", rid, "--attribute", "public", crash="audit.after_commit")
    assert killed.returncode == 137
    assert _cli(env, "log", "verify").returncode == 0
    shown = json.loads(_cli(env, "review", "show", rid).stdout)
    assert shown["status"] == "signed"  # committed before the kill; the head file catches up next time
    assert _cli(env, "publish", rid, "-o", tmp_path / "p.docx").returncode == 0
    assert _cli(env, "log", "verify").returncode == 0
