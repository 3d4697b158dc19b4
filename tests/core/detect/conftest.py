"""The ``analyzer`` and ``detector`` session fixtures live in ``tests/conftest.py`` (shared with the
redaction and command-line tests)."""
