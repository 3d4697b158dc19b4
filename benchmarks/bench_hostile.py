"""How fast hostile or huge inputs are refused or read (the timings the unit tests no longer assert).

* a 70 KB .docx that inflates to a 1.1-million-character paragraph: refused (``too_large``);
* a billion-laughs entity bomb in ``word/document.xml``: refused (``unsafe_xml``);
* one paragraph of 5,000 and of 40,000 runs: read; the ratio shows linear (about 8x), not
  quadratic (about 64x) growth.

Prints one line per case; exits 1 when a refusal takes over its budget or the runs grow
quadratically, so ``make bench`` shows a regression.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))

from docx_factory import docx_bytes, p, r

from review_desk.core.document import read_document
from review_desk.core.errors import DocumentError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

#: Budgets (seconds) for the refusals, generous for a slow machine.
REFUSE_HUGE_S, REFUSE_BOMB_S = 30.0, 5.0
#: 8x the runs may cost at most this many times the time (linear is ~8x).
RUNS_RATIO_MAX = 20.0


def _timed_refusal(path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        read_document(path)
    except DocumentError as exc:
        return time.perf_counter() - start, exc.code.value
    return time.perf_counter() - start, "read (not refused!)"


def _read_runs(folder: Path, count: int) -> float:
    path = folder / f"runs{count}.docx"
    path.write_bytes(docx_bytes([p(*[r(str(i % 10)) for i in range(count)])]))
    start = time.perf_counter()
    read_document(path)
    return time.perf_counter() - start


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        huge = folder / "huge.docx"
        huge.write_bytes(docx_bytes(["张三电话13812345678。" * 70_000]))
        seconds, code = _timed_refusal(huge)
        print(f"1.1-million-character paragraph ({huge.stat().st_size // 1024} KB): {code} in {seconds:.2f} s")
        failed |= code != "too_large" or seconds > REFUSE_HUGE_S
        bomb = folder / "laughs.docx"
        bomb.write_bytes(docx_bytes(document_xml=BILLION_LAUGHS))
        seconds, code = _timed_refusal(bomb)
        print(f"billion laughs: {code} in {seconds * 1000:.0f} ms")
        failed |= code != "unsafe_xml" or seconds > REFUSE_BOMB_S
        small = min(_read_runs(folder, 5_000) for _ in range(2))
        large = _read_runs(folder, 40_000)
        print(f"one paragraph of runs: 5,000 in {small:.2f} s, 40,000 in {large:.2f} s "
              f"(x{large / small:.1f}; linear ~x8)")
        failed |= large > RUNS_RATIO_MAX * small
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
