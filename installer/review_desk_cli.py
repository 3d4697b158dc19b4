"""Entry point of the frozen ``review-desk`` executable: the command line (``review-desk gui`` opens
the desk).  Used by ``installer/review_desk.spec`` only; a source checkout runs ``review-desk``."""

import multiprocessing
import sys

from review_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # no-op unless a worker is spawned (Windows has no fork)
    sys.exit(main())
