"""PERSON recall / precision on real text nobody here wrote: the MSRA NER test set and the
CLUENER dev set (news and web text, ``../shared/ner-data``; see its README for sources and licences).

Measurement only: neither set is used to write or tune rules (MSRA test is also kept out of the
model's training; CLUENER dev was used to select the model, see models/README.md).

Two systems are measured on the same sentences, with exact spans:

* ``detector``: the product's :class:`Detector` (model + name rules + overlap resolution), its
  PERSON findings;
* ``model``: the shipped NER model alone, its PERSON entities.

As the product intends, national leaders and public figures (``name_words.PUBLIC_FIGURES``) and
one-character names (``江``, ``李``) are left out: a gold name of either kind is removed from the
gold set, and a prediction that overlaps a removed gold name or is itself one of those names is
not counted either way.

``--dev`` measures instead on development slices of the same corpora's *training* files, the
material on which name rules may be studied and tuned (the test sets above stay for reporting):

* ``MSRA dev``: the 1,500 sentences of ``msra_train.txt`` that ``models/recipe/prepare.py`` keeps
  out of the model's training (its shuffle with seed 13, reproduced here), so the model has not
  seen them either;
* ``CLUENER train``: every third sentence of ``train.json`` from the first (3,583 sentences).  The
  model was trained on these, so its own figures there are optimistic; the gap between model and
  detector still shows what the rules lose.

Usage::

    python benchmarks/real_text_persons.py [--data DIR] [--dev] [--limit N] [--json OUT] [--show-misses N]

``--data`` (or ``REVIEW_DESK_NER_DATA``) defaults to ``../shared/ner-data`` relative to the
repository root.  A set whose files are missing is reported as skipped (exit code 0).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from review_desk.core.detect.detector import DetectConfig, Detector  # noqa: E402 - after the sys.path / environment set-up above
from review_desk.core.detect.ner.model import load_ner_pipeline  # noqa: E402 - after the sys.path / environment set-up above
from review_desk.core.detect.ner.name_words import PUBLIC_FIGURES  # noqa: E402 - after the sys.path / environment set-up above

Span = tuple[int, int]


@dataclass(frozen=True)
class Sentence:
    text: str
    persons: tuple[Span, ...]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    true_positive: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_msra(path: Path) -> list[Sentence]:
    """``char TAG`` lines (BMES or BIO tags), sentences separated by blank lines; PER spans."""
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            out.append(Sentence("".join(chars), tuple(_tag_spans(tags, "PER"))))
        chars.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
            continue
        chars.append(parts[0] if len(parts[0]) == 1 else parts[0][:1])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return out


def _tag_spans(tags: Sequence[str], label: str) -> Iterable[Span]:
    start = None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (lab != label or prefix in ("B", "S", "O")):
            yield (start, i)
            start = None
        if lab == label and prefix in ("B", "S"):
            start = i
            if prefix == "S":
                yield (i, i + 1)
                start = None
        elif lab == label and prefix in ("M", "I", "E") and start is None:
            start = i
        if lab == label and prefix == "E" and start is not None:
            yield (start, i + 1)
            start = None


def read_cluener(path: Path) -> list[Sentence]:
    """CLUENER JSON lines; ``name`` spans (inclusive end offsets upstream)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        spans = []
        for positions in (rec.get("label", {}).get("name") or {}).values():
            spans.extend((s, e + 1) for s, e in positions)
        out.append(Sentence(rec["text"], tuple(sorted(set(spans)))))
    return out


def _excluded(text: str) -> bool:
    return len(text) < 2 or text in PUBLIC_FIGURES


def score(sentences: Sequence[Sentence], predictions: Sequence[Iterable[Span]]) -> Score:
    s = Score()
    for sent, pred in zip(sentences, predictions, strict=True):
        gold = {g for g in sent.persons if not _excluded(sent.text[g[0] : g[1]])}
        ignored = [g for g in sent.persons if g not in gold]
        pred = {
            p
            for p in pred
            if not _excluded(sent.text[p[0] : p[1]]) and not any(p[0] < ie and is_ < p[1] for is_, ie in ignored)
        }
        s.gold += len(gold)
        s.predicted += len(pred)
        s.true_positive += len(gold & pred)
        s.misses.extend(f"{sent.text[a:b]}\t{sent.text}" for a, b in sorted(gold - pred))
        s.false_positives.extend(f"{sent.text[a:b]}\t{sent.text}" for a, b in sorted(pred - gold))
    return s


