"""``AuditLog``: the append-only, signed review log, on either engine (:mod:`.engines`).

Without a database URL it is the desk's own SQLite file ``<home>/audit.sqlite3``; with one, the
office's shared PostgreSQL register.  Every append runs in one exclusive write transaction (SQLite's
``BEGIN IMMEDIATE``, the register's advisory lock) that reads the chain head and extends it, so
concurrent processes, on one machine or many, build a single chain; it is signed by the acting
reviewer's own Ed25519 key, and after the commit the desk's head file is rewritten (see
:mod:`.headfile`).  :meth:`AuditLog.writing` opens such a transaction for a caller that must read
the log, check a rule and append in one step (the review workflow): while the block runs no other
process can append, and every read through this log sees the state the appends are checked
against.  Formats: :mod:`.records` (hashed/signed bytes), :mod:`.schema` (tables, migrations and
triggers), :mod:`.merkle` (RFC 6962 tree).  ``verify_log`` in :mod:`.verify` checks all of it.

The log also keeps which file each review was started from (``review_files``: the keyed hash of
its name and its SHA-256, never a path), so that any desk on a register finds it in the current
folder to resume, countersign or publish a review.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core.audit import headfile
from review_desk.core.audit.canonical import canonical_json
from review_desk.core.audit.engines import open_engine
from review_desk.core.audit.engines.sqlite import DB_NAME
from review_desk.core.audit.errors import AuditError
from review_desk.core.audit.merkle import CompactTree, inclusion_proof, leaf_hash
from review_desk.core.audit.records import (REVIEWER_ADDED, ZERO_HASH, Checkpoint, Entry, Head, entry_from_row,
                                            entry_row, reviewer_from_row, signed_checkpoint, signed_entry,
                                            signed_head, time_bound)
from review_desk.core.errors import ErrorCode
from review_desk.core.faults import crash_point
from review_desk.core.home import private_folder, restrict
from review_desk.core.identity.files import utc_now
from review_desk.core.identity.keys import Reviewer, fingerprint_of, public_bytes

__all__ = ["DB_NAME", "AuditLog", "NothingWritten", "Writer", "check_event"]
EVENT_RE = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")
_log = logging.getLogger(__name__)


class NothingWritten(AuditError):
    """The connection to the register was lost during a write, and the write is known not to have
    landed (the server rolled it back): doing it again is safe."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code=ErrorCode.REGISTER_UNREACHABLE)


