"""The passphrase of the test reviewers' keys (a module of its own: test files import it by name,
which ``from conftest import`` cannot do when two folders' conftest modules are collected together)."""

PASS = "correct-horse-battery"
