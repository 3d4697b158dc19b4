"""python -m tests.data.dev3_gen [--out DIR]"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.dev3_gen"

from tests.data.dev3_gen.dataset import main  # noqa: E402 - after the sys.path set-up above
from tests.data.dev3_gen import DEFAULT_OUT, write  # noqa: E402 - after the sys.path set-up above

if __name__ == "__main__":
    raise SystemExit(main("tests.data.dev3_gen", DEFAULT_OUT, write))
