"""The real-text PERSON benchmark's readers and scoring (no model, no data folder needed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "real_text_persons.py"
_spec = importlib.util.spec_from_file_location("real_text_persons", _PATH)
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("real_text_persons", bench)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]


def test_reads_bmes_and_bio(tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text(
        "张 B-PER\n三 E-PER\n说 O\n李 S-PER\n\n王 B-PER\n小 I-PER\n明 I-PER\n到 O\n",
        encoding="utf-8",
    )
    s = bench.read_msra(f)
    assert [x.text for x in s] == ["张三说李", "王小明到"]
    assert s[0].persons == ((0, 2), (3, 4))
    assert s[1].persons == ((0, 3),)


def test_reads_cluener_inclusive_ends(tmp_path: Path) -> None:
    f = tmp_path / "c.json"
    rec = {"text": "彭小军认为", "label": {"name": {"彭小军": [[0, 2]]}}}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert bench.read_cluener(f)[0].persons == ((0, 3),)


def test_score_leaves_out_public_figures_and_one_character_names() -> None:
    sent = bench.Sentence("习近平会见张三和江", ((0, 3), (5, 7), (8, 9)))
    sc = bench.score([sent], [[(0, 3), (5, 7), (8, 9)]])
    assert (sc.gold, sc.predicted, sc.true_positive) == (1, 1, 1)
    sc = bench.score([sent], [[(4, 7)]])
    assert (sc.gold, sc.predicted, sc.true_positive) == (1, 1, 0)
    assert sc.precision == 0.0 and sc.recall == 0.0


def test_missing_data_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(tmp_path), "--limit", "1"]) == 0
    assert "skipped" in capsys.readouterr().out
