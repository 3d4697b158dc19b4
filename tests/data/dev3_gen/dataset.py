"""The steps every development-set generator (dev 3, dev 4, dev 5) shares: build the documents in
order with their own seeded context, write them with their gold files and allow list, and the
``python -m tests.data.devN_gen`` command line."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path


def build_set(ctx, makers: Sequence[Callable], id_ok: Callable) -> list:
    """Each maker's document, numbered from 1, its IDs checked; public officials never double as
    private persons anywhere in the set."""
    docs = []
    for num, make in enumerate(makers, start=1):
        ctx.start(num)
        d = make(ctx)
        assert d.num == num, (d.num, num)
        d.check(id_ok)
        docs.append(d)
    persons = {e["text"] for d in docs for e in d.entities if e["type"] == "PERSON"}
    assert not persons & set(ctx.bank.officials)
    return docs


def write_set(out: Path, docs: list, agency_text: str) -> list:
    """``out`` holds exactly ``docs`` (text and gold JSON) and the allow list ``agency.txt``."""
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.txt")) + list(out.glob("*.gold.json")):
        old.unlink()
    for d in docs:
        (out / d.name).write_bytes(d.raw())
        (out / d.name.replace(".txt", ".gold.json")).write_bytes(d.gold_json().encode("utf-8"))
    (out / "agency.txt").write_bytes(agency_text.encode("utf-8"))
    (out / ".gitattributes").write_bytes(b"* -text\n")
    return docs


def main(package: str, default_out: Path, write: Callable[[Path], list], argv=None) -> int:
    """``python -m <package> [--out DIR]``: write the set and print what it holds."""
    ap = argparse.ArgumentParser(prog=f"python -m {package}")
    ap.add_argument("--out", type=Path, default=default_out)
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
