"""The time budget per document: checked between batches of the scan, past it the scan stops with
``time_limit`` (exit 3 like ``too_large``); nothing is written and nothing is lost — scan reports it
in the file's result and goes on with the next file, review start logs nothing."""

from __future__ import annotations

import json
import time

import pytest

from review_desk.cli.exit_codes import EXIT_UNREADABLE, exit_code
from review_desk.core.detect import budget
from review_desk.core.detect.budget import TimeLimitExceeded
from review_desk.core.detect.finding import RawDetection
from review_desk.core.detect.scanner import BATCH_CHARS, scan_document, scan_path
from review_desk.core.document import read_document
from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.names import ERRORS

LINE = "联系电话13812345678。" + "这是一段很长的正文。" * (BATCH_CHARS // 10)  # one batch per line


class ClockedDetector:
    """Finds mobiles; each call to it takes ``cost`` seconds on the fake clock ``now``."""

    def __init__(self, cost: float) -> None:
        self.now, self.cost, self.calls = 0.0, cost, 0

    def clock(self) -> float:
        return self.now

    def detect_many(self, texts, *, contexts=None):
        self.calls += 1
        self.now += self.cost
        out = []
        for text in texts:
            i = text.find("138")
            out.append([RawDetection("PHONE_NUMBER", i, i + 11, 0.9, "Fake", text[i:i + 11])] if i >= 0 else [])
        return out


@pytest.fixture
def long_text(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n".join([LINE] * 6) + "\n", encoding="utf-8")
    return path


def test_within_the_budget_every_line_is_scanned(long_text):
    detector = ClockedDetector(cost=10)
    findings = scan_document(read_document(str(long_text)), detector, time_limit=100, clock=detector.clock)
    assert len(findings) == 6 and detector.calls == 6


def test_past_the_budget_the_scan_stops_between_batches(long_text):
    detector = ClockedDetector(cost=10)
    with pytest.raises(TimeLimitExceeded) as caught:
        scan_document(read_document(str(long_text)), detector, time_limit=25, clock=detector.clock)
    assert detector.calls == 3  # stopped at the first check past 25 s, not at the end
    error = caught.value
    assert error.code is ErrorCode.TIME_LIMIT and exit_code(error) == EXIT_UNREADABLE
    assert "25 s" in error.message and "of" in error.message and "long.txt" in error.message
    assert "时间上限" in ERRORS[ErrorCode.TIME_LIMIT]


def test_a_tiny_budget_in_real_time(long_text):
    class Slow(ClockedDetector):
        def detect_many(self, texts, *, contexts=None):
            time.sleep(0.02)
            return super().detect_many(texts, contexts=contexts)

    detector = Slow(cost=0)
    with pytest.raises(TimeLimitExceeded):
        scan_document(read_document(str(long_text)), detector, time_limit=0.01)
    assert detector.calls < 6


def test_the_budget_comes_from_the_environment(long_text, monkeypatch):
    monkeypatch.setenv(budget.ENV_SCAN_SECONDS, "0.000001")
    result = scan_path(str(long_text), ClockedDetector(cost=1))
    assert result.errors[0]["code"] == "time_limit" and result.findings == () and result.sha256
    for bad in ("0", "-5", "soon", "inf"):
        monkeypatch.setenv(budget.ENV_SCAN_SECONDS, bad)
        with pytest.raises(ReviewDeskError) as caught:
            budget.scan_seconds()
        assert caught.value.code is ErrorCode.USAGE
    monkeypatch.delenv(budget.ENV_SCAN_SECONDS)
    assert budget.scan_seconds() == budget.DEFAULT_SCAN_SECONDS == 300


def test_review_start_past_the_budget_logs_nothing(long_text, tmp_path):
    from review_desk.core.review import ReviewDesk

    detector = ClockedDetector(cost=10)
    with ReviewDesk(tmp_path / "home") as desk:
        desk.add_reviewer("王审查", "办公室", "correct-horse-battery")
        entries = len(desk.log)
        with pytest.raises(TimeLimitExceeded):
            desk.start(str(long_text), "王审查", "correct-horse-battery",
                       lambda doc: scan_document(doc, detector, time_limit=15, clock=detector.clock))
        assert len(desk.log) == entries and desk.reviews() == {}


@pytest.mark.model
def test_scan_command_reports_the_file_and_goes_on(long_text, tmp_path, monkeypatch, capsys, ner_model):
    from review_desk.cli import main

    small = tmp_path / "small.txt"
    small.write_text("联系电话13812345678。\n", encoding="utf-8")
    monkeypatch.setenv(budget.ENV_SCAN_SECONDS, "0.000001")
    code = main(["scan", "--json", "--workers", "1", str(long_text), str(small)])
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == EXIT_UNREADABLE and [r["path"] for r in results] == [str(long_text), str(small)]
    assert all(r["errors"][0]["code"] == "time_limit" and r["sha256"] for r in results)
