"""Session-wide test setup.

* ``tests/support`` (shared builders such as ``docx_factory`` and ``docx_checks``) is importable by
  plain name from every test folder;
* ``analyzer`` / ``detector``: the recognizers on a blank pipeline (no model; fast);
* ``ner_model`` / ``model_detector``: the real model (``models/zh_review_ner``), loaded ONCE per
  session and shared by the detection, redaction and command-line tests; tests using them are
  marked ``model``; the model is committed, so a missing or broken model fails them.
* ``pg_server`` / ``pg_database`` / ``pg_register``: the PostgreSQL server of ``make test``
  (``tests/support/pg_register.py``), a fresh empty database per test, and one with a register
  initialised and granted to the desks' role; tests using them are marked ``postgres``.  Without a
  server they skip, except under ``CI=true``, where a missing server fails them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

SUPPORT = Path(__file__).parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))
# No test writes to the user's real data folder (keys, audit log, the log file).
os.environ.setdefault("REVIEW_DESK_HOME", tempfile.mkdtemp(prefix="review-desk-tests-"))
# Nor to an office's register: a test that wants PostgreSQL asks for pg_register.
os.environ.pop("REVIEW_DESK_DATABASE_URL", None)


@pytest.fixture(scope="session")
def pg_server():
    from pg_register import APP_ENV, OWNER_ENV, admin, server_from_env

    server = server_from_env()
    problem = None if server else f"no PostgreSQL test server ({OWNER_ENV} and {APP_ENV} unset; make test starts one)"
    if server:
        try:
            admin(server.owner_url).close()
        except Exception as exc:  # noqa: BLE001 - any failure to connect is the same finding
            problem = f"the PostgreSQL test server cannot be reached: {exc}"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem + " (CI=true: the postgres tests must run)")
        pytest.skip(problem)
    return server


@pytest.fixture
def pg_database(pg_server):
    """A fresh, empty database of its own for one test (dropped afterwards)."""
    from pg_register import create_database, drop_database

    database = create_database(pg_server)
    yield database
    drop_database(pg_server, database)


@pytest.fixture
def pg_register(pg_database):
    """A fresh database with the register initialised (by its owner) and granted to the desks' role."""
    from review_desk.core.audit.register import init_register

    init_register(pg_database.owner_url, grant=pg_database.app_role)
    return pg_database


@pytest.fixture(scope="session")
def analyzer():
    from review_desk.core.detect.analyzer import build_analyzer

    return build_analyzer()


@pytest.fixture(scope="session")
def detector(analyzer):
    from review_desk.core.detect.detector import DetectConfig, Detector

    return Detector(DetectConfig(), analyzer=analyzer)


@pytest.fixture(scope="session")
def ner_model():
    from review_desk.core.detect.ner.model import load_ner_pipeline

    nlp = load_ner_pipeline()
    assert nlp is not None, "models/zh_review_ner is committed: it must load (check the checkout or Git LFS)"
    return nlp


@pytest.fixture(scope="session")
def model_detector(ner_model):
    from review_desk.core.detect.analyzer import build_analyzer
    from review_desk.core.detect.detector import DetectConfig, Detector

    return Detector(DetectConfig(), analyzer=build_analyzer(ner_model, ner_recognizer=False))


@pytest.fixture(scope="session", autouse=True)
def scrypt_once_per_key():
    """Derive each (passphrase, salt, cost) once per session: a key costs scrypt n = 2**17 (about half a
    second) to create and the same again on every unlock, and the workflow tests unlock the same few
    keys hundreds of times.  The derivation is a pure function, so remembering it changes no result;
    subprocesses (the command-line and crash tests) still derive for real."""
    from review_desk.core.identity import keys

    real, known = keys._derive, {}

    def derive(passphrase, salt, n, r, p):
        args = (passphrase, bytes(salt), n, r, p)
        if args not in known:
            known[args] = real(*args)
        return known[args]

    keys._derive = derive
    yield
    keys._derive = real
