"""``check_extends``: does the log still extend a checkpoint kept outside it?

``log verify`` checks the log against itself; a log restored from an older copy of the data
folder, truncated with an older head file put back, or rebuilt with new keys for the same
reviewers passes that.  Against a :class:`~.checkpoint_file.KeptCheckpoint` of size N (its
signature already checked when it was read), in this order:

1. the log holds at least N entries (else ``log_rolled_back``);
2. every reviewer of the checkpoint (the signer among them) is registered in the log with the
   same public key (else ``reviewers_changed``);
3. an RFC 6962 consistency proof from (N, the checkpoint's root) to (the log's size, the log's
   root), built from the log's leaves, verifies (else ``log_forked``: entries 1..N are not the
   ones that were signed; with equal sizes the roots simply differ).

The result carries the proof so an auditor can check it with any RFC 6962 implementation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from review_desk.core.audit.checkpoint_file import KeptCheckpoint
from review_desk.core.audit.merkle import consistency_proof, leaf_hash, merkle_root, verify_consistency
from review_desk.core.errors import ErrorCode


@dataclass(frozen=True)
class Extension:
    """The outcome of checking a log against a kept checkpoint (``code`` is an ErrorCode value)."""

    ok: bool
    code: str | None
    problem: str | None
    checkpoint_size: int
    checkpoint_root: str
    log_size: int
    log_root: str
    proof: tuple[str, ...] = ()


def _signed_by(kept: KeptCheckpoint) -> str:
    return f"the checkpoint signed by {kept.signer.name} ({kept.signer.fingerprint}) at {kept.time}"


def _reviewer_problem(log: Any, kept: KeptCheckpoint) -> str | None:
    registered = {r.fingerprint: r for r in log.reviewers()}
    by_name = {r.name: r for r in registered.values()}
    for person in kept.reviewers:
        found = registered.get(person.fingerprint)
        if found is not None and found.public_key == person.key():
            continue
        now = by_name.get(person.name)
        if now is not None:
            return (f"reviewer {person.name} signed with the key {person.fingerprint} in {_signed_by(kept)}, but this "
                    f"log registers {person.name} with another key ({now.fingerprint}): the reviewers were re-keyed "
                    "and the log rebuilt (or this is another desk's log).")
        return (f"reviewer {person.name} ({person.fingerprint}) of {_signed_by(kept)} is not registered in this "
                "log: it is another log, or one rebuilt without them.")
    return None


def check_extends(log: Any, kept: KeptCheckpoint) -> Extension:
    """Check that ``log`` (an :class:`~.store.AuditLog`) extends ``kept``; never raises for a mismatch."""
    leaves = [leaf_hash(bytes.fromhex(e.entry_hash)) for e in log.entries()]
    n, size = len(leaves), kept.tree_size
    root = merkle_root(leaves).hex()
    result = lambda code, problem, proof=(): Extension(code is None, code, problem, size, kept.root, n, root, proof)
    if n < size:
        return result(ErrorCode.LOG_ROLLED_BACK.value,
                      f"the log holds {n} entries but {_signed_by(kept)} covers {size}: the log was rolled back "
                      "(an older copy of the data folder was restored) or its newest entries were deleted.")
    problem = _reviewer_problem(log, kept)
    if problem is not None:
        return result(ErrorCode.REVIEWERS_CHANGED.value, problem)
    proof = consistency_proof(size, leaves)
    if not verify_consistency(size, n, bytes.fromhex(kept.root), bytes.fromhex(root), proof):
        prefix = merkle_root(leaves[:size]).hex()
        fork = "a fork: the same size with another root" if n == size else f"entries 1 to {size} were rewritten"
        return result(ErrorCode.LOG_FORKED.value,
                      f"the first {size} entries of the log (root {prefix}) are not the ones {_signed_by(kept)} "
                      f"covers (root {kept.root}): {fork}.")
    return result(None, None, tuple(p.hex() for p in proof))
