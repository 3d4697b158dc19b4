"""What every labelled development set's integrity test checks the same way: loading a gold file and
its text, the span checks every set must pass, and that the set's generator reproduces the committed
files byte for byte.  Each ``tests/test_devN_integrity.py`` adds its own promised cases on top."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from check_digits import id_check_ok

ROOT = Path(__file__).resolve().parents[2]


def load(folder: Path, gold_path: Path) -> tuple[dict, str]:
    """A gold file and the text it annotates, decoded as the gold file says."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold, (folder / gold["file"]).read_bytes().decode(gold["encoding"])


def check_spans(gold: dict, text: str, check_entity: Callable[[dict], None]) -> None:
    """Every span slices exactly out of the text, entities overlap neither each other nor a trap, ID
    numbers pass their check character, every occurrence of an annotated value is annotated, and
    ``check_entity`` (the set's own shape rules) holds for each entity."""
    for s in gold["entities"] + gold["traps"]:
        assert text[s["start"]:s["end"]] == s["text"], s
    ents = sorted(gold["entities"], key=lambda s: s["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for t in gold["traps"]:
        assert all(t["end"] <= e["start"] or e["end"] <= t["start"] for e in ents), t
    for e in ents:
        check_entity(e)
        if e["type"] == "CN_ID_CARD":
            assert id_check_ok(e["text"]), e
        i = text.find(e["text"])
        while i >= 0:  # every occurrence of an annotated value is annotated
            assert any(s["start"] <= i and i + len(e["text"]) <= s["end"] for s in ents), (e, i)
            i = text.find(e["text"], i + 1)


def check_no_person_allowed(folder: Path, golds: list[tuple[dict, str]]) -> None:
    """The set's ``agency.txt`` allow list names no private person the set annotates."""
    allow = set((folder / "agency.txt").read_text(encoding="utf-8").splitlines())
    persons = {e["text"] for gold, _ in golds for e in gold["entities"] if e["type"] == "PERSON"}
    assert not persons & allow, persons & allow


def check_regenerates(generator: str, folder: Path, tmp_path: Path) -> None:
    """``python -m <generator> --out tmp_path`` writes the committed files of ``folder`` byte for byte."""
    subprocess.run([sys.executable, "-m", generator, "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    for f in sorted(p for p in folder.iterdir() if p.name != "README.md"):
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name
