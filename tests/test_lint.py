"""Habits the linters do not check: every ``# noqa`` names its rule and says why."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: A noqa comment with no rule, or with rules and nothing after them.
BARE_NOQA = re.compile(r"#\s*noqa(?::\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)?\s*$")


def _python_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [ROOT / name for name in listed if not name.startswith("tests/data/")]


def test_every_noqa_gives_a_reason():
    bare = [f"{path.relative_to(ROOT)}:{number}" for path in _python_files() if path.is_file()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if BARE_NOQA.search(line)]
    assert bare == [], "a # noqa without a reason (write `# noqa: CODE - why`): " + ", ".join(bare)


def test_the_pattern_tells_bare_from_explained():
    assert BARE_NOQA.search("x = 1  # noqa: E402")
    assert BARE_NOQA.search("x = 1  # noqa")
    assert not BARE_NOQA.search("x = 1  # noqa: E402 - after the sys.path set-up")
