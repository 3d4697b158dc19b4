"""Redaction speed: wall time of ``review-desk redact`` on a 100,000-character .docx (issue: ≤ 5 s).

Prints the end-to-end wall time of the command in a fresh process (interpreter start, model load,
reading, detection, writing, sanitizing and the residual check included), then an in-process
breakdown of the stages after detection.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_long_docx import make_long_docx

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "review-desk"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.docx"
        chars = make_long_docx(path, 100_000)
        walls = []
        for run in range(3):
            out = Path(tmp) / f"out{run}.docx"
            start = time.perf_counter()
            done = subprocess.run([str(CLI), "redact", str(path), "-o", str(out)], capture_output=True, text=True)
            walls.append(time.perf_counter() - start)
            assert done.returncode in (0, 5), done.stderr
        print(f"document: {chars} characters, {path.stat().st_size} bytes")
        print(f"redact wall time (fresh process, model load included): median {statistics.median(walls):.2f} s, "
              f"min {min(walls):.2f} s over {len(walls)} runs")

        from review_desk.core.detect.detector import Detector
        from review_desk.core.detect.scanner import scan_document
        from review_desk.core.document import read_document
        from review_desk.core.redact import engine, load_policy, redact_document, suggested_redactions

        detector = Detector()
        t0 = time.perf_counter()
        doc = read_document(path)
        t1 = time.perf_counter()
        findings = scan_document(doc, detector)
        t2 = time.perf_counter()
        policy = load_policy()
        stages: dict[str, float] = {}
        original_check = engine.residual_check

        def timed_check(*args, **kwargs):
            s = time.perf_counter()
            result = original_check(*args, **kwargs)
            stages["residual check"] = time.perf_counter() - s
            return result

        engine.residual_check = timed_check
        report = redact_document(doc, suggested_redactions(findings, policy), Path(tmp) / "inproc.docx", policy)
        t3 = time.perf_counter()
        print(f"in process: read {t1 - t0:.2f} s, detect {t2 - t1:.2f} s ({len(findings)} findings), "
              f"write + sanitize + re-read + check {t3 - t2:.2f} s "
              f"(of which residual check {stages.get('residual check', 0):.2f} s); "
              f"{len(report.applied)} values de-identified")


if __name__ == "__main__":
    main()
