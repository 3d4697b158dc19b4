"""The one gate for outputs (never the data folder, never the input, an existing file only with force)
and atomic writes that leave nothing behind on any failure, a read-only folder included."""

from __future__ import annotations

import os

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


def test_stale_temporary_files_of_a_killed_writer_are_removed(tmp_path):
    target = tmp_path / "公开版.docx"
    stale = atomic.temporary_sibling(target)
    stale.write_bytes(b"half a copy")
    other = atomic.temporary_sibling(tmp_path / "another.docx")
    other.write_bytes(b"someone else's")
    assert atomic.clean_stale(target) == 1
    assert not stale.exists() and other.exists()
