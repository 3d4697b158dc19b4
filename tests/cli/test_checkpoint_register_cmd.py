"""A truncated PostgreSQL register through the command line: the register's owner deletes the newest
entries; a desk that never appended (an auditor's) has no head file to notice it, so ``log verify``
passes, and ``log verify --against`` the checkpoint kept outside fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_desk.cli import main

PASS = "correct-horse-battery"
pytestmark = pytest.mark.postgres


def run(capsys, home: Path, database: str, *args) -> tuple[int, object, str]:
    code = main(["--home", str(home), "--database", database, *map(str, args)])
    captured = capsys.readouterr()
    out = captured.out.strip()
    try:
        data = json.loads(out) if out else None
    except ValueError:
        data = out
    return code, data, captured.err


def test_a_truncated_register_passes_log_verify_and_fails_against_the_kept_checkpoint(capsys, pg_register, tmp_path,
                                                                                       monkeypatch):
    from pg_register import RawRegister

    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    desk, auditor, url = tmp_path / "desk", tmp_path / "auditor", pg_register.url
    for name in ("王审查", "李复核"):
        assert run(capsys, desk, url, "reviewer", "add", "--name", name)[0] == 0
    for n in range(3):  # three signed exports: entries 3, 4, 5
        code, _, err = run(capsys, desk, url, "log", "export", "--pdf", tmp_path / f"log-{n}.pdf", "--reviewer", "王审查")
        assert code == 0, err
    kept = tmp_path / "kept.json"
    code, exported, err = run(capsys, desk, url, "log", "checkpoint", "--export", kept, "--reviewer", "李复核")
    assert code == 0 and exported["tree_size"] == 5, err
    assert run(capsys, auditor, url, "log", "verify", "--against", kept)[0] == 0
    attacker = RawRegister(pg_register.owner_url)
    attacker.execute("DELETE FROM entries WHERE seq > 3")
    attacker.execute("DELETE FROM checkpoints WHERE tree_size > 3")
    attacker.close()
    code, verified, _ = run(capsys, auditor, url, "log", "verify", "--json")
    assert code == 0 and verified["ok"] and verified["entries"] == 3  # on its own the register looks intact
    code, data, _ = run(capsys, auditor, url, "log", "verify", "--json", "--against", kept)
    assert code == 7 and data["ok"] and data["against"]["code"] == "log_rolled_back"
    code, text, _ = run(capsys, auditor, url, "log", "verify", "--against", kept)
    assert code == 7 and "holds 3 entries" in text and "covers 5" in text and "rolled back" in text
    # the desk that appended catches it without the kept checkpoint too (its head file)
    code, text, _ = run(capsys, desk, url, "log", "verify")
    assert code == 7 and "truncated" in text


def test_a_desk_whose_head_file_for_the_register_was_deleted_is_warned(capsys, pg_register, tmp_path, monkeypatch):
    from review_desk.core.audit.verify import NO_HEAD_WARNING

    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    desk, auditor, url = tmp_path / "desk", tmp_path / "auditor", pg_register.url
    assert run(capsys, desk, url, "reviewer", "add", "--name", "王审查")[0] == 0
    code, verified, _ = run(capsys, desk, url, "log", "verify", "--json")
    assert code == 0 and verified["ok"] and verified["warnings"] == []
    code, verified, _ = run(capsys, auditor, url, "log", "verify", "--json")  # never appended: normal
    assert code == 0 and verified["ok"] and verified["warnings"] == []
    (head,) = desk.glob("register-*.head")
    head.unlink()
    code, verified, _ = run(capsys, desk, url, "log", "verify", "--json")
    assert code == 0 and verified["ok"] and verified["warnings"] == [NO_HEAD_WARNING]
    code, text, _ = run(capsys, desk, url, "log", "verify")
    assert code == 0 and "log intact" in text
    assert "warning: this desk has no head for the register; only an exported checkpoint (log verify --against) " \
           "proves it was not truncated" in text
