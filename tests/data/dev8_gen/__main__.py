"""python -m tests.data.dev8_gen [--out DIR]"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.dev8_gen"

from tests.data.dev3_gen.dataset import main
from tests.data.dev8_gen import DEFAULT_OUT, write

if __name__ == "__main__":
    raise SystemExit(main("tests.data.dev8_gen", DEFAULT_OUT, write))
