"""The ``review-desk`` command line: the scan JSON contract, tables, exit codes, --version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk import __version__
from review_desk.cli import main
from review_desk.cli.exit_codes import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE

DATA = Path(__file__).parents[1] / "data"
FINDING_KEYS = {"id", "type", "text", "start", "end", "part", "location", "score", "action", "recognizer"}


def scan_json(capsys, *args) -> tuple[int, list[dict]]:
    code = main(["scan", "--json", *map(str, args)])
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines]


def test_version_loads_no_model():
    """``--version`` imports neither spaCy, Presidio nor Qt (its time: benchmarks/bench_version.py)."""
    out = subprocess.run([sys.executable, "-c",
                          "import sys; from review_desk.cli import main\n"
                          "try:\n main(['--version'])\nexcept SystemExit: pass\n"
                          "heavy = [m for m in ('spacy', 'presidio_analyzer', 'PySide6') if m in sys.modules]\n"
                          "print('heavy:', heavy)"],
                         capture_output=True, text=True, timeout=60)
    assert f"review-desk {__version__}" in out.stdout
    assert "heavy: []" in out.stdout


def test_scan_json_txt_offsets_are_code_points_into_decoded_text(capsys, tmp_path):
    text = "当事人：某某，手机１３８ ００１３ ８０００，身份证号码370102199003071238。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    code, objs = scan_json(capsys, path)
    assert code == EXIT_OK
    (obj,) = objs
    assert set(obj) == {"path", "sha256", "findings", "errors", "kind"}
    assert obj["errors"] == []
    import hashlib

    assert obj["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    by_type = {f["type"]: f for f in obj["findings"]}
    assert set(by_type) == {"PHONE_NUMBER", "CN_ID_CARD"}
    for f in obj["findings"]:
        assert set(f) == FINDING_KEYS
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["part"] == "text" and f["action"] == "redact"
    assert by_type["PHONE_NUMBER"]["text"] == "１３８ ００１３ ８０００"


def test_scan_json_docx_names_parts_and_segment_offsets(capsys):
    code, objs = scan_json(capsys, DATA / "docx" / "everything.docx")
    assert code == EXIT_OK
    findings = objs[0]["findings"]
    parts = {f["part"] for f in findings}
    assert {"word/document.xml", "word/footnotes.xml", "word/comments.xml", "docProps/custom.xml"} <= parts
    assert len({f["id"] for f in findings}) == len(findings)
    from review_desk.core.document import read_document

    doc = read_document(DATA / "docx" / "everything.docx")
    segments = {(s.part, s.location): s.text for s in doc.segments}
    for f in findings:
        assert segments[(f["part"], f["location"])][f["start"]:f["end"]] == f["text"]


def test_ids_are_stable_between_runs(capsys):
    path = DATA / "docx" / "01_split_runs.docx"
    _, first = scan_json(capsys, path)
    _, second = scan_json(capsys, path)
    assert [f["id"] for f in first[0]["findings"]] == [f["id"] for f in second[0]["findings"]]


def test_unreadable_file_gives_errors_others_still_scanned(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("联系电话：13912345678", encoding="utf-8")
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    missing = tmp_path / "missing.docx"
    code, objs = scan_json(capsys, bad, good, missing)
    assert code == EXIT_UNREADABLE
    assert [o["path"] for o in objs] == [str(bad), str(good), str(missing)]
    assert objs[0]["errors"][0]["code"] == "unsupported_format" and objs[0]["findings"] == []
    assert objs[1]["errors"] == [] and objs[1]["findings"][0]["text"] == "13912345678"
    assert objs[2]["errors"][0]["code"] == "not_found" and objs[2]["sha256"] is None


def test_table_output_is_readable(capsys):
    code = main(["scan", str(DATA / "corpus" / "038_meeting_minutes.txt")])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "findings" in out and "CN_ID_CARD" in out and "redact" in out


def test_allow_and_deny_lists_from_files(capsys, tmp_path):
    doc = tmp_path / "n.txt"
    doc.write_text("拨打电话0531-86198765咨询。据群众反映，绰号铁蛋儿的男子也在现场。", encoding="utf-8")
    allow = tmp_path / "allow.txt"
    allow.write_text("# agency numbers\n0531-86198765\n", encoding="utf-8")
    deny = tmp_path / "deny.txt"
    deny.write_text("铁蛋儿\tPERSON\n", encoding="utf-8")
    _, plain = scan_json(capsys, doc)
    assert [f["text"] for f in plain[0]["findings"] if f["action"] == "redact"] == ["0531-86198765"]
    main(["scan", "--json", "--allow-list", str(allow), "--deny-list", str(deny), str(doc)])
    listed = json.loads(capsys.readouterr().out)
    assert [(f["type"], f["text"]) for f in listed["findings"] if f["action"] == "redact"] == [("PERSON", "铁蛋儿")]


@pytest.mark.parametrize("name, content, code", [
    ("empty.docx", b"", "empty_file"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip", "corrupt"),
    ("old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "unsupported_format"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\0" * 600,
     "encrypted"),
    ("binary.txt", bytes(range(256)) * 8, "encoding"),
])
def test_bad_input_exit_code_and_message_without_traceback(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    out = subprocess.run([sys.executable, "-m", "review_desk", "scan", "--json", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == EXIT_UNREADABLE
    assert "Traceback" not in out.stderr + out.stdout
    obj = json.loads(out.stdout)
    assert obj["errors"][0]["code"] == code
    assert len(obj["errors"][0]["message"]) > 10
    assert path.read_bytes() == content  # the input is never modified


def test_table_output_for_unreadable_file(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["scan", str(path)]) == EXIT_UNREADABLE
    assert "error [empty_file]" in capsys.readouterr().out


def test_evaluate_needs_the_labelled_set(capsys):
    """No default path into tests/: the set to score is always named."""
    with pytest.raises(SystemExit) as info:
        main(["evaluate"])
    assert info.value.code == EXIT_USAGE and "DIR" in capsys.readouterr().err
