"""python -m tests.data.dev5_gen [--out DIR]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.dev5_gen"

from tests.data.dev5_gen import DEFAULT_OUT, write


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.data.dev5_gen")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    docs = write(args.out)
    types = Counter(e["type"] for d in docs for e in d.entities)
    kinds = Counter(t["kind"] for d in docs for t in d.traps)
    chars = [len(d.text) for d in docs]
    print(f"{len(docs)} documents -> {args.out}; {sum(chars)} chars (min {min(chars)}, max {max(chars)}, "
          f"mean {sum(chars) / len(chars):.0f})")
    print("entities:", dict(sorted(types.items())))
    print("traps:", dict(sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
