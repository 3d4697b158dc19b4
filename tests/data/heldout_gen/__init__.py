"""Deterministic generator of the Review Desk HELD-OUT evaluation set (tests/data/heldout).

Independent of tests/data/corpus_gen: own templates, wording, name pools and address pools.
Rules and models must never be tuned on its output.  Run ``python -m tests.data.heldout_gen``.
"""

SEED = "review-desk-heldout-2026"
