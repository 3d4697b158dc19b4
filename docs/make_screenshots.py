"""Screenshots of the desk for the README, taken under Xvfb on the bundled sample draft with the
real model:  ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py``.

Writes docs/screenshots/{welcome,review,signoff}.png (Chinese interface, bundled font).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

OUT = Path(__file__).resolve().parent / "screenshots"


def wait(condition, timeout=60.0):
    end = time.time() + timeout
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.time() > end:
            raise TimeoutError


def settle(seconds=0.5):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from review_desk.gui import app

    window = app.start([], home=tmp / "home")
    window.resize(1500, 920)
    settle()
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "welcome.png"))
    window.open_sample()
    wait(lambda: window.draft is not None, 120)
    settle()
    # decide a few findings to show every status: mask, redact, keep (an organisation)
    for action in ("mask", "mask", "redact", "mask"):
        window.decide(action)
    org = next((f.id for f in window.draft.findings if f.type == "ORGANIZATION"), None)
    if org:
        window.select_finding(org)
        window.decide("keep")
    window.next_undecided()
    settle(1.0)
    window.grab().save(str(OUT / "review.png"))
    window.desk.add_reviewer("王审查", "法制科", "correct-horse-battery")
    window.identity = window.desk.identity("王审查", "correct-horse-battery")
    window.choose_sign_off()
    wait(lambda: window.active_dialog is not None)
    settle(1.0)
    window.active_dialog.grab().save(str(OUT / "signoff.png"))
    window.active_dialog.reject()
    window.close()
    print("screenshots written to", OUT)
    sys.exit(0)


if __name__ == "__main__":
    main()
