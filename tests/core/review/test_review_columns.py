"""Table findings are placed by their column's header (表 1 第 2 行「联系电话」列) in the PDF log and
in the desk, also for reviews started by an older version that stored no header: filled on read from
the reviewed file when it is at hand (its SHA-256 checked), else marked 列名不详."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from passphrase import PASS
from docx_factory import make_docx, table
from phone_scan import phone_scan
from review_desk.cli import main
from review_desk.core.document import read_document
from review_desk.core.review import workflow
from review_desk.core.review.draft import DraftReview

KNOWN = "表 1 第 2 行「联系电话」列"
UNKNOWN = "表 1 第 2 行 第 2 列（列名不详）"


@pytest.fixture
def roster(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return make_docx(folder, ["关于补贴发放名单的公示", table([["姓名", "联系电话"], ["张三", "13812345678"]])],
                     name="roster.docx")


def _where(desk, rid, **kwargs):
    report, _digest = desk.export_log(desk.home.parent / "log.pdf", review_id=rid, force=True, **kwargs)
    return [d.where for d in report.items[0].decisions]


def _old_review(desk, roster, monkeypatch):
    """A review as an older version started it: no column header stored with its findings."""
    with monkeypatch.context() as m:
        m.setattr(workflow, "with_columns", lambda records, _document: records)
        rid = desk.start(str(roster), "王审查", PASS, phone_scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    assert [f.column for f in desk.review(rid).findings.values()] == [None]
    return rid


def test_a_new_review_stores_the_header(desk, roster, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the file is not at hand: the stored header is enough
    rid = desk.start(str(roster), "王审查", PASS, phone_scan).review.review_id
    assert [f.column for f in desk.review(rid).findings.values()] == ["联系电话"]
    assert _where(desk, rid) == [f"正文 {KNOWN}"]


def test_an_older_review_is_filled_from_the_file_or_marked_unknown(desk, roster, tmp_path, monkeypatch):
    rid = _old_review(desk, roster, monkeypatch)
    monkeypatch.chdir(tmp_path)  # not the file's folder
    assert _where(desk, rid) == [f"正文 {UNKNOWN}"]
    assert _where(desk, rid, files=[str(roster)]) == [f"正文 {KNOWN}"]
    changed = tmp_path / "roster.docx"  # the same name, other bytes: not the reviewed file
    make_docx(tmp_path, ["关于补贴发放名单的公示", table([["户主", "电话"], ["张三", "13812345678"]])],
              name="roster.docx")
    assert _where(desk, rid, files=[str(changed)]) == [f"正文 {UNKNOWN}"]
    monkeypatch.chdir(roster.parent)  # the remembered name in the current folder
    assert _where(desk, rid) == [f"正文 {KNOWN}"]
    assert desk.review(rid).findings[next(iter(desk.review(rid).findings))].column is None  # the log is unchanged


def test_the_desk_names_the_column_of_an_older_review(desk, roster, monkeypatch):
    rid = _old_review(desk, roster, monkeypatch)
    draft = DraftReview.resume(desk, read_document(str(roster)), desk.review(rid))
    assert [draft.where(f.id) for f in draft.findings] == [f"正文 {KNOWN}"]


def test_log_export_takes_the_reviewed_files(desk, roster, tmp_path, monkeypatch, capsys):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    rid = _old_review(desk, roster, monkeypatch)
    monkeypatch.chdir(tmp_path)
    for extra, expected in (([], UNKNOWN), (["--file", roster], KNOWN)):
        pdf = tmp_path / "log.pdf"
        code = main([str(a) for a in ("--home", desk.home, "log", "export", "--pdf", pdf, "--review", rid,
                                      "--exporter", "审计员孙", "--force", *extra)])
        assert code == 0, capsys.readouterr().err
        text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert re.sub(r"\s+", "", expected) in re.sub(r"\s+", "", text)
