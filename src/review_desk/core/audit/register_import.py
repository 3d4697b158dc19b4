"""Moving a desk onto the office's register: ``review-desk register import --from HOME``.

:func:`import_desk_log` copies the desk's own SQLite log (``HOME/audit.sqlite3``) into an empty
PostgreSQL register, byte for byte, so that the register then verifies exactly as the desk's log did:

1. The source is read in one snapshot (entries, reviewers, checkpoints, review files) and
   verified (``check``: :func:`.verify.verify_log`, or the review workflow's ``verify_desk``);
   a log that does not verify, or that changed while it was checked, is refused
   (``import_source_unverified``) and nothing is written.
2. In one transaction under the register's advisory lock (no desk appends meanwhile): the register
   must hold no entries, reviewers or checkpoints.  A register whose first entries are exactly the
   source log (the import was run before) is left alone and the result says so; any other log
   there is refused (``register_holds_another_log``): a register starts from one desk's log only,
   and the other desks' logs stay archived on their PCs with an exported checkpoint.
3. Every row is inserted as it was (same seq, time, payload text, hashes and signatures; the key
   registry rows; the signed checkpoints; the review files, which keep their order), then a
   ``register_imported`` entry signed by a reviewer of the source desk records the source's size,
   root and last entry hash and the desk's signed head file, with a signed checkpoint at the new size.  The importing desk's head
   file for the register (:mod:`.engines.postgres`) is written in ``HOME``.
4. The desk's keyed-hash secret (``HOME/audit.secret``) goes with its log: the value hashes in its
   reviews were made with it, and a review started on that desk must still match its file when
   another desk countersigns or publishes it from the register.  It is written as the register's
   ``keyed_hash_secret.imported`` setting, which the register's desks then use (see
   :meth:`.engines.postgres.PostgresEngine.secret`); this needs the owner's URL (the desks' role
   cannot write settings), and the import should run before the desks are pointed at the register.

The source desk's keys, log, head file and secret stay as they were (a log of an older schema is
migrated first, as any desk command would); the one file added is its head file for the register.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core.audit import headfile
from review_desk.core.audit.engines.postgres import IMPORTED_SECRET_SETTING, PostgresEngine
from review_desk.core.audit.engines.sqlite import DB_NAME, SQLiteEngine
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.merkle import CompactTree, leaf_hash
from review_desk.core.audit.records import (Head, entry_row, reviewer_from_row, signed_checkpoint, signed_entry,
                                            signed_head)
from review_desk.core.audit.verify import Verification, verify_log
from review_desk.core.errors import ErrorCode
from review_desk.core.identity.keys import Reviewer, public_bytes

REGISTER_IMPORTED = "register_imported"
Check = Callable[..., Verification]  # check(home) or check(home, database=url): verify_log or verify_desk


@dataclass(frozen=True)
class SourceLog:
    """One snapshot of a desk's SQLite log: its rows exactly as stored."""

    entries: list[tuple]
    reviewers: list[tuple]
    checkpoints: list[tuple]
    review_files: list[tuple]  # (review_id, name_hash, sha256, recorded) in the order they were written
    head: Head | None  # the desk's signed head file (audit.head), which verification checked the log against

    @property
    def root(self) -> str:
        return _root(self.entries)


@dataclass(frozen=True)
class ImportResult:
    register: str  # postgresql://host:port/dbname
    source: str  # the desk's log file
    entries: int  # the source log's size
    root: str  # its Merkle root
    entry_hash: str  # its last entry's hash
    reviewers: int
    checkpoints: int
    review_files: int
    imported: bool  # False: the register already started from this log; nothing was written
    import_seq: int | None  # the register_imported entry (None when none was written or found)
    register_size: int  # entries in the register afterwards
    secret_carried: bool  # the desk's keyed-hash secret is the register's now
    verification: Verification | None  # the register, verified from HOME after the import


