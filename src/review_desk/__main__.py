"""``python -m review_desk`` runs the command line."""

import sys

from review_desk.cli import main

sys.exit(main())
