"""Ctrl-D and Ctrl-C at the passphrase prompt, typed into a real terminal: a message and an exit code
of their own (8 and 130), no traceback, no "internal error", and nothing written to the desk."""

from __future__ import annotations

import os
import select
import signal
import sys
import time

import pytest

from review_desk.cli.exit_codes import EXIT_INTERRUPTED, EXIT_NO_INPUT

pty = pytest.importorskip("pty")


def _type_at_prompt(home, keys: bytes, *args: str) -> tuple[int, str]:
    """Run ``review-desk ARGS`` in a new terminal, type ``keys`` at the first prompt; (exit code, screen)."""
    env = {k: v for k, v in os.environ.items() if k != "REVIEW_DESK_PASSPHRASE"}
    env["REVIEW_DESK_HOME"] = str(home)
    pid, fd = pty.fork()
    if pid == 0:  # the child: its own session, this terminal its controlling one
        # Ctrl-C must reach it even when the tests run as a background job of a non-interactive
        # shell, which starts them with SIGINT ignored (inherited: the child would wait forever)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, "-m", "review_desk", *args], env)
    screen, deadline, typed = b"", time.monotonic() + 60, False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        if not typed and b"Passphrase: " in screen:
            time.sleep(0.2)  # the prompt is written before the terminal stops echoing
            os.write(fd, keys)
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert typed, screen.decode("utf-8", "replace")
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace")


@pytest.mark.parametrize("keys,code,words", [(b"\x04", EXIT_NO_INPUT, "No passphrase was entered"),
                                             (b"\x03", EXIT_INTERRUPTED, "interrupted")])
def test_ctrl_d_and_ctrl_c_at_the_passphrase_prompt_end_cleanly(tmp_path, keys, code, words):
    home = tmp_path / "home"
    status, screen = _type_at_prompt(home, keys, "reviewer", "add", "--name", "王审查")
    assert status == code, screen
    assert words in screen and "Traceback" not in screen and "internal error" not in screen
    assert not (home / "keys").exists() or not list((home / "keys").iterdir())
