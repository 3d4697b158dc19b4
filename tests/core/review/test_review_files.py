"""The data folder is the owner's only (folders 0700, files 0600) and its review records hold a file's
name and SHA-256, never its path; a folder an older version left (0644 files, absolute paths) is
tightened and cleaned when the desk opens it."""

from __future__ import annotations

import json
import os
import stat

import pytest

from conftest import PASS
from phone_scan import phone_scan
from review_desk.core.review import ReviewDesk, ReviewError


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def item(tmp_path):
    folder = tmp_path / "申请材料"
    folder.mkdir()
    path = folder / "张三丰申请.txt"
    path.write_text("关于张三丰的答复\n联系电话13812345678。\n", encoding="utf-8")
    return path


def test_every_file_of_the_data_folder_is_the_owners_only(desk, item):
    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    home = desk.home
    assert _mode(home) == 0o700
    files = [p for p in home.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"audit.sqlite3", "audit.head", "audit.secret", f"{rid}.json"}
    assert {p.relative_to(home).as_posix(): _mode(p) for p in files} == \
        {p.relative_to(home).as_posix(): 0o600 for p in files}
    assert all(_mode(p) == 0o700 for p in home.rglob("*") if p.is_dir())


def test_a_review_record_holds_the_name_and_hash_only(desk, item, tmp_path, monkeypatch):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    record = desk.home / "reviews" / f"{rid}.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data == {"review_id": rid, "file_name": "张三丰申请.txt", "sha256": started.review.sha256}
    assert str(item.parent) not in record.read_text(encoding="utf-8")
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "public", "王审查", PASS)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ReviewError, match="--file, or run from its folder"):
        desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS)
    monkeypatch.chdir(item.parent)  # the name is found in the current folder, and its bytes checked
    desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS)
    assert "13812345678" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_an_older_data_folder_is_tightened_and_forgets_paths(desk, item, tmp_path, monkeypatch):
    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.close()
    home = desk.home
    record = home / "reviews" / f"{rid}.json"
    record.write_text(json.dumps({"review_id": rid, "path": str(item.resolve())}, ensure_ascii=False),
                      encoding="utf-8")  # what an older version wrote, with an older version's modes
    for path in [home, home / "reviews", home / "keys"]:
        os.chmod(path, 0o755)
    for path in [record, home / "audit.sqlite3", home / "audit.head", *(home / "keys").iterdir()]:
        os.chmod(path, 0o644)
    with ReviewDesk(home) as reopened:
        assert json.loads(record.read_text(encoding="utf-8")) == {"review_id": rid, "file_name": "张三丰申请.txt",
                                                                  "sha256": None}
        assert _mode(home) == 0o700 and _mode(record) == 0o600
        assert _mode(home / "audit.sqlite3") == 0o600 and _mode(home / "audit.head") == 0o600
        assert all(_mode(p) == 0o600 for p in (home / "keys").iterdir()) and _mode(home / "keys") == 0o700
        monkeypatch.chdir(item.parent)
        assert reopened.start(item.name, "王审查", PASS, phone_scan).resumed
    assert all(_mode(p) == 0o700 for p in home.rglob("*") if p.is_dir())
