"""Desk responsiveness (issue: window visible ≤ 1.5 s after launch; first findings of a 20-page
document ≤ 2 s after the model has loaded).

1. Launch: wall time from starting ``python -m review_desk gui`` (offscreen) to the first event-loop
   turn after the main window was shown, measured over several fresh processes.
2. First findings: in one process, with the model already loaded, the time from ``open_file`` on a
   20-page .docx (≈ 15,000 characters) until its findings are in the table.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_long_docx import make_long_docx

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from review_desk.gui import app
window = app.start([])
def shown():
    print("SHOWN", time.time(), window.isVisible(), flush=True)
    app.QApplication.instance().quit()
QTimer.singleShot(0, shown)
app.QApplication.instance().exec()
"""


def launch_times(runs: int = 5) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEW_DESK_HOME=str(Path(tmp) / "home"),
                   XDG_CONFIG_HOME=tmp)
        for _ in range(runs):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
            line = next(ln for ln in out.stdout.splitlines() if ln.startswith("SHOWN"))
            times.append(float(line.split()[1]) - start)
    return times


def first_findings() -> tuple[float, int, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from review_desk.gui import app
    from review_desk.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twenty_pages.docx"
        chars = make_long_docx(path, 15_000)
        lazy = app.LazyDetector()
        app.application()
        lazy()  # the model is loaded before the clock starts
        window = MainWindow(lazy, pool=QThreadPool(), home=Path(tmp) / "home")
        window.show()
        start = time.perf_counter()
        window.open_file(str(path))
        while window.draft is None:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        rows = window.model.rowCount()
        window.close()
        return elapsed, chars, rows


def decision_latency() -> tuple[float, float, int]:
    """Median and max time of one keyboard decision (recolouring every highlight) on 100,000 chars."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from review_desk.gui import app
    from review_desk.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.docx"
        make_long_docx(path, 100_000)
        lazy = app.LazyDetector()
        lazy()
        window = MainWindow(lazy, pool=QThreadPool(), home=Path(tmp) / "home")
        window.show()
        window.open_file(str(path))
        while window.draft is None:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        times = []
        before = len(window.draft.decisions)
        for _ in range(30):
            start = time.perf_counter()
            current = window.draft.by_id[window.current_fid()]  # marks come first in the queue
            window.decide("block" if current.type == "CLASSIFIED_MARK" else "mask")
            QCoreApplication.processEvents()
            times.append(time.perf_counter() - start)
        rows = window.model.rowCount()
        assert len(window.draft.decisions) - before == 30, "decisions were refused: they were not measured"
        window.close()
        return statistics.median(times), max(times), rows


def main() -> None:
    times = launch_times()
    print(f"window visible after launch (fresh process, offscreen): median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s over {len(times)} runs")
    elapsed, chars, rows = first_findings()
    print(f"first findings of a 20-page .docx ({chars} characters, {rows} findings) after the model loaded: "
          f"{elapsed:.2f} s")
    median, worst, rows = decision_latency()
    print(f"one keyboard decision on a 100,000-character .docx ({rows} findings): median {median * 1000:.0f} ms, "
          f"max {worst * 1000:.0f} ms")


if __name__ == "__main__":
    main()
