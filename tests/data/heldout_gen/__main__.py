"""``python -m tests.data.heldout_gen [--out DIR]``: regenerate the held-out set (default tests/data/heldout)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.heldout_gen"

from tests.data.heldout_gen.build import write  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / "heldout"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT, help="output folder (default: tests/data/heldout)")
    args = ap.parse_args(argv)
    files = write(args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
