"""Fixtures for the audit log tests."""

from __future__ import annotations

import pytest

from .audit_helpers import populated


@pytest.fixture
def log_home(tmp_path):
    """A closed, populated log: 2 reviewers + 8 events (10 entries), a checkpoint at size 7."""
    home = tmp_path / "desk"
    log, people = populated(home)
    log.close()
    return home, people
