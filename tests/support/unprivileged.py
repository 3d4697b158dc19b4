"""A command prefix under which a child process is bound by the file system's permissions, so that a
folder made read-only with ``chmod`` really refuses its writes — also when the tests run as root,
whom permission bits do not stop.

* not root: no prefix is needed;
* root, with util-linux ``setpriv``: the child runs as root without the capabilities that override
  permission bits (``CAP_DAC_OVERRIDE``, ``CAP_DAC_READ_SEARCH``, ``CAP_FOWNER``), so it can still
  read its own (root-owned) files but is refused a write into a folder without the write bit;
* otherwise ``None`` and the reason, for ``pytest.skip``.

The prefix is probed before it is used: a child that can still write into a read-only folder gives
``None`` too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_DROP = "-dac_override,-dac_read_search,-fowner"


def unprivileged_prefix() -> tuple[list[str] | None, str]:
    """``(prefix, reason)``: ``prefix`` is ``None`` when no real read-only folder can be had here."""
    if not hasattr(os, "geteuid"):
        return None, "no POSIX permissions on this system"
    if os.geteuid() != 0:
        prefix: list[str] = []
    elif shutil.which("setpriv"):
        prefix = ["setpriv", f"--bounding-set={_DROP}", f"--inh-caps={_DROP}", "--"]
    else:
        return None, "the tests run as root and setpriv (util-linux) is missing: root ignores folder permissions"
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base) / "read-only"
        folder.mkdir(mode=0o555)
        try:
            probe = subprocess.run([*prefix, sys.executable, "-c", f"open({str(folder / 'x')!r}, 'w')"],
                                   capture_output=True, text=True, timeout=60)
        finally:
            folder.chmod(0o755)
    if probe.returncode == 0:
        return None, "a child process could still write into a read-only folder here"
    if "PermissionError" not in probe.stderr:
        return None, f"the unprivileged child did not run: {probe.stderr.strip()[-200:]}"
    return prefix, ""