def read_source(home: Path) -> SourceLog:
    """The desk log at ``home`` in one snapshot (brought to the current schema first, as every desk
    command does); :class:`AuditError` with ``usage`` if there is no log or an empty one."""
    home = Path(home)
    if not (home / DB_NAME).is_file():
        raise AuditError(f"{home} holds no desk log ({DB_NAME}): pass the data folder of the desk to import with "
                         "--from.", code=ErrorCode.USAGE)
    SQLiteEngine(home).close()  # an older schema migrates, like on any desk command
    db = SQLiteEngine(home, read_only=True)
    try:
        with db.snapshot():
            source = SourceLog(db.query("SELECT * FROM entries ORDER BY seq"),
                               db.query("SELECT * FROM reviewers ORDER BY entry_seq"),
                               db.query("SELECT * FROM checkpoints ORDER BY tree_size"),
                               db.query("SELECT review_id, name_hash, sha256, recorded FROM review_files ORDER BY id"),
                               headfile.read_head(home))
    except db.errors as exc:
        raise AuditError(f"The desk log {db.location} cannot be read: {exc}.") from exc
    finally:
        db.close()
    if not source.entries:
        raise AuditError(f"The desk log {home / DB_NAME} is empty: there is nothing to import.", code=ErrorCode.USAGE)
    return source


def _verified_source(home: Path, check: Check) -> SourceLog:
    source = read_source(home)
    verification = check(home)
    if not verification.ok:
        raise AuditError(f"The desk log {home / DB_NAME} does not verify, so it is not imported: "
                         f"{verification.problem} (run review-desk log verify on that desk).",
                         code=ErrorCode.IMPORT_SOURCE_UNVERIFIED)
    if verification.entries != len(source.entries) or read_source(home) != source:
        raise AuditError(f"The desk log {home / DB_NAME} changed while it was being checked; close the desk "
                         "and run the import again.", code=ErrorCode.IMPORT_SOURCE_UNVERIFIED)
    return source


def _carried_secret(home: Path) -> bytes | None:
    try:
        value = (Path(home) / headfile.SECRET_NAME).read_bytes()
    except OSError:
        return None
    return value if len(value) == 32 else None


def _importer_ok(source: SourceLog, importer: Reviewer, key: Ed25519PrivateKey) -> None:
    known = {row[0]: reviewer_from_row(row) for row in source.reviewers}
    found = known.get(importer.fingerprint)
    if found is None:
        raise AuditError(f"{importer.name} ({importer.fingerprint}) is not a reviewer of the desk being imported; "
                         "the import is signed by one of its reviewers.", code=ErrorCode.IDENTITY)
    if not isinstance(key, Ed25519PrivateKey) or public_bytes(key) != found.public_key:
        raise AuditError(f"The private key given is not the registered key of {found.name}.",
                         code=ErrorCode.IDENTITY)


def import_desk_log(home: Path, database: str, importer: Reviewer, key: Ed25519PrivateKey, *,
                    check: Check = verify_log) -> ImportResult:
    """Copy the desk log at ``home`` into the register at ``database`` (the owner's URL) and record
    the import signed by ``importer`` (a reviewer of that desk, with their unlocked ``key``)."""
    home = Path(home)
    source = _verified_source(home, check)
    _importer_ok(source, importer, key)
    secret = _carried_secret(home)
    db = PostgresEngine(database)
    try:
        outcome = _copy(db, home, source, importer, key, secret)
    finally:
        db.close()
    imported, import_seq, size = outcome
    verification = check(home, database=database)
    return ImportResult(db.location, str(home / DB_NAME), len(source.entries), source.root, source.entries[-1][6],
                        len(source.reviewers), len(source.checkpoints), len(source.review_files), imported,
                        import_seq, size, imported and secret is not None, verification)


