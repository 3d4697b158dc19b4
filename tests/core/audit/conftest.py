"""Fixtures for the audit log tests."""

from __future__ import annotations

import pytest

from .audit_helpers import LogHome, populated


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def log_home(request, tmp_path):
    """A closed, populated log: 2 reviewers + 8 events (10 entries), a checkpoint at size 7; on each
    engine: ``(LogHome, people)``."""
    home = LogHome(tmp_path / "desk")
    if request.param == "postgres":
        register = request.getfixturevalue("pg_register")
        home = LogHome(home.home, register.url, register.owner_url)
    log, people = populated(home)
    log.close()
    return home, people
