"""Entry point of the windowed ``review-desk.exe`` built on Windows: opens the desk, on the file
given (Explorer's "Open with Review Desk" passes the .docx), else on the welcome page.
Used by ``installer/review_desk.spec`` only."""

import multiprocessing
import os
import sys

from review_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # a windowed executable has no console: sys.stdout / sys.stderr are None, and a write would raise
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    sys.exit(main(["gui", *sys.argv[1:]]))
