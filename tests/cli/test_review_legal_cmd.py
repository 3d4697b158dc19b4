"""The legal rules end to end through the command line: a withheld review cannot be published; a
confirmed classification mark cannot reach a 主动公开 copy; a second review of signed bytes needs the
first revoked; an auditor without a key verifies and exports the log; a tampered log exports with
exit 7, a Chinese message and the touched item marked."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess

import pytest

from docx_factory import make_docx
from review_desk.cli import main

PASS = "correct-horse-battery"
BODY = ["关于某项工作的答复", "联系电话13812345678，身份证号码37070219721031809X。", "抄送：区政务公开办公室。"]
pytestmark = pytest.mark.model


@pytest.fixture
def env(tmp_path, monkeypatch, ner_model):
    home = tmp_path / "home"
    monkeypatch.setenv("REVIEW_DESK_HOME", str(home))
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)  # the reviewed files' folder: publish finds them by name
    return home


def pdf_text(path) -> str:
    """The PDF's text with all white space removed (table cells wrap anywhere)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run(capsys, *args):
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    out = captured.out.strip()
    try:
        data = json.loads(out) if out else None
    except ValueError:
        data = out
    return code, data, captured.err


def _reviewed(capsys, path, *sign):
    code, started, err = run(capsys, "review", "start", path, "--reviewer", "王审查", "--workers", "1")
    assert code == 0, err
    rid = started["review_id"]
    assert run(capsys, "review", "decide", rid, "--accept-suggested")[0] == 0
    code, _, err = run(capsys, "review", "sign", rid, *sign)
    return rid, code, err


def test_the_rules_through_the_command_line(env, capsys, tmp_path, monkeypatch):
    assert run(capsys, "reviewer", "add", "--name", "王审查", "--unit", "办公室")[0] == 0
    withheld = make_docx(tmp_path, BODY, name="withheld.docx")
    code, started, err = run(capsys, "review", "start", withheld, "--reviewer", "王审查", "--workers", "1")
    assert code == 0, err
    rid = started["review_id"]
    assert run(capsys, "review", "decide", rid, "--accept-suggested")[0] == 0
    code, _, err = run(capsys, "review", "sign", rid, "--attribute", "withheld", "--basis", "penalty_publicity",
                       "--reason", "x")
    assert code == 6 and "attribute_publication_basis" in err
    code, _, err = run(capsys, "review", "sign", rid, "--attribute", "withheld", "--basis", "art15", "--reason",
                       "涉及个人隐私", "--drafting-unit", "办公室", "--handler", "赵承办", "--scope", "不公开")
    assert code == 0, err
    out = tmp_path / "withheld-out.docx"
    code, _, err = run(capsys, "publish", rid, "-o", out)
    assert code == 6 and "withheld_not_published" in err and not out.exists()

    marked = make_docx(tmp_path, ["机密★5年", *BODY], name="marked.docx")
    rid2, code, err = _reviewed(capsys, marked, "--attribute", "public")
    assert code == 6 and "mark_blocks_publication" in err
    code, _, err = run(capsys, "review", "sign", rid2, "--attribute", "on-request", "--basis", "art14",
                       "--reason", "待定密审查")
    assert code == 0, err
    out2 = tmp_path / "marked-out.docx"
    code, _, err = run(capsys, "publish", rid2, "-o", out2)
    assert code == 6 and "mark_blocks_publication" in err and not out2.exists()

    # other bytes than the withheld file (make_docx is deterministic: the same text gives the same file)
    public = make_docx(tmp_path, ["关于另一项工作的答复", *BODY[1:]], name="public.docx")
    rid3, code, err = _reviewed(capsys, public, "--attribute", "public", "--opinion", "同意公开")
    assert code == 0, err
    code, data, err = run(capsys, "publish", rid3, "-o", tmp_path / "public-out.docx")
    assert code == 0, err
    code, _, err = run(capsys, "review", "start", public, "--reviewer", "王审查", "--workers", "1")
    assert code == 6 and "signed_review_exists" in err
    assert run(capsys, "review", "revoke", rid3, "--reason", "公开属性需重新认定")[0] == 0
    code, started, err = run(capsys, "review", "start", public, "--reviewer", "王审查", "--workers", "1")
    assert code == 0 and started["supersedes"] == rid3, err

    # an auditor without a key: no passphrase in the environment
    monkeypatch.delenv("REVIEW_DESK_PASSPHRASE")
    assert run(capsys, "log", "verify")[0] == 0
    pdf = tmp_path / "log.pdf"
    code, exported, err = run(capsys, "log", "export", "--pdf", pdf, "--exporter", "审计员孙")
    assert code == 0 and exported["log_ok"] and not exported["signed"], err
    text = pdf_text(pdf)
    if os.environ.get("REVIEW_DESK_KEEP_PDF"):
        shutil.copy(pdf, os.environ["REVIEW_DESK_KEEP_PDF"])
    for expected in ("政务信息公开保密审查单", "导出人：审计员孙（未签名）", "+08:00", "public-out.docx",
                     data["sha256_out"][:32], "签名有效", "残留检查", "本审查取代已撤销的审查", "公开属性需重新认定",
                     "赵承办", "正文第 2 段", "时区：Asia/Shanghai"):
        assert flat(expected) in text, expected
    assert "+00:00" not in text and "word/document.xml" not in text

    # tamper with one decision of the withheld review: export exits 7, says so in Chinese, marks the item
    db = env / "audit.sqlite3"
    with sqlite3.connect(db) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")  # the attacker
        seq, payload = conn.execute("SELECT seq, payload FROM entries WHERE event = 'finding_decided' "
                                    "ORDER BY seq LIMIT 1").fetchone()
        conn.execute("UPDATE entries SET payload = ? WHERE seq = ?", (payload.replace("mask", "keep"), seq))
    assert run(capsys, "log", "verify")[0] == 7
    bad = tmp_path / "bad.pdf"
    code, exported, err = run(capsys, "log", "export", "--pdf", bad)
    assert code == 7 and "审查日志校验未通过" in err and exported["first_bad_entry"] == seq
    assert exported["items_touched"] and exported["items_touched"][0] == rid
    text = pdf_text(bad)
    assert "未通过" in text and "内容可能已被篡改" in text