def _copy(db: PostgresEngine, home: Path, source: SourceLog, importer: Reviewer, key: Ed25519PrivateKey,
          secret: bytes | None) -> tuple[bool, int | None, int]:
    """The copy in one write transaction: ``(imported, seq of the import entry, register size)``."""
    try:
        db.begin_write()
        try:
            present = _already(db, source)
            if present is not None:
                db.rollback()
                return False, present[0], present[1]
            head = _insert(db, source, importer, key, secret)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    except db.errors as exc:
        raise AuditError(f"The import into the register {db.location} failed and nothing was written: "
                         f"{str(exc).strip()}.") from exc
    try:
        headfile.write_head(home, head, name=db.head_name)
    except OSError as exc:  # committed: the next append from this desk writes it
        raise AuditError(f"The log was imported, but this desk's head file for the register could not be "
                         f"written in {home}: {exc.strerror or exc}.") from exc
    return True, head.tree_size, head.tree_size


def _already(db: PostgresEngine, source: SourceLog) -> tuple[int | None, int] | None:
    """None for an empty register; ``(seq of the import entry or None, size)`` if the register
    starts with exactly ``source``; otherwise refused."""
    size = db.query("SELECT count(*) FROM entries")[0][0]
    others = db.query("SELECT (SELECT count(*) FROM reviewers), (SELECT count(*) FROM checkpoints)")[0]
    if size == 0 and others == (0, 0):
        return None
    n = len(source.entries)
    if size >= n and db.query("SELECT * FROM entries WHERE seq <= ? ORDER BY seq", (n,)) == source.entries:
        marks = db.query("SELECT seq, payload FROM entries WHERE event = ? ORDER BY seq", (REGISTER_IMPORTED,))
        seq = next((s for s, text in marks if json.loads(text).get("source", {}).get("root") == source.root), None)
        return seq, size
    raise AuditError(f"The register {db.location} already holds another log ({size} entries): a register starts "
                     "from one desk's log only. Keep the other desk's log on its PC and give the auditor its "
                     "checkpoint (review-desk log checkpoint --export FILE on that desk).",
                     code=ErrorCode.REGISTER_HOLDS_ANOTHER_LOG)


def _insert(db: PostgresEngine, source: SourceLog, importer: Reviewer, key: Ed25519PrivateKey,
            secret: bytes | None) -> Head:
    for row in source.entries:
        db.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    for row in source.reviewers:
        db.execute("INSERT INTO reviewers VALUES (?, ?, ?, ?, ?, ?)", row)
    for row in source.checkpoints:
        db.execute("INSERT INTO checkpoints VALUES (?, ?, ?, ?, ?)", row)
    for row in source.review_files:
        db.execute("INSERT INTO review_files (review_id, name_hash, sha256, recorded) VALUES (?, ?, ?, ?)", row)
    if secret is not None:
        db.execute("INSERT INTO settings (name, value) VALUES (?, ?)", (IMPORTED_SECRET_SETTING, secret.hex()))
    last = source.entries[-1]
    payload = {"source": {"tree_size": len(source.entries), "root": source.root, "entry_hash": last[6],
                          "reviewers": len(source.reviewers), "checkpoints": len(source.checkpoints),
                          "review_files": len(source.review_files),
                          "head": asdict(source.head) if source.head is not None else None},
               "importer": {"name": importer.name, "fingerprint": importer.fingerprint}}
    entry = signed_entry(last[0] + 1, last[6], REGISTER_IMPORTED, importer.fingerprint, payload, key)
    db.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entry_row(entry))
    root = _root([*source.entries, entry_row(entry)])
    cp = signed_checkpoint(entry.seq, root, importer.fingerprint, key, entry.time)
    db.execute("INSERT INTO checkpoints VALUES (?, ?, ?, ?, ?)", (cp.tree_size, cp.root, cp.time, cp.signer, cp.signature))
    return signed_head(entry, root, key)


def _root(rows: list[tuple]) -> str:
    """Hex Merkle root of ``entries`` rows (their entry hashes are the leaves)."""
    tree = CompactTree()
    for row in rows:
        tree.append(leaf_hash(bytes.fromhex(row[6])))
    return tree.root().hex()
