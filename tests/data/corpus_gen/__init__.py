"""Deterministic generator of the Review Desk development corpus.

Everything under ``tests/data/corpus`` and ``tests/data/docx`` is written by this package from a
fixed seed: ``python -m tests.data.corpus_gen`` (run from the repository root) regenerates it
byte for byte.  All people, identifiers, addresses, phone numbers and e-mail addresses are
synthetic; identifiers are built to pass their check-digit algorithms and nothing else.
"""

SEED = "review-desk-corpus-v1"