class AuditLog:
    """The review log seen from one desk home folder: the desk's own SQLite log (created on first
    use), or with ``database`` (a ``postgresql://`` URL) the office's shared register, for which
    the home keeps this desk's head file."""

    def __init__(self, home: Path, database: str | None = None) -> None:
        self.home = Path(home)
        self.database = database or None
        try:
            if self.home.is_dir() and not (self.home / DB_NAME).exists():  # a folder the user had: keep its mode
                self.home.mkdir(exist_ok=True)
            else:  # a new data folder, or one of ours: the owner's only
                private_folder(self.home)
        except OSError as exc:
            raise AuditError(f"Cannot create the folder {self.home}: {exc.strerror or exc}.") from exc
        self._db = open_engine(self.home, self.database)
        self.location = self._db.location
        for name in (DB_NAME, self._db.head_name, headfile.SECRET_NAME):  # also those an older version made 0644
            restrict(self.home / name)
        self._tree, self._tree_last = CompactTree(), ZERO_HASH
        self._landmark: tuple[str, tuple, list[tuple]] | None = None  # the last row a write transaction wrote
        try:
            if self._db.head_required and len(self) == 0 and self.head() is None:
                headfile.write_head(self.home, headfile.empty_head(utc_now()), name=self._db.head_name)
        except OSError as exc:
            self._db.close()
            raise AuditError(f"Cannot write the audit head file in {self.home}: {exc.strerror or exc}.") from exc
        except BaseException:
            self._db.close()
            raise

    # -- plumbing -------------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._db.query(sql, args)
        except self._db.errors as exc:
            code = ErrorCode.REGISTER_UNREACHABLE if self._db.connection_lost else None
            raise AuditError(f"The audit database {self.location} cannot be read: {exc}.", code=code) from exc

    def _execute(self, sql: str, args: tuple = ()) -> None:
        self._db.execute(sql, args)  # inside _transaction(), which turns the driver's error into AuditError

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction.  A connection lost before it begins is re-opened by the engine
        and the transaction started again (nothing was sent yet).  Lost while it runs, before the
        COMMIT: the server rolled it back, nothing was written, the caller is told to do it again.
        Lost while the COMMIT was on its way: the outcome is unknown (the server may have committed
        before the connection went), so the write is never simply run again, which could record
        it twice: the connection is re-opened and the last row the transaction wrote (the new
        chain head, or the checkpoint) is looked up: there, the write landed and goes on as
        committed; absent, nothing was written and the caller is told so."""
        if self._db.in_transaction:
            raise AuditError("A write to the audit log is already under way in this process; finish it first.")
        try:
            self._db.begin_write()
        except self._db.errors as exc:
            self._db.rollback()
            raise AuditError(f"The audit log is busy or unwritable ({exc}); try again.") from exc
        self._landmark = None
        try:
            yield
        except BaseException as exc:
            lost = self._db.connection_lost
            self._db.rollback()
            self._tree, self._tree_last = CompactTree(), ZERO_HASH
            if lost and isinstance(exc, (AuditError, *self._db.errors)):
                raise NothingWritten(f"The connection to the register {self.location} was lost during the write; "
                                     "nothing was recorded: do it again.") from exc
            if isinstance(exc, self._db.errors):
                raise AuditError(f"The audit log could not be written: {exc}.") from exc
            raise
        try:
            self._db.commit()
        except self._db.errors as exc:
            if not self._db.connection_lost:
                self._db.rollback()
                self._tree, self._tree_last = CompactTree(), ZERO_HASH
                raise AuditError(f"The audit log could not be written: {exc}.") from exc
            self._tree, self._tree_last = CompactTree(), ZERO_HASH
            if not self._landed():
                raise NothingWritten(f"The connection to the register {self.location} was lost while the write "
                                     "was committed, and it did not land: nothing was recorded: do it again.") from exc

    def _landed(self) -> bool:
        """After a COMMIT whose answer was lost: re-open and look for the transaction's last row."""
        try:
            self._db.reconnect()
            found = self._landmark is None or self._query(*self._landmark[:2]) == self._landmark[2]
        except AuditError as exc:
            raise AuditError(f"The connection to the register {self.location} was lost while a write was "
                             "committed, and the register cannot be reached to see whether it landed; "
                             "once it can, run log verify and look at the newest entries before doing it "
                             "again.", code=ErrorCode.REGISTER_UNREACHABLE) from exc
        _log.warning("A write whose commit was cut off %s the register.", "reached" if found else "did not reach")
        return found

    def _root(self) -> str:
        """Hex Merkle root of every entry (cached tree, caught up from the database)."""
        tree = self._tree
        if tree.size and self._query("SELECT entry_hash FROM entries WHERE seq = ?",
                                     (tree.size,)) != [(self._tree_last,)]:
            tree = self._tree = CompactTree()
        for _seq, entry_hash in self._query("SELECT seq, entry_hash FROM entries WHERE seq > ? ORDER BY seq",
                                           (tree.size,)):
            tree.append(leaf_hash(bytes.fromhex(entry_hash)))
            self._tree_last = entry_hash
        return tree.root().hex()

    def _signer(self, fingerprint: str, private_key: Ed25519PrivateKey) -> Reviewer:
        found = self.reviewer(fingerprint) if isinstance(fingerprint, str) else None
        if found is None or found.fingerprint != fingerprint:
            raise AuditError(f"{fingerprint!r} is not a registered reviewer of this audit log.")
        if not isinstance(private_key, Ed25519PrivateKey) or public_bytes(private_key) != found.public_key:
            raise AuditError(f"The private key given is not the registered key of {found.name} ({fingerprint}).")
        return found

    def _check_head(self) -> None:
        head, size = self.head(), len(self)
        if head is None:
            if size and self._db.head_required:
                raise AuditError(f"The head file {self._db.head_name} is missing; run verify before appending.")
            return
        last = self._query("SELECT entry_hash FROM entries WHERE seq = ?", (head.tree_size,))
        if head.tree_size > size or (head.tree_size and last != [(head.entry_hash,)]):
            raise AuditError("The audit log does not match its head file (it may have been truncated "
                             "or changed); run verify before appending.")

    def _insert(self, event: str, payload: dict, actor: str, private_key: Ed25519PrivateKey) -> Entry:
        last = self._query("SELECT seq, entry_hash FROM entries ORDER BY seq DESC LIMIT 1")
        seq, prev = (last[0][0] + 1, last[0][1]) if last else (1, ZERO_HASH)
        entry = signed_entry(seq, prev, event, actor, payload, private_key)
        self._execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entry_row(entry))
        self._landmark = ("SELECT entry_hash FROM entries WHERE seq = ?", (seq,), [(entry.entry_hash,)])
        _log.info("audit entry %d: %s (review %s)", seq, event,
                  payload.get("review_id", "-") if isinstance(payload, dict) else "-")
        return entry

    def _new_head(self, entry: Entry, private_key: Ed25519PrivateKey) -> Head:
        return signed_head(entry, self._root(), private_key)

    def _publish_head(self, head: Head) -> None:
        try:
            headfile.write_head(self.home, head, name=self._db.head_name)
        except OSError as exc:  # committed already: a head behind the log is repaired by the next append
            _log.warning("Could not rewrite the audit head file: %s", exc)

    def _checkpoint_locked(self, actor: str, private_key: Ed25519PrivateKey) -> Checkpoint:
        size = len(self)
        if size == 0:
            raise AuditError("The audit log is empty: there is nothing to checkpoint.")
        existing = self._query("SELECT * FROM checkpoints WHERE tree_size = ?", (size,))
        if existing:
            return Checkpoint(*existing[0])
        cp = signed_checkpoint(size, self._root(), actor, private_key)
        self._execute("INSERT INTO checkpoints VALUES (?, ?, ?, ?, ?)",
                      (cp.tree_size, cp.root, cp.time, cp.signer, cp.signature))
        self._landmark = ("SELECT signature FROM checkpoints WHERE tree_size = ?", (cp.tree_size,), [(cp.signature,)])
        return cp

    # -- writing --------------------------------------------------------------------------
    def register_reviewer(self, reviewer: Reviewer, private_key: Ed25519PrivateKey) -> Entry:
        """Add ``reviewer`` to the key registry with a ``reviewer_added`` entry signed by their key."""
        if not isinstance(reviewer, Reviewer) or len(reviewer.public_key) != 32 \
                or fingerprint_of(reviewer.public_key) != reviewer.fingerprint:
            raise AuditError("The reviewer's fingerprint does not match their public key.")
        if not isinstance(private_key, Ed25519PrivateKey) or public_bytes(private_key) != reviewer.public_key:
            raise AuditError(f"The private key given does not belong to {reviewer.name} ({reviewer.fingerprint}).")
        if not reviewer.name.strip():
            raise AuditError("A reviewer needs a name.")
        public_key = base64.b64encode(reviewer.public_key).decode("ascii")
        payload = {"name": reviewer.name, "unit": reviewer.unit, "public_key": public_key,
                   "fingerprint": reviewer.fingerprint, "created": reviewer.created}
        with self._transaction():
            self._check_head()
            for column, value in (("fingerprint", reviewer.fingerprint), ("name", reviewer.name)):
                if self._query(f"SELECT 1 FROM reviewers WHERE {column} = ?", (value,)):
                    raise AuditError(f"A reviewer with the {column} {value} is already registered.",
                                     code=ErrorCode.REVIEWER_EXISTS)
            entry = self._insert(REVIEWER_ADDED, payload, reviewer.fingerprint, private_key)
            self._execute("INSERT INTO reviewers VALUES (?, ?, ?, ?, ?, ?)",
                          (reviewer.fingerprint, reviewer.name, reviewer.unit, public_key,
                           reviewer.created, entry.seq))
            head = self._new_head(entry, private_key)
        self._publish_head(head)
        return entry

    def append(self, event: str, payload: dict, actor_fingerprint: str, private_key: Ed25519PrivateKey,
               *, checkpoint: bool = False) -> Entry:
        """Append one signed event; with ``checkpoint=True`` also sign the new root, atomically.

        A write the register lost and is known not to have landed (:class:`NothingWritten`) is
        done once more, on the new connection: this one append is the whole transaction."""
        try:
            with self.writing(actor_fingerprint, private_key) as tx:
                return tx.append(event, payload, checkpoint=checkpoint)
        except NothingWritten as exc:
            _log.warning("%s Appending %s once more.", exc.message, event)
        with self.writing(actor_fingerprint, private_key) as tx:
            return tx.append(event, payload, checkpoint=checkpoint)

    @contextmanager
    def writing(self, actor_fingerprint: str, private_key: Ed25519PrivateKey) -> Iterator["Writer"]:
        """One exclusive write transaction (:meth:`.engines.base.Engine.begin_write`) signed by one reviewer.

        Inside the block the caller reads the log (every read sees the locked state), checks what
        it must, and appends with :meth:`Writer.append`; an exception rolls every append back.
        On leaving the block the appends are committed together and the head file is rewritten.
        Appending through :meth:`append` inside the block is an error (one transaction at a time).
        """
        with self._transaction():
            self._signer(actor_fingerprint, private_key)
            self._check_head()
            writer = Writer(self, actor_fingerprint, private_key)
            try:
                yield writer
            finally:
                writer.closed = True
            head = self._new_head(writer.last, private_key) if writer.last is not None else None
        if head is not None:
            crash_point("audit.after_commit")
            self._publish_head(head)

    def checkpoint(self, actor_fingerprint: str, private_key: Ed25519PrivateKey) -> Checkpoint:
        """Sign the current Merkle root (returns the existing checkpoint if this size has one)."""
        with self._transaction():
            self._signer(actor_fingerprint, private_key)
            return self._checkpoint_locked(actor_fingerprint, private_key)

    def keyed_hash(self, value: str) -> str:
        """Hex HMAC-SHA256 of ``value`` under the log's secret: log this, never the raw value."""
        return headfile.keyed_hash(self._db.secret(), value)

    def record_file(self, review_id: str, file_name: str, sha256: str | None) -> None:
        """Remember which file ``review_id`` was started from: the keyed hash of its name (never the
        name, never a path) and its SHA-256; nothing is written when that is already the latest record."""
        record = (self.keyed_hash(Path(file_name).name), sha256)
        with self._transaction():
            if self.file_of(review_id) != record:
                self._execute("INSERT INTO review_files (review_id, name_hash, sha256, recorded) VALUES (?, ?, ?, ?)",
                              (review_id, *record, utc_now("microseconds")))

    def file_of(self, review_id: str) -> tuple[str, str | None] | None:
        """The latest ``(keyed hash of the file name, SHA-256)`` recorded for ``review_id``, or None."""
        rows = self._query("SELECT name_hash, sha256 FROM review_files WHERE review_id = ? ORDER BY id DESC LIMIT 1",
                           (review_id,))
        return (rows[0][0], rows[0][1]) if rows else None

    def find_file(self, review_id: str, folder: Path) -> Path | None:
        """The file in ``folder`` whose name is the one recorded for ``review_id`` (None if none is)."""
        recorded = self.file_of(review_id)
        if recorded is None:
            return None
        try:
            candidates = sorted(p for p in Path(folder).iterdir() if p.is_file())
        except OSError:
            return None
        return next((p for p in candidates if self.keyed_hash(p.name) == recorded[0]), None)

    # -- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._query("SELECT count(*) FROM entries")[0][0]

    def root(self) -> str:
        """Hex Merkle root of all entries (``sha256("")`` when empty)."""
        return self._root()

    def reviewer(self, name_or_fingerprint: str) -> Reviewer | None:
        rows = self._query("SELECT * FROM reviewers WHERE fingerprint = ? OR name = ? "
                           "ORDER BY fingerprint = ? DESC", (name_or_fingerprint,) * 3)
        return reviewer_from_row(rows[0]) if rows else None

    def reviewers(self) -> list[Reviewer]:
        return [reviewer_from_row(r) for r in self._query("SELECT * FROM reviewers ORDER BY entry_seq")]

    def entries(self, *, since: str | None = None, until: str | None = None,
                event: str | None = None) -> list[Entry]:
        """Entries in seq order; ``since``/``until`` are inclusive ISO times (a bare date ``until``
        covers that whole day; times without a zone are UTC)."""
        where, args = [], []
        if since is not None:
            where.append("time >= ?")
            args.append(time_bound(since, upper=False)[0])
        if until is not None:
            bound, exclusive = time_bound(until, upper=True)
            where.append("time < ?" if exclusive else "time <= ?")
            args.append(bound)
        if event is not None:
            where.append("event = ?")
            args.append(event)
        sql = "SELECT * FROM entries" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq"
        return [entry_from_row(r) for r in self._query(sql, tuple(args))]

    def latest_checkpoint(self) -> Checkpoint | None:
        rows = self._query("SELECT * FROM checkpoints ORDER BY tree_size DESC LIMIT 1")
        return Checkpoint(*rows[0]) if rows else None

    def checkpoints(self) -> list[Checkpoint]:
        return [Checkpoint(*r) for r in self._query("SELECT * FROM checkpoints ORDER BY tree_size")]

    def head(self) -> Head | None:
        """The signed head this desk recorded (``audit.head``, or its head file for the register;
        may be behind the database)."""
        return headfile.read_head(self.home, self._db.head_name)

    def inclusion_proof(self, seq: int, tree_size: int | None = None) -> list[bytes]:
        """RFC 6962 audit path of entry ``seq`` in the tree of the first ``tree_size`` entries."""
        rows = self._query("SELECT entry_hash FROM entries ORDER BY seq")
        size = len(rows) if tree_size is None else tree_size
        if not 1 <= seq <= size <= len(rows):
            raise AuditError(f"Entry {seq} is not within the first {size} entries of the log.")
        return inclusion_proof(seq - 1, [leaf_hash(bytes.fromhex(r[0])) for r in rows[:size]])


