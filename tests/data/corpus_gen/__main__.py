"""Regenerate the corpus: ``python -m tests.data.corpus_gen [--out DIR] [--quiet]``.

Also runnable as ``python tests/data/corpus_gen/__main__.py``.  By default writes
``tests/data/corpus`` and ``tests/data/docx``; with ``--out DIR`` writes ``DIR/corpus`` and
``DIR/docx`` instead (the integrity test regenerates into a temporary directory and compares).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make "tests.data.corpus_gen" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "tests.data.corpus_gen"  # noqa: A001

from tests.data.corpus_gen.docx_writer import write_docx_corpus  # noqa: E402
from tests.data.corpus_gen.writer import write_corpus  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.data.corpus_gen", description=__doc__)
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="directory to write corpus/ and docx/ into")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    stats = write_corpus(args.out / "corpus")
    docx_stats = write_docx_corpus(args.out / "docx")
    if not args.quiet:
        print(f"text documents: {len(stats['files'])}")
        for name, n_chars, n_ent, n_trap in stats["files"]:
            print(f"  {name:34s} {n_chars:5d} chars {n_ent:4d} entities {n_trap:4d} traps")
        print("entities:", sum(stats["entities"].values()))
        for k, v in sorted(stats["entities"].items()):
            print(f"  {k:20s} {v}")
        print("traps:", sum(stats["traps"].values()))
        for k, v in sorted(stats["traps"].items()):
            print(f"  {k:20s} {v}")
        print("encodings:", dict(sorted(stats["encodings"].items())))
        print(f"docx files: {len(docx_stats['files'])}, expected values: {docx_stats['expect']}")
        for name, place, n in docx_stats["files"]:
            print(f"  {name:32s} {place:24s} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
