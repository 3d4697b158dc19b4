"""``verify_log``: check an audit log from first principles, reading the database read-only.

The same checks, byte for byte, for the desk's SQLite log and for a PostgreSQL register
(``database``); only the reading goes through the engine (:mod:`.engines`).

The checks, in the order a problem is reported (the first one found wins):

1. Entries, in seq order: seq has no gaps (1, 2, 3, …); the payload is canonical JSON; each
   ``prev_hash`` is the previous ``entry_hash`` (64 zeros for entry 1); ``entry_hash`` is the
   hash of the entry's own fields (:mod:`.records`); the signature verifies with the actor's
   key.  Keys come from the chain itself: a ``reviewer_added`` entry must be self-signed by the
   key it adds, and every other entry's actor must have been added *before* it.
2. The key registry table must equal the ``reviewer_added`` entries (no row changed, deleted, or
   added without an entry).
3. Each checkpoint's root must equal the Merkle root of its first ``tree_size`` entries, and its
   signature must verify with the signer's key.
4. The desk's head file must be signed by a registered reviewer and must not be ahead of the database
   (truncation); at its size the database must have the same root and last entry hash.  A head
   that is behind the database is fine.  A missing head, or the unsigned empty head, is only
   accepted for an empty log (on a register, a desk that never appended has no head yet; one whose
   reviewers did append has lost its head file: the register still verifies, with a warning, since
   only a checkpoint kept elsewhere can then show it was not truncated).
5. The caller's ``rules`` over the verified entries (the review workflow's: no decision after a
   sign-off, see :mod:`review_desk.core.review.integrity`), in the order given.

``Verification.code`` says which kind of problem: ``tampered`` for 1-4, the rule's own code for 5.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from review_desk.core.audit import headfile
from review_desk.core.audit.canonical import canonical_json
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.merkle import CompactTree, leaf_hash
from review_desk.core.audit.records import (REVIEWER_ADDED, ZERO_HASH, Entry, checkpoint_message,
                                            compute_entry_hash, entry_from_row, head_message, signature_ok)
from review_desk.core.audit.engines import Engine, open_engine
from review_desk.core.audit.engines.sqlite import DB_NAME
from review_desk.core.identity.keys import IdentityError, fingerprint_of, list_keys


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    first_bad_seq: int | None
    problem: str | None
    checkpoint_size: int | None
    checkpoint_root: str | None
    reviewers: int
    code: str | None = None  # None when ok; "tampered", or the code of the rule that failed
    warnings: tuple[str, ...] = ()  # what an intact log cannot prove (a register desk without its head file)


TAMPERED = "tampered"
Rule = Callable[[Sequence[Entry]], "tuple[int | None, str, str] | None"]  # -> (seq, code, problem) or None


class _Bad(Exception):
    def __init__(self, seq: int | None, problem: str, code: str = TAMPERED) -> None:
        super().__init__(problem)
        self.seq, self.problem, self.code = seq, problem, code


_Rows = tuple[list[tuple], dict[str, tuple], list[tuple]]


def _read(db: Engine | None) -> _Rows:
    if db is None:  # no log at all
        return [], {}, []
    try:
        with db.snapshot():  # one consistent snapshot even while another process appends
            entries = db.query("SELECT * FROM entries ORDER BY seq")
            registry = {r[0]: r for r in db.query("SELECT * FROM reviewers")}
            checkpoints = db.query("SELECT * FROM checkpoints ORDER BY tree_size")
    except db.errors as exc:
        raise AuditError(f"The audit database {db.location} cannot be read: {exc}.") from exc
    return entries, registry, checkpoints


class _Walk:
    """State built while walking the chain: keys by fingerprint and Merkle roots by size."""

    def __init__(self, registry: dict[str, tuple], wanted_sizes: set[int]) -> None:
        self.registry, self.wanted = registry, wanted_sizes
        self.keys: dict[str, tuple[bytes, int, str]] = {}  # fingerprint -> (key, seq added, name)
        self.names: set[str] = set()
        self.roots: dict[int, str] = {}
        self.hashes: list[str] = []
        self.tree = CompactTree()

    def reviewer_added(self, seq: int, actor: str, payload: dict) -> bytes:
        try:
            name, unit, created = payload["name"], payload["unit"], payload["created"]
            public_key = base64.b64decode(payload["public_key"], validate=True)
            valid = fingerprint_of(public_key) == payload["fingerprint"] == actor \
                and all(isinstance(v, str) for v in (name, unit, created))
        except (KeyError, TypeError, ValueError, binascii.Error, IdentityError):
            valid = False
        if not valid:
            raise _Bad(seq, f"entry {seq}: it adds a reviewer but its key, fingerprint and actor do not agree.")
        if actor in self.keys or name in self.names:
            raise _Bad(seq, f"entry {seq}: it adds reviewer {name} ({actor}) a second time.")
        row = self.registry.get(actor)
        if row is None:
            raise _Bad(seq, f"entry {seq}: reviewer {name} ({actor}) was removed from the key registry.")
        expected = (actor, name, unit, payload["public_key"], created, seq)
        for field, have, want in zip(("fingerprint", "name", "unit", "public key", "created time", "entry number"),
                                     row, expected):
            if have != want:
                raise _Bad(seq, f"entry {seq}: the key registry row of reviewer {name} ({actor}) was changed "
                                f"(its {field} differs from the signed entry).")
        self.keys[actor] = (public_key, seq, name)
        self.names.add(name)
        return public_key

    def entry(self, row: tuple, expected_seq: int, prev: str) -> str:
        seq, time, event, actor, payload_text, prev_hash, entry_hash, signature = row
        if seq != expected_seq:
            before = f"the log starts at entry {seq}" if expected_seq == 1 else \
                f"the log jumps from entry {expected_seq - 1} to entry {seq}"
            raise _Bad(expected_seq, f"entry {expected_seq} is missing ({before}).")
        if not all(isinstance(v, str) for v in (time, event, actor, payload_text, prev_hash, entry_hash, signature)):
            raise _Bad(seq, f"entry {seq}: a field was changed to a value of the wrong type.")
        try:
            payload = json.loads(payload_text)
            canonical = isinstance(payload, dict) and canonical_json(payload).decode("utf-8") == payload_text
        except (ValueError, TypeError):
            canonical = False
        if not canonical:
            raise _Bad(seq, f"entry {seq}: its payload text was changed (it is not the canonical JSON "
                            "that was signed).")
        if prev_hash != prev:
            link = "is not the start of a chain" if seq == 1 else f"does not match entry {seq - 1}"
            raise _Bad(seq, f"entry {seq}: its link to the previous entry {link} (prev_hash): entries were "
                            "deleted, inserted or reordered.")
        if compute_entry_hash(seq, time, event, actor, payload, prev_hash) != entry_hash:
            raise _Bad(seq, f"entry {seq}: its content was changed (hash mismatch).")
        if event == REVIEWER_ADDED:
            key, name = self.reviewer_added(seq, actor, payload), payload["name"]
        elif actor in self.keys:
            key, _, name = self.keys[actor]
        else:
            raise _Bad(seq, f"entry {seq}: its actor {actor} was not a registered reviewer when it was written.")
        if not signature_ok(key, bytes.fromhex(entry_hash), signature):
            raise _Bad(seq, f"entry {seq}: its signature does not verify with the key of reviewer {name} "
                            f"({actor}): it was re-signed or forged.")
        self.tree.append(leaf_hash(bytes.fromhex(entry_hash)))
        self.hashes.append(entry_hash)
        if seq in self.wanted:
            self.roots[seq] = self.tree.root().hex()
        return entry_hash

    def signer_key(self, signer: object, size: int) -> bytes | None:
        found = self.keys.get(signer) if isinstance(signer, str) else None
        return found[0] if found and found[1] <= size else None


NO_HEAD_WARNING = ("this desk has no head for the register; only an exported checkpoint (log verify --against) "
                   "proves it was not truncated")


def _missing_head_warning(home: Path, rows: list[tuple]) -> tuple[str, ...]:
    """On a register a desk that never appended has no head file (normal); one whose reviewers
    have entries in the register had one, so its head file was deleted: the register verifies,
    but nothing on this desk can tell whether it was truncated since."""
    mine = {reviewer.fingerprint for reviewer in list_keys(home)}
    return (NO_HEAD_WARNING,) if mine and any(row[3] in mine for row in rows) else ()


_Checked = tuple[int, list[tuple], dict, tuple[str, ...]]


def _check(db: Engine | None, home: Path, rules: Sequence[Rule] = ()) -> _Checked:
    """``(entries, checkpoints, registry, warnings)`` of an intact log; raises :class:`_Bad`."""
    head_name, head_required = (db.head_name, db.head_required) if db else (headfile.HEAD_NAME, True)
    head = headfile.read_head(home, head_name)
    rows, registry, checkpoints = _read(db)
    n = len(rows)
    walk = _Walk(registry, {c[0] for c in checkpoints if isinstance(c[0], int)} | {head.tree_size if head else 0})
    prev = ZERO_HASH
    for expected, row in enumerate(rows, start=1):
        prev = walk.entry(row, expected, prev)
    for fingerprint, row in registry.items():
        if fingerprint not in walk.keys:
            raise _Bad(None, f"the key registry lists reviewer {row[1]} ({fingerprint}), who has no "
                             "reviewer_added entry in the log.")
    for size, root, time, signer, signature in checkpoints:
        if size > n:
            raise _Bad(n + 1, f"checkpoint at size {size}: it covers entries beyond the end of the log, which "
                              f"holds only {n}: entries were deleted.")
        if size < 1 or walk.roots.get(size) != root:
            raise _Bad(None, f"checkpoint at size {size}: its root does not match entries 1 to {size}.")
        key = walk.signer_key(signer, size)
        if key is None or not isinstance(time, str) or not signature_ok(key, checkpoint_message(size, root, time),
                                                                        signature):
            raise _Bad(None, f"checkpoint at size {size}: its signature does not verify with the key of {signer}.")
    if head is None or head.tree_size == 0:
        if n and head_required:
            state = "missing" if head is None else "records an empty log"
            raise _Bad(None, f"the head file {head_name} is {state} but the database holds {n} entries: "
                             "the head was deleted or replaced.")
        _apply(rules, rows)
        return n, checkpoints, registry, _missing_head_warning(home, rows) if n else ()
    key = walk.signer_key(head.signer, head.tree_size)
    forged = _Bad(None, f"the head file {head_name} is not validly signed by a registered reviewer: it was "
                        "forged or edited.")
    if key is not None and not signature_ok(key, head_message(head), head.signature):
        raise forged
    if head.tree_size > n:  # (with the signer's own entry gone, the signature cannot be checked)
        raise _Bad(n + 1, f"the log was truncated: the head file (signed by {head.signer} at {head.time}) records "
                          f"{head.tree_size} entries but the database holds only {n}.")
    if key is None:
        raise forged
    if walk.roots.get(head.tree_size) != head.root or walk.hashes[head.tree_size - 1] != head.entry_hash:
        raise _Bad(None, f"the log does not match its head file at size {head.tree_size}: entries 1 to "
                         f"{head.tree_size} were rewritten.")
    _apply(rules, rows)
    return n, checkpoints, registry, ()


def _apply(rules: Sequence[Rule], rows: list[tuple]) -> None:
    """Raise :class:`_Bad` for the first rule an intact chain breaks."""
    if rules:
        entries = [entry_from_row(row) for row in rows]
        for rule in rules:
            found = rule(entries)
            if found is not None:
                seq, code, problem = found
                raise _Bad(seq, problem, code)


def verify_log(home: Path, rules: Sequence[Rule] = (), *, database: str | None = None) -> Verification:
    """Check the audit log seen from the desk ``home`` (its SQLite log, or with ``database`` the
    register at that URL with this desk's head file for it); never raises for a damaged or
    tampered log.  A register that cannot be reached, or has another schema version, raises its
    :class:`AuditError` (nothing was checked).  Nothing is created: a desk without a log has an
    empty one.

    ``rules`` are checks over the verified entries (each returns ``(seq, code, problem)`` or None);
    they run only on a chain that is intact."""
    home = Path(home)
    db = open_engine(home, database, read_only=True) if database else None
    try:
        try:
            if db is None and (home / DB_NAME).exists():
                db = open_engine(home, None, read_only=True)
            n, checkpoints, registry, warnings = _check(db, home, rules)
        except Exception as exc:  # noqa: BLE001 - a damaged log is a finding, never a crash
            return _failed(db, exc)
        last = checkpoints[-1] if checkpoints else (None, None)
        return Verification(True, n, None, None, last[0], last[1], len(registry), warnings=warnings)
    finally:
        if db is not None:
            db.close()


def _failed(db: Engine | None, exc: Exception) -> Verification:
    code = TAMPERED
    if isinstance(exc, _Bad):
        seq, problem, code = exc.seq, exc.problem, exc.code
    elif isinstance(exc, AuditError):
        seq, problem = None, str(exc)
    else:
        seq, problem = None, f"the log is damaged and cannot be checked ({type(exc).__name__}: {exc})."
    try:
        rows, registry, checkpoints = _read(db)
    except AuditError:
        rows, registry, checkpoints = [], {}, []
    last = checkpoints[-1] if checkpoints else (None, None)
    return Verification(False, len(rows), seq, problem, last[0], last[1], len(registry), code)