def detector_persons(detector: Detector, sentences: Sequence[Sentence], batch: int = 256) -> list[list[Span]]:
    out: list[list[Span]] = []
    texts = [s.text for s in sentences]
    for k in range(0, len(texts), batch):
        for dets in detector.detect_many(texts[k : k + batch]):
            out.append([(d.start, d.end) for d in dets if d.type == "PERSON"])
    return out


def model_persons(nlp: object, sentences: Sequence[Sentence]) -> list[list[Span]]:
    return [
        [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for doc in nlp.pipe((s.text for s in sentences), batch_size=256)  # type: ignore[attr-defined]
    ]


SETS: dict[str, tuple[str, Callable[[Path], list[Sentence]]]] = {
    "MSRA test": ("msra_ner/msra_test.txt", read_msra),
    "CLUENER dev": ("cluener2020/dev.json", read_cluener),
}


#: ``models/recipe/prepare.py``: its random seed and the size of its MSRA dev slice.
_RECIPE_SEED = 13
_MSRA_DEV_SIZE = 1500
#: Every n-th sentence of CLUENER's train.json makes its development slice.
_CLUENER_STRIDE = 3


def read_msra_dev(path: Path) -> list[Sentence]:
    """The sentences of ``msra_train.txt`` that the model recipe held out of training."""
    sentences = read_msra(path)
    idx = list(range(len(sentences)))
    random.Random(_RECIPE_SEED).shuffle(idx)
    keep = set(idx[: min(_MSRA_DEV_SIZE, max(1, len(sentences) // 30))])
    return [s for i, s in enumerate(sentences) if i in keep]


def read_cluener_dev(path: Path) -> list[Sentence]:
    """A fixed slice of CLUENER's train.json: every third sentence."""
    return read_cluener(path)[::_CLUENER_STRIDE]


DEV_SETS: dict[str, tuple[str, Callable[[Path], list[Sentence]]]] = {
    "MSRA dev": ("msra_ner/msra_train.txt", read_msra_dev),
    "CLUENER train": ("cluener2020/train.json", read_cluener_dev),
}


def default_data_dir() -> Path:
    env = os.environ.get("REVIEW_DESK_NER_DATA")
    return Path(env) if env else (REPO / ".." / "shared" / "ner-data")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_dir(), help="the ner-data folder")
    ap.add_argument(
        "--dev",
        action="store_true",
        help="measure on the development slices of the training files (for studying rules) instead of the test sets",
    )
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of each set (0 = all)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--show-misses", type=int, default=0, help="print N misses and false positives per set")
    args = ap.parse_args(argv)

    nlp = load_ner_pipeline()
    detector = Detector(DetectConfig())
    results: dict[str, dict[str, object]] = {}
    print("PERSON on real text (exact spans; public figures and one-character names left out)")
    print(f"{'set':<13} {'system':<9} {'sentences':>9} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6} {'s':>6}")
    for name, (rel, reader) in (DEV_SETS if args.dev else SETS).items():
        path = args.data / rel
        if not path.is_file():
            print(f"{name:<13} skipped: {path} not found")
            continue
        sentences = reader(path)
        if args.limit:
            sentences = sentences[: args.limit]
        systems: list[tuple[str, Callable[[], list[list[Span]]]]] = [
            ("detector", lambda sentences=sentences: detector_persons(detector, sentences))
        ]
        if nlp is not None:
            systems.append(("model", lambda sentences=sentences: model_persons(nlp, sentences)))
        for system, run in systems:
            t0 = time.perf_counter()
            sc = score(sentences, run())
            took = time.perf_counter() - t0
            print(
                f"{name:<13} {system:<9} {len(sentences):>9} {sc.gold:>6} "
                f"{sc.precision:>6.3f} {sc.recall:>6.3f} {sc.f1:>6.3f} {took:>6.1f}"
            )
            results.setdefault(name, {})[system] = {
                "sentences": len(sentences),
                "gold": sc.gold,
                "predicted": sc.predicted,
                "true_positive": sc.true_positive,
                "precision": round(sc.precision, 4),
                "recall": round(sc.recall, 4),
                "f1": round(sc.f1, 4),
            }
            if args.show_misses and system == "detector":
                for line in sc.misses[: args.show_misses]:
                    print("  miss", line)
                for line in sc.false_positives[: args.show_misses]:
                    print("  fp  ", line)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
