"""The data folder is the owner's only (folders 0700, files 0600) and the log's review records hold the
keyed hash of a file's name and its SHA-256, never the name or a path; a folder an older version left
(0644 files, review records as reviews/*.json, some with absolute paths) is tightened, and its records
move into the log (name hash and SHA-256 only), when the desk opens it."""

from __future__ import annotations

import json
import os
import sqlite3
import stat

import pytest

from passphrase import PASS
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
    assert {p.name for p in files} >= {"audit.sqlite3", "audit.head", "audit.secret"}
    assert {p.relative_to(home).as_posix(): _mode(p) for p in files} == \
        {p.relative_to(home).as_posix(): 0o600 for p in files}
    assert all(_mode(p) == 0o700 for p in home.rglob("*") if p.is_dir())


def test_a_review_record_holds_the_name_and_hash_only(desk, item, tmp_path, monkeypatch):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    assert desk.log.file_of(rid) == (desk.log.keyed_hash("张三丰申请.txt"), started.review.sha256)
    rows = sqlite3.connect(desk.home / "audit.sqlite3").execute("SELECT * FROM review_files").fetchall()
    assert len(rows) == 1 and str(item.parent) not in repr(rows) and "张三丰" not in repr(rows)
    assert not (desk.home / "reviews").exists()
    desk.start(str(item), "王审查", PASS, phone_scan)  # resumed: the same record is not written again
    assert sqlite3.connect(desk.home / "audit.sqlite3").execute("SELECT count(*) FROM review_files").fetchone() == (1,)
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "public", "王审查", PASS)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ReviewError, match="--file, or run from its folder"):
        desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS)
    monkeypatch.chdir(item.parent)  # the name is found in the current folder, and its bytes checked
    desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS)
    assert "13812345678" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def _as_schema_1(home):
    """Turn the log back into what an older version wrote: schema 1, without the review_files table."""
    conn = sqlite3.connect(home / "audit.sqlite3", isolation_level=None)
    for name in ("review_files_no_update", "review_files_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE review_files")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_an_older_data_folder_is_tightened_and_forgets_paths(desk, item, tmp_path, monkeypatch):
    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.close()
    home = desk.home
    _as_schema_1(home)
    (home / "reviews").mkdir()
    record = home / "reviews" / f"{rid}.json"
    record.write_text(json.dumps({"review_id": rid, "path": str(item.resolve())}, ensure_ascii=False),
                      encoding="utf-8")  # what an older version wrote, with an older version's modes
    other = home / "reviews" / "R-000000000000-1.json"
    other.write_text(json.dumps({"review_id": "R-000000000000-1", "file_name": "旧.txt", "sha256": "ab" * 32}))
    for path in [home, home / "reviews", home / "keys"]:
        os.chmod(path, 0o755)
    for path in [record, home / "audit.sqlite3", home / "audit.head", *(home / "keys").iterdir()]:
        os.chmod(path, 0o644)
    with ReviewDesk(home) as reopened:
        assert reopened.log.file_of(rid) == (reopened.log.keyed_hash("张三丰申请.txt"), None)
        assert reopened.log.file_of("R-000000000000-1") == (reopened.log.keyed_hash("旧.txt"), "ab" * 32)
        names = repr(sqlite3.connect(home / "audit.sqlite3").execute("SELECT * FROM review_files").fetchall())
        assert "张三丰" not in names and "旧" not in names
        assert not (home / "reviews").exists()  # moved into the log, paths gone with the files
        assert str(item.parent).encode() not in (home / "audit.sqlite3").read_bytes()
        assert sqlite3.connect(home / "audit.sqlite3").execute("PRAGMA user_version").fetchone() == (2,)
        assert _mode(home) == 0o700
        assert _mode(home / "audit.sqlite3") == 0o600 and _mode(home / "audit.head") == 0o600
        assert all(_mode(p) == 0o600 for p in (home / "keys").iterdir()) and _mode(home / "keys") == 0o700
        monkeypatch.chdir(item.parent)
        assert reopened.start(item.name, "王审查", PASS, phone_scan).resumed
    assert all(_mode(p) == 0o700 for p in home.rglob("*") if p.is_dir())
