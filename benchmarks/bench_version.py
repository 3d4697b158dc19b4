"""Time of ``review-desk --version`` (must not load spaCy, Presidio or Qt)."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

CLI = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "review-desk"


def main() -> None:
    walls = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([str(CLI), "--version"], check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    print(f"review-desk --version: median {statistics.median(walls) * 1000:.0f} ms, "
          f"max {max(walls) * 1000:.0f} ms over {len(walls)} runs")


if __name__ == "__main__":
    main()