def check_event(event: str, payload: dict) -> None:
    """Raise :class:`AuditError` unless ``event`` and ``payload`` can be appended as they are."""
    if not isinstance(event, str) or not EVENT_RE.match(event):
        raise AuditError(f"{event!r} is not an event name (lowercase letters, digits, _ . -).")
    if event == REVIEWER_ADDED:
        raise AuditError("Reviewers are added with register_reviewer(), not append().")
    if not isinstance(payload, dict):
        raise AuditError("An audit payload must be a dict.")
    try:
        canonical_json(payload)
    except TypeError as exc:
        raise AuditError(f"The payload cannot be logged: {exc}.") from None


class Writer:
    """The appends of one :meth:`AuditLog.writing` block (all signed by the same reviewer)."""

    def __init__(self, log: AuditLog, actor: str, private_key: Ed25519PrivateKey) -> None:
        self._log, self._actor, self._key = log, actor, private_key
        self.last: Entry | None = None
        self.closed = False

    def append(self, event: str, payload: dict, *, checkpoint: bool = False) -> Entry:
        """Append one signed event inside the transaction; ``checkpoint=True`` also signs the new root."""
        if self.closed:
            raise AuditError("This audit log transaction is finished; open a new one to append.")
        check_event(event, payload)
        entry = self._log._insert(event, payload, self._actor, self._key)
        if checkpoint:
            self._log._checkpoint_locked(self._actor, self._key)
        self.last = entry
        return entry
