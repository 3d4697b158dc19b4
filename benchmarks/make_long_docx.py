"""Build a deterministic ~N-character .docx from the labelled corpus, for the scan/redact benchmarks."""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document as DocxDocument

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"


def corpus_paragraphs() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from review_desk.core.document import read_document

    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        import json

        name = json.loads(path.read_text(encoding="utf-8"))["file"]
        doc = read_document(CORPUS / name)
        paragraphs.extend(s.text for s in doc.segments)
    return paragraphs


def make_long_docx(path: Path, chars: int = 100_000) -> int:
    """Write ``path`` with at least ``chars`` characters of body text; return the count."""
    paragraphs = corpus_paragraphs()
    document = DocxDocument()
    total = 0
    i = 0
    while total < chars:
        text = paragraphs[i % len(paragraphs)]
        document.add_paragraph(text)
        total += len(text)
        i += 1
    document.save(str(path))
    return total


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "long.docx")
    print(make_long_docx(out), "characters written to", out)
