"""`python -m tests.data.dev2_gen [--out DIR]` (or run this file as a script)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.dev2_gen"

from tests.data.dev2_gen import OUT_DEFAULT, generate  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT_DEFAULT, help="output folder (default tests/data/dev2)")
    args = ap.parse_args(argv)
    files = generate(args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
