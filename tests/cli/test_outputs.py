"""Outputs never destroy what the desk owns: publish and log export refuse the data folder's files
(even with --force), the reviewed file and existing files without --force; a read-only output
folder is a clear write error (exit 4), never an internal one, and leaves no temporary file — once
with the error faked in-process (any user), once for real in a child process (``unprivileged``)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time

import pytest

from phone_scan import phone_scan
from read_only import read_only
from unprivileged import unprivileged_prefix
from review_desk.cli import main
from review_desk.core import atomic
from review_desk.cli.exit_codes import EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE
from review_desk.core.review import ReviewDesk
from review_desk.core.review.integrity import verify_desk

PASS = "correct-horse-battery"


@pytest.fixture
def signed(tmp_path, monkeypatch):
    """A desk home with one signed review of ``notice.txt``; returns (home, review id, file)."""
    home = tmp_path / "home"
    item = tmp_path / "notice.txt"
    item.write_text("关于张三的答复\n联系电话13812345678。\n", encoding="utf-8")
    with ReviewDesk(home) as desk:
        desk.add_reviewer("王审查", "办公室", PASS)
        rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
        desk.accept_suggested(rid, "王审查", PASS)
        desk.sign(rid, "public", "王审查", PASS)
    monkeypatch.setenv("REVIEW_DESK_HOME", str(home))
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    return home, rid, item


def _snapshot(home):
    """The desk's files and their hashes (its log, logs/, grows with every command and is left out)."""
    return {p.relative_to(home): hashlib.sha256(p.read_bytes()).hexdigest() for p in home.rglob("*")
            if p.is_file() and p.relative_to(home).parts[0] != "logs"}


def _run(capsys, *args):
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err, err
    return code, err


def test_publish_never_writes_over_the_desks_files_or_the_input(capsys, signed):
    home, rid, item = signed
    key = next((home / "keys").iterdir())
    before = _snapshot(home)
    for target in (home / "audit.sqlite3", home / "audit.head", key, home / "reviews" / "copy.txt"):
        code, err = _run(capsys, "publish", rid, "-o", target, "--file", item, "--force")
        assert code == EXIT_USAGE and "data folder" in err
    assert _snapshot(home) == before and verify_desk(home).ok
    assert {oct(p.stat().st_mode & 0o777) for p in home.rglob("*") if p.is_file()} == {"0o600"}  # logs included
    original = item.read_bytes()
    code, err = _run(capsys, "publish", rid, "-o", item, "--file", item, "--force")
    assert code == EXIT_USAGE and "input file" in err and item.read_bytes() == original


def test_publish_and_export_replace_an_existing_file_only_with_force(capsys, signed, tmp_path):
    home, rid, item = signed
    out = tmp_path / "公开版.txt"
    out.write_text("earlier")
    assert _run(capsys, "publish", rid, "-o", out, "--file", item)[0] == EXIT_USAGE
    assert out.read_text() == "earlier"
    assert _run(capsys, "publish", rid, "-o", out, "--file", item, "--force")[0] == EXIT_OK
    assert "13812345678" not in out.read_text(encoding="utf-8")
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(b"earlier")
    code, err = _run(capsys, "log", "export", "--pdf", pdf)
    assert code == EXIT_USAGE and "already exists" in err and pdf.read_bytes() == b"earlier"
    assert _run(capsys, "log", "export", "--pdf", pdf, "--force")[0] == EXIT_OK
    assert pdf.read_bytes().startswith(b"%PDF")


def test_log_export_never_writes_over_the_desks_files(capsys, signed):
    home, rid, item = signed
    before = _snapshot(home)
    for target in (home / "audit.head", home / "audit.sqlite3", next((home / "keys").iterdir())):
        code, err = _run(capsys, "log", "export", "--pdf", target, "--force")
        assert code == EXIT_USAGE and "data folder" in err
    assert _snapshot(home) == before and verify_desk(home).ok


def test_a_read_only_output_folder_is_a_clear_error_and_leaves_nothing(capsys, signed, tmp_path, monkeypatch):
    home, rid, item = signed
    folder = tmp_path / "readonly"
    folder.mkdir()
    with ReviewDesk(home) as desk:
        entries = len(desk.log)
    read_only(monkeypatch, folder)
    code, err = _run(capsys, "publish", rid, "-o", folder / "公开版.txt", "--file", item)
    assert code == EXIT_NOT_WRITTEN and "Read-only file system" in err
    code, err = _run(capsys, "log", "export", "--pdf", folder / "log.pdf")
    assert code == EXIT_NOT_WRITTEN and "Read-only file system" in err
    assert list(folder.iterdir()) == []
    with ReviewDesk(home) as desk:
        assert len(desk.log) == entries  # neither the publication nor the export was logged


def test_a_really_read_only_output_folder_is_a_clear_error_and_leaves_nothing(signed, tmp_path):
    """The same as above without faking: a folder without the write bit, the commands run as a child
    process that the permission bits bind (see ``unprivileged``; as root, its overriding capabilities
    are dropped)."""
    prefix, why = unprivileged_prefix()
    if prefix is None:
        pytest.skip(why)
    home, rid, item = signed
    folder = tmp_path / "readonly"
    folder.mkdir()
    with ReviewDesk(home) as desk:
        entries = len(desk.log)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "REVIEW_DESK_HOME": str(home),
           "REVIEW_DESK_PASSPHRASE": PASS}
    folder.chmod(0o555)
    try:
        for command in (("publish", rid, "-o", folder / "公开版.txt", "--file", item),
                        ("log", "export", "--pdf", folder / "log.pdf")):
            done = subprocess.run([*prefix, sys.executable, "-m", "review_desk", *map(str, command)],
                                  capture_output=True, text=True, timeout=300, env=env)
            assert done.returncode == EXIT_NOT_WRITTEN, done.stderr
            assert "Permission denied" in done.stderr and "write_failed" in done.stderr
            assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []
    with ReviewDesk(home) as desk:
        assert len(desk.log) == entries  # neither the publication nor the export was logged
    assert verify_desk(home).ok


def test_publish_and_export_clean_stale_temporary_files_and_keep_fresh_ones(capsys, signed, tmp_path):
    """A killed writer's temporary file (ours, over an hour old) goes at the next write into the folder,
    whatever its output name; a fresh one may be another process's write under way and stays."""
    home, rid, item = signed
    folder = tmp_path / "out"
    folder.mkdir()

    def plant(name, age):
        path = atomic.temporary_sibling(folder / name)
        path.write_bytes(b"half a copy")
        os.utime(path, (time.time() - age, time.time() - age))
        return path

    users = folder / "draft.tmp-notes.txt"
    users.write_bytes(b"the user's own file")
    os.utime(users, (0, 0))
    for command in (("log", "export", "--pdf", folder / "log.pdf"),
                    ("publish", rid, "-o", folder / "公开版.txt", "--file", item)):
        stale, fresh = plant("earlier.docx", 2 * 3600), plant("other.pdf", 60)
        code, err = _run(capsys, *command)
        assert code == EXIT_OK, err
        assert not stale.exists() and fresh.exists() and users.exists()


@pytest.mark.model
def test_redact_never_writes_into_the_data_folder(capsys, signed, ner_model):
    home, _rid, item = signed
    before = _snapshot(home)
    for target in (home / "audit.sqlite3", home / "reviews" / "copy.txt"):
        code, err = _run(capsys, "redact", item, "-o", target, "--force", "--workers", "1")
        assert code == EXIT_USAGE and "data folder" in err
    assert _snapshot(home) == before and verify_desk(home).ok
