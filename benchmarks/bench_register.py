"""The review log on both engines: appends per second with 1, 2 and 4 concurrent writer processes,
and ``log verify`` (``verify_log``) time for a log of 100,000 entries, on the desk's own SQLite file and
on a PostgreSQL register.

* Appends: each writer is a separate process with its own reviewer (a real Ed25519 key) appending one
  signed decision per write transaction (``AuditLog.append``: lock, read the head, hash, sign,
  insert, commit, rewrite the head file), all writers at once; appends per second is every writer's
  appends over the wall time from the first start to the last finish.  On SQLite the writers share
  one desk's file (``BEGIN IMMEDIATE``); on PostgreSQL each has its own desk folder on one register
  (the advisory lock).
* ``log verify``: a log of ``--entries`` entries (100,000) is built on SQLite with 1,000 signed
  appends per write transaction (``AuditLog.writing``), verified, copied into the register with
  ``register import`` (its time includes verifying the source and the register once each), and the
  register verified again.

PostgreSQL: ``REVIEW_DESK_BENCH_PG_URL`` (a role that may CREATE DATABASE; a throw-away database is
created and dropped), or without it a throw-away cluster started with ``tools/pg_test_cluster.sh``
whose durability settings (off there, for the tests) are turned back on, so that a commit waits
for its WAL on disk as SQLite's (``synchronous = FULL``) does.

    .venv/bin/python benchmarks/bench_register.py [--appends 150] [--entries 100000]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cryptography.hazmat.primitives import serialization  # noqa: E402 - imported after the sys.path line that finds src/
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402 - imported after the sys.path line that finds src/

from review_desk.core.audit import AuditLog, verify_log  # noqa: E402 - imported after the sys.path line that finds src/
from review_desk.core.identity import Reviewer, fingerprint_of, public_bytes  # noqa: E402 - imported after the sys.path line that finds src/

URL_ENV = "REVIEW_DESK_BENCH_PG_URL"
WRITERS = (1, 2, 4)
BATCH = 1000


def _reviewer(name: str) -> tuple[Reviewer, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    pk = public_bytes(key)
    return Reviewer(name, "办公室", pk, fingerprint_of(pk), "2026-01-05T08:00:00Z"), key


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _decision(n: int, who: str) -> dict:
    return {"review_id": f"r-{n // 40:06d}", "finding": f"f{n % 40}", "action": "redact", "basis": "pi_1",
            "by": who, "n": n}


def _writer(home: str, database: str | None, fingerprint: str, raw_key: bytes, count: int, barrier, results) -> None:
    key = Ed25519PrivateKey.from_private_bytes(raw_key)
    with AuditLog(Path(home), database) as log:
        barrier.wait()
        start = time.perf_counter()
        for n in range(count):
            log.append("decision", _decision(n, fingerprint[:8]), fingerprint, key)
        results.put((start, time.perf_counter()))


def appends_per_second(database: str | None, writers: int, count: int, tmp: Path) -> float:
    """``writers`` processes appending ``count`` entries each at once, on a fresh log (a fresh register
    for PostgreSQL is the caller's)."""
    base = tmp / f"appends-{writers}-{uuid.uuid4().hex[:6]}"
    people = [_reviewer(f"写入者{writers}-{i}-{uuid.uuid4().hex[:4]}") for i in range(writers)]
    homes = [base / (f"desk{i}" if database else "desk") for i in range(writers)]
    with AuditLog(homes[0], database) as log:
        for reviewer, key in people:
            log.register_reviewer(reviewer, key)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(writers), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(home), database, r.fingerprint, _raw(k), count, barrier, results))
             for home, (r, k) in zip(homes, people)]
    for p in procs:
        p.start()
    spans = [results.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join()
        if p.exitcode != 0:
            raise SystemExit(f"a writer process failed (exit {p.exitcode})")
    problem = verify_log(homes[0], database=database)
    if not problem.ok:
        raise SystemExit(f"the log does not verify after the writers: {problem.problem}")
    return writers * count / (max(e for _, e in spans) - min(s for s, _ in spans))


def build_log(home: Path, entries: int) -> tuple[Reviewer, Ed25519PrivateKey, float]:
    reviewer, key = _reviewer("审查人")
    start = time.perf_counter()
    with AuditLog(home) as log:
        log.register_reviewer(reviewer, key)
        done = 1
        while done < entries:
            with log.writing(reviewer.fingerprint, key) as tx:
                for _ in range(min(BATCH, entries - done)):
                    tx.append("decision", _decision(done, reviewer.fingerprint[:8]),
                              checkpoint=(done + 1) % 10_000 == 0)
                    done += 1
    return reviewer, key, time.perf_counter() - start


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


# -- PostgreSQL ---------------------------------------------------------------------------------
@contextmanager
def pg_server():
    """``(owner URL, desks' URL or None)``: the bench URL, or a throw-away cluster made durable."""
    url = os.environ.get(URL_ENV)
    if url:
        yield url, None
        return
    cluster = Path(tempfile.mkdtemp(prefix="bench-register-pg-"))  # its own folder: the server's user owns it
    started = subprocess.run([str(ROOT / "tools" / "pg_test_cluster.sh"), "start", str(cluster)],
                             capture_output=True, text=True)
    if started.returncode != 0:
        raise SystemExit(f"No PostgreSQL: set {URL_ENV} or install the postgresql package.\n{started.stderr}")
    try:
        env = (cluster / "env").read_text()
        owner = re.search(r"REVIEW_DESK_TEST_PG_OWNER_URL=(\S+)", env).group(1)  # type: ignore[union-attr]
        app = re.search(r"REVIEW_DESK_TEST_PG_URL=(\S+)", env).group(1)  # type: ignore[union-attr]
        import psycopg

        superuser = re.sub(r"//rd_owner@", "//postgres@", owner)
        with psycopg.connect(superuser, autocommit=True) as conn:  # the tests' cluster skips fsync: not here
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                conn.execute(f"ALTER SYSTEM SET {setting} = on")
            conn.execute("SELECT pg_reload_conf()")
        yield owner, app
    finally:
        subprocess.run([str(ROOT / "tools" / "pg_test_cluster.sh"), "stop", str(cluster)], capture_output=True)


@contextmanager
def pg_register(owner_url: str, app_url: str | None):
    """A throw-away database with a register: ``(owner URL, desks' URL)``."""
    import psycopg

    from review_desk.core.audit.register import init_register

    name = f"rd_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(owner_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    owner = owner_url.rpartition("/")[0] + "/" + name
    desks = app_url.rpartition("/")[0] + "/" + name if app_url else owner
    try:
        role = psycopg.conninfo.conninfo_to_dict(desks).get("user") if app_url else None
        init_register(owner, grant=role)
        yield owner, desks
    finally:
        with psycopg.connect(owner_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--appends", type=int, default=150, help="appends per writer process (default 150)")
    parser.add_argument("--entries", type=int, default=100_000, help="entries of the log verified (default 100000)")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for writers in WRITERS:
            rate = appends_per_second(None, writers, args.appends, tmp)
            rows.append(("SQLite", f"appends/s, {writers} writer process(es)", f"{rate:,.0f}"))
        with pg_server() as (owner, app):
            for writers in WRITERS:
                with pg_register(owner, app) as (_, desks):
                    rate = appends_per_second(desks, writers, args.appends, tmp)
                rows.append(("PostgreSQL", f"appends/s, {writers} writer process(es)", f"{rate:,.0f}"))
            home = tmp / "big desk"
            reviewer, key, built = build_log(home, args.entries)
            rows.append(("SQLite", f"build {args.entries:,} entries ({BATCH} per transaction)", f"{built:.1f} s"))
            checked, seconds = timed(verify_log, home)
            assert checked.ok and checked.entries == args.entries, checked
            rows.append(("SQLite", f"log verify, {checked.entries:,} entries", f"{seconds:.1f} s"))
            with pg_register(owner, app) as (register_owner, desks):
                from review_desk.core.audit.register_import import import_desk_log

                result, seconds = timed(import_desk_log, home, register_owner, reviewer, key)
                assert result.imported and result.verification is not None and result.verification.ok
                rows.append(("PostgreSQL", f"register import of {result.entries:,} entries (2 verifies incl.)",
                             f"{seconds:.1f} s"))
                checked, seconds = timed(verify_log, home, database=desks)
                assert checked.ok, checked
                rows.append(("PostgreSQL", f"log verify, {checked.entries:,} entries", f"{seconds:.1f} s"))
    load = os.getloadavg()[0]
    print(f"review log on both engines: {os.cpu_count()} cores, load average {load:.1f} at the end")
    width = max(len(r[1]) for r in rows)
    print(f"{'engine':<11} {'measure':<{width}} {'result':>10}")
    for engine, measure, value in rows:
        print(f"{engine:<11} {measure:<{width}} {value:>10}")


if __name__ == "__main__":
    main()
