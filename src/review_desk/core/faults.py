"""Crash points for the tests that prove a killed process leaves no partial output and a log that
verifies.  ``crash_point(name)`` ends the process at once (``os._exit``, no clean-up, like a kill)
when the environment variable ``REVIEW_DESK_CRASH_AT`` equals ``name``; otherwise it does nothing.
"""

from __future__ import annotations

import os

CRASH_ENV = "REVIEW_DESK_CRASH_AT"
CRASH_EXIT = 137


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(CRASH_EXIT)
