"""Scan throughput: wall time of ``review-desk scan --json`` on a 100,000-character .docx.

Prints the end-to-end wall time of the command in a fresh process (interpreter start, analyzer
construction and reading included) and the in-process throughput of read + detect, in chars/s.
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
        for _ in range(3):
            start = time.perf_counter()
            out = subprocess.run([str(CLI), "scan", "--json", str(path)], capture_output=True, text=True)
            walls.append(time.perf_counter() - start)
            assert out.returncode == 0, out.stderr
        print(f"document: {chars} characters, {path.stat().st_size} bytes")
        print(f"scan --json wall time (fresh process, analyzer load included): "
              f"median {statistics.median(walls):.2f} s, min {min(walls):.2f} s over {len(walls)} runs")

        t0 = time.perf_counter()
        from review_desk.core.detect.detector import Detector
        from review_desk.core.detect.scanner import scan_path

        detector = Detector()
        t1 = time.perf_counter()
        result = scan_path(str(path), detector)
        t2 = time.perf_counter()
        print(f"imports + detector construction: {t1 - t0:.2f} s")
        print(f"read + detect in process: {t2 - t1:.2f} s = {chars / (t2 - t1):,.0f} chars/s, "
              f"{len(result.findings)} findings")


if __name__ == "__main__":
    main()
