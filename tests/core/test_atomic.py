"""The one gate for outputs (never the data folder, never the input, an existing file only with force)
and atomic writes that leave nothing behind on any failure, a read-only folder included."""

from __future__ import annotations

import os
import time

import pytest

from read_only import read_only
from review_desk.core import atomic
from review_desk.core.errors import ErrorCode


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    (home / "keys").mkdir(parents=True)
    (home / "audit.sqlite3").write_bytes(b"log")
    (home / "keys" / "SHA256_x.json").write_text("{}")
    return home


def _refused(code, *args, **kwargs):
    with pytest.raises(atomic.OutputError) as caught:
        atomic.check_destination(*args, **kwargs)
    assert caught.value.code is code
    return caught.value


@pytest.mark.parametrize("name", ["audit.sqlite3", "audit.head", "keys/SHA256_x.json", "reviews/new.json", "."])
def test_the_data_folder_is_refused_even_with_force(home, name):
    error = _refused(ErrorCode.OUTPUT_IN_DATA_FOLDER, home / name, protected=[home], force=True)
    assert "not even with --force" in error.message


def test_the_data_folder_is_refused_through_links(home, tmp_path):
    (tmp_path / "elsewhere").symlink_to(home, target_is_directory=True)
    _refused(ErrorCode.OUTPUT_IN_DATA_FOLDER, tmp_path / "elsewhere" / "audit.sqlite3", protected=[home], force=True)
    (tmp_path / "innocent.pdf").symlink_to(home / "audit.sqlite3")
    _refused(ErrorCode.OUTPUT_IN_DATA_FOLDER, tmp_path / "innocent.pdf", protected=[home], force=True)
    _refused(ErrorCode.OUTPUT_IN_DATA_FOLDER, tmp_path / "x" / ".." / "home" / "audit.head", protected=[home])


def test_inputs_existing_files_folders_and_missing_folders(home, tmp_path):
    source = tmp_path / "draft.txt"
    source.write_text("原件")
    _refused(ErrorCode.OUTPUT_IS_INPUT, source, inputs=[source], protected=[home], force=True)
    os.link(source, tmp_path / "hardlink.txt")
    _refused(ErrorCode.OUTPUT_IS_INPUT, tmp_path / "hardlink.txt", inputs=[source], force=True)
    existing = tmp_path / "old.txt"
    existing.write_text("old")
    _refused(ErrorCode.OUTPUT_EXISTS, existing, inputs=[source], protected=[home])
    assert atomic.check_destination(existing, inputs=[source], protected=[home], force=True) == existing
    _refused(ErrorCode.OUTPUT_IS_FOLDER, tmp_path, force=True)
    _refused(ErrorCode.OUTPUT_FOLDER_MISSING, tmp_path / "nowhere" / "out.txt")
    assert atomic.check_destination(tmp_path / "new.txt", inputs=[source], protected=[home]) == tmp_path / "new.txt"


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


def test_a_failed_write_leaves_nothing(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"before")

    def broken(fh):
        fh.write(b"half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        atomic.write_atomically(target, broken)
    assert target.read_bytes() == b"before" and not _leftovers(tmp_path)


def test_a_read_only_folder_raises_the_write_error_and_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "ro" / "out.pdf"
    target.parent.mkdir()
    read_only(monkeypatch, target.parent)
    with pytest.raises(OSError) as caught:
        atomic.write_atomically(target, lambda fh: fh.write(b"x"))
    assert caught.value.strerror == os.strerror(30) and not target.exists() and not _leftovers(target.parent)
    error = atomic.write_failed(target, caught.value)
    assert error.code is ErrorCode.WRITE_FAILED and "Read-only file system" in error.message


def test_a_failed_rename_removes_the_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"

    def no_rename(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="No space"):
        atomic.write_atomically(target, lambda fh: fh.write(b"data"))
    assert not target.exists() and not _leftovers(tmp_path)


def _aged(path, seconds):
    """Make ``path`` look last changed ``seconds`` ago."""
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)
    return path


def test_stale_temporary_files_of_a_killed_writer_are_removed(tmp_path):
    target = tmp_path / "公开版.docx"
    stale = atomic.temporary_sibling(tmp_path / "another.docx")  # any output name of the folder
    stale.write_bytes(b"half a copy")
    _aged(stale, 2 * 3600)
    stale_pdf = atomic.temporary_sibling(tmp_path / "审查记录.pdf")
    stale_pdf.write_bytes(b"%PDF half")
    _aged(stale_pdf, 3601)
    fresh = atomic.temporary_sibling(tmp_path / "other.docx")  # another process may be writing it right now
    fresh.write_bytes(b"being written")
    own = atomic.temporary_sibling(target)  # the killed write of this very output: replaced anyway
    own.write_bytes(b"half of this copy")
    kept = [fresh]
    for name in ("notes.tmp-0123abcd.docx", ".notes.tmp-0123ABCD.docx", ".notes.tmp-0123abc.docx", ".x.tmp-zzzzzzzz",
                 "公开版.docx"):  # not our temporary names: never touched, however old
        (tmp_path / name).write_bytes(b"the user's")
        kept.append(_aged(tmp_path / name, 10 * 3600))
    folder = tmp_path / ".dir.tmp-0123abcd"  # a folder, and a link, with our name pattern
    folder.mkdir()
    _aged(folder, 10 * 3600)
    link = tmp_path / ".link.tmp-0123abcd.docx"
    link.symlink_to(tmp_path / "公开版.docx")
    _aged(link, 10 * 3600)
    kept += [folder, link]
    assert atomic.clean_stale(target) == 3
    assert not stale.exists() and not stale_pdf.exists() and not own.exists()
    assert all(p.exists() or p.is_symlink() for p in kept)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_another_users_temporary_file_is_left_alone(tmp_path):
    theirs = atomic.temporary_sibling(tmp_path / "out.docx")
    theirs.write_bytes(b"another user's write")
    os.chown(theirs, 65534, 65534)  # nobody
    _aged(theirs, 10 * 3600)
    assert atomic.clean_stale(tmp_path / "out.docx") == 0 and theirs.exists()


def test_an_unreadable_folder_cleans_nothing(tmp_path):
    assert atomic.clean_stale(tmp_path / "missing" / "out.docx") == 0
