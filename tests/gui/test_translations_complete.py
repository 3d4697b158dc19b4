"""Every user-visible string of the GUI (each tr() / translate() call) has a Chinese translation:
lupdate is run over the GUI code into a copy of the committed .ts, and nothing may come out
unfinished."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "review_desk_zh_CN.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_gui_string_is_translated(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    done = subprocess.run([str(LUPDATE), "-extensions", "py", "-locations", "none", str(ROOT / "src" / "review_desk" / "gui"),
                           "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = copy.read_text(encoding="utf-8")
    missing = [line.strip() for line in text.splitlines() if 'type="unfinished"' in line]
    assert not missing, f"{len(missing)} GUI string(s) without a Chinese translation: run `make ts` and translate them"
    assert text.count("<message") > 150
