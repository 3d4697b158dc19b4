"""Four real processes race on one desk home for 20 rounds: start the same bytes, decide, sign, start
again.  Afterwards no decision follows a sign-off, no review id is used twice, no bytes have two open
reviews, and ``log verify`` passes; a decision appended after a sign-off around the workflow (as
someone holding a reviewer's key could) then makes ``log verify`` and ``publish`` fail."""

from __future__ import annotations

import multiprocessing
import traceback
from collections import Counter

import pytest

from passphrase import PASS
from phone_scan import phone_scan
from review_desk.cli import main
from review_desk.cli.exit_codes import EXIT_LOG_BROKEN
from review_desk.core.errors import ReviewDeskError
from review_desk.core.review import DecisionInput, ReviewDesk
from review_desk.core.review import events as ev
from review_desk.core.review.integrity import verify_desk

WORKERS, ROUNDS = 4, 20
OWNERS = ("王审查", "王审查", "李复核", "李复核")  # two processes per reviewer: rival owners and rival hands


def _item(folder, n):
    path = folder / f"item{n}.txt"
    path.write_text(f"第{n}号答复\n联系电话138{n:08d}，备用电话139{n:08d}。\n", encoding="utf-8")
    return path


def _worker(home, folder, index, barrier, results):
    outcome: Counter = Counter()
    try:
        with ReviewDesk(home) as desk:
            me = desk.identity(OWNERS[index], PASS)
            for n in range(ROUNDS):
                path = str(folder / f"item{n}.txt")
                barrier.wait(60)
                steps = ["start", "decide" if index % 2 == 0 else "sign", "start", "decide"]
                review_id = None
                for step in steps:
                    try:
                        if step == "start":
                            review_id = desk.start(path, me, None, phone_scan).review.review_id
                        elif review_id is None:
                            continue
                        elif step == "decide":
                            state = desk.review(review_id)
                            action = ("mask", "redact")[(n + index) % 2]
                            desk.decide(review_id, [DecisionInput(f, action) for f in state.findings], me)
                        else:
                            desk.accept_suggested(review_id, me)
                            desk.sign(review_id, "public", me)
                        outcome[step + " ok"] += 1
                    except ReviewDeskError as exc:  # refused by a rule: the expected answer to a lost race
                        outcome[f"{step} {exc.code.value}"] += 1
    except Exception:  # noqa: BLE001 - reported to the test, which fails on it
        results.put((index, "crash", traceback.format_exc()))
        return
    results.put((index, "done", dict(outcome)))


def _entries_by_review(desk):
    started, events = Counter(), {}
    for e in desk.log.entries():
        rid = e.payload.get("review_id")
        if e.event == ev.REVIEW_STARTED:
            started[rid] += 1
        if rid:
            events.setdefault(rid, []).append(e.event)
    return started, events


@pytest.mark.slow
def test_racing_processes_leave_one_review_per_item_and_no_decision_after_a_signoff(desk, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    folder = tmp_path / "items"
    folder.mkdir()
    for n in range(ROUNDS):
        _item(folder, n)
    desk.close()
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=_worker, args=(desk.home, folder, i, barrier, results)) for i in range(WORKERS)]
    for w in workers:
        w.start()
    reports = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(30)
    crashes = [r[2] for r in reports if r[1] == "crash"]
    assert not crashes, crashes[0]
    totals = sum((Counter(r[2]) for r in reports), Counter())
    assert totals["sign ok"] >= 1 and totals["start ok"] >= ROUNDS, totals

    with ReviewDesk(desk.home) as after:
        started, events = _entries_by_review(after)
        assert max(started.values()) == 1  # no review id was ever started twice
        for rid, kinds in events.items():
            if ev.REVIEW_SIGNED in kinds:  # nothing changes a review after its sign-off
                assert not {ev.FINDING_DECIDED, ev.FINDING_ADDED} & set(kinds[kinds.index(ev.REVIEW_SIGNED):]), rid
        reviews = after.reviews()
        open_per_item = Counter(r.sha256 for r in reviews.values() if r.is_open)
        assert not open_per_item or max(open_per_item.values()) == 1
        assert not [a for r in reviews.values() for a in r.anomalies]
        assert verify_desk(after.home).ok

        # the attacker: a decision appended after a sign-off, validly chained and signed
        signed = next(r for r in reviews.values() if r.signature is not None)
        owner = after.identity(after.reviewer(signed.reviewer).name, PASS)
        fid = next(iter(signed.findings))
        after.log.append(ev.FINDING_DECIDED, {"review_id": signed.review_id, "finding_id": fid, "action": "keep",
                                              "basis": "penalty_publicity", "note": None, "suggested": False},
                         owner.reviewer.fingerprint, owner.key)
        assert verify_desk(after.home).code == "decision_after_signoff"
    out = tmp_path / "published.txt"
    assert main(["--home", str(desk.home), "log", "verify"]) == EXIT_LOG_BROKEN
    code = main(["--home", str(desk.home), "publish", signed.review_id, "-o", str(out),
                 "--file", str(folder / f"item{int(signed.file_name[4:-4])}.txt")])
    assert code == EXIT_LOG_BROKEN and not out.exists()
