"""De-identification recall: after `redact` with the default policy (the corpus's allow list, as in
the evaluation), how many of the labelled personal values are gone from the written copy?

This is the product-level figure: a value counts as removed only if its exact text no longer
occurs anywhere in the output.  Traps (document numbers, statutes, hotlines, officials …) must all
survive.  Prints one line per labelled set (dev 1-8, held-out); ``python benchmarks/deid_recall.py
"dev 5"`` measures only the sets named.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = (("dev 1", "tests/data/corpus"), ("dev 2", "tests/data/dev2"), ("dev 3", "tests/data/dev3"),
        ("dev 4", "tests/data/dev4"), ("dev 5", "tests/data/dev5"), ("dev 6", "tests/data/dev6"),
        ("dev 7", "tests/data/dev7"), ("dev 8", "tests/data/dev8"), ("held-out", "tests/data/heldout"))


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from review_desk.core.detect.detector import DetectConfig, Detector
    from review_desk.core.detect.policy import PERSONAL_DATA_TYPES
    from review_desk.core.detect.scanner import scan_document
    from review_desk.core.detect.wordlists import load_word_list
    from review_desk.core.document import read_document
    from review_desk.core.redact import load_policy, redact_document, suggested_redactions

    base = Detector()
    policy = load_policy()
    with tempfile.TemporaryDirectory() as tmp:
        wanted = set(sys.argv[1:])
        for label, folder in SETS:
            if wanted and label not in wanted:
                continue
            directory = ROOT / folder
            config = replace(DetectConfig(), allow_list=DetectConfig().allow_list
                             + load_word_list(directory / "agency.txt"))
            detector = Detector(config, analyzer=base.analyzer)
            values = removed = traps = kept = 0
            for gold_path in sorted(directory.glob("*.gold.json")):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                doc = read_document(directory / gold["file"])
                out = Path(tmp) / f"{label}_{gold['file']}"
                redact_document(doc, suggested_redactions(scan_document(doc, detector), policy), out, policy)
                text = "\n".join(s.text for s in read_document(out).segments)
                for e in gold["entities"]:
                    if e["type"] in PERSONAL_DATA_TYPES:
                        values += 1
                        removed += e["text"] not in text
                for t in gold["traps"]:
                    traps += 1
                    kept += t["text"] in text
            print(f"{label:9s} personal values removed {removed}/{values} = {removed / values:.3f}; "
                  f"traps intact {kept}/{traps}")


if __name__ == "__main__":
    main()
