"""``review-desk redact``: exit codes, the JSON report, and what is (not) written.  The detector
runs in-process (``--workers 1``) with the shared model; one test runs the real executable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from docx_factory import make_docx
from redact_checks import leaks
from review_desk.cli import main
from review_desk.cli.exit_codes import EXIT_NOT_PUBLISHABLE, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE

DATA = Path(__file__).parents[1] / "data"
pytestmark = pytest.mark.model


@pytest.fixture(autouse=True)
def _model_loaded(ner_model):
    """The model is loaded once per session; the command reuses it."""


def redact(capsys, *args) -> tuple[int, dict | None, str]:
    code = main(["redact", "--workers", "1", "--json", *map(str, args)])
    captured = capsys.readouterr()
    out = captured.out.strip()
    return code, (json.loads(out) if out else None), captured.err


def test_redact_writes_a_clean_publishable_copy(capsys, tmp_path):
    out = tmp_path / "everything_redacted.docx"
    source = DATA / "docx" / "everything.docx"
    before = source.read_bytes()
    code, report, _err = redact(capsys, source, "-o", out, "--agency", "济南市历下区人民政府办公室")
    assert code == EXIT_OK and out.exists()
    assert report["publishable"] and report["residual_check"]["passed"]
    assert {a["code"] for a in report["sanitized"]} >= {"comments", "tracked_changes", "hidden_text", "custom_xml"}
    gold = json.loads((DATA / "docx" / "gold.json").read_text(encoding="utf-8"))
    values = [e["text"] for c in gold if c["file"] == "everything.docx" for e in c["expect"]
              if e["type"] != "ORGANIZATION"]
    assert leaks(out, values) == []
    assert all(r["preview"] != r.get("text") for r in report["redacted"])  # previews are masked
    assert source.read_bytes() == before


def test_human_summary(capsys, tmp_path):
    code = main(["redact", "--workers", "1", str(DATA / "corpus" / "001_disclosure_reply.txt"),
                 "-o", str(tmp_path / "out.txt")])
    text = capsys.readouterr().out
    assert code == EXIT_OK and "residual check: passed" in text and "masked" in text


def test_classified_mark_is_written_but_not_publishable(capsys, tmp_path):
    source = make_docx(tmp_path, ["机密★5年", "关于张三丰同志的处理意见", "联系电话13812345678。"])
    code, report, _err = redact(capsys, source, "-o", tmp_path / "out.docx")
    assert code == EXIT_NOT_PUBLISHABLE and (tmp_path / "out.docx").exists()
    assert report["classified_marks"] and not report["publishable"]


def test_residual_found_writes_nothing(capsys, tmp_path):
    source = make_docx(tmp_path, ["联系人张三丰，电话13812345678。"],
                       parts={"word/embeddings/data.bin": "联系人张三丰".encode("utf-16-le")})
    code, report, err = redact(capsys, source, "-o", tmp_path / "out.docx", "--no-sanitize")
    assert code == EXIT_NOT_WRITTEN
    assert report["error"]["code"] == "residual_found" and not report["residual_check"]["passed"]
    assert "张三丰" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.docx"]


def test_policy_refusing_embedded_objects(capsys, tmp_path):
    source = make_docx(tmp_path, ["联系人张三丰。"], parts={"word/embeddings/data.bin": b"\x00\x01"})
    code, _report, err = redact(capsys, source, "-o", tmp_path / "out.docx", "--policy", "remove-all")
    assert code == EXIT_NOT_WRITTEN and "embedded" in err
    assert not (tmp_path / "out.docx").exists()


def test_remove_all_policy_leaves_basis_marks(capsys, tmp_path):
    source = make_docx(tmp_path, ["联系人张三丰，电话13812345678。"])
    code, report, _err = redact(capsys, source, "-o", tmp_path / "out.docx", "--policy", "remove-all")
    assert code == EXIT_OK
    assert {r["replacement"] for r in report["redacted"]} == {"〔依条例第十五条删除〕"}


@pytest.mark.parametrize(
    "args,expected,words",
    [
        (["{src}", "-o", "{src}"], EXIT_USAGE, "never overwrites"),
        (["{src}", "-o", "{out}", "--policy", "nope"], EXIT_USAGE, "No policy"),
        (["{missing}", "-o", "{out}"], EXIT_UNREADABLE, "does not exist"),
        (["{bad}", "-o", "{out}"], EXIT_UNREADABLE, "damaged"),
    ],
)
def test_errors_have_clear_messages_and_codes(capsys, tmp_path, args, expected, words):
    src = make_docx(tmp_path, ["联系人张三丰。"])
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    names = {"src": src, "out": tmp_path / "out.docx", "missing": tmp_path / "missing.docx", "bad": bad}
    code = main(["redact", "--workers", "1", *[a.format(**names) for a in args]])
    err = capsys.readouterr().err
    assert code == expected and words in err and "Traceback" not in err
    assert not (tmp_path / "out.docx").exists()


def test_the_real_executable(tmp_path):
    out = tmp_path / "out.docx"
    done = subprocess.run([sys.executable, "-m", "review_desk", "redact", str(DATA / "docx" / "07_comment.docx"),
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "residual check: passed" in done.stdout and out.exists()


def test_a_missing_model_is_reported(capsys, tmp_path, monkeypatch):
    from review_desk.core.detect.ner import model

    monkeypatch.setattr(model, "load_ner_pipeline", lambda path=None: None)
    source = make_docx(tmp_path, ["联系电话13812345678。"])
    code, _report, err = redact(capsys, source, "-o", tmp_path / "out.docx")
    assert code == EXIT_OK and "NER model was not found" in err
