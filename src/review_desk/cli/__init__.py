"""The ``review-desk`` command line over the core.

Sub-commands:

* ``scan [--json] FILE...``: find personal data and classification marks;
* ``evaluate DIR [--docx DIR]``: per-type precision and recall on a labelled set;
* ``redact FILE -o OUT``: the de-identified, sanitized copy (:mod:`.redact_cmd`);
* ``reviewer``, ``review``, ``publish``, ``log``: the review workflow (:mod:`.review_cmd`), on the
  desk's own log or, with ``--database URL`` / ``REVIEW_DESK_DATABASE_URL``, an office's register;
* ``register init / upgrade / status``: set up that register on PostgreSQL (:mod:`.register_cmd`);
* ``gui [FILE]``: open the desk.

Exit codes (:mod:`.exit_codes`): 0 success; 2 usage error; 3 at least one input could not be read
(its JSON object carries ``errors``; the other files are still processed); 4 nothing written;
5 written but not publishable; 6 refused by the workflow's rules; 7 the audit log failed
verification (or a review's decisions are not the signed ones, the log does not extend a kept
checkpoint, a PDF is not a recorded export); 8 a prompt got end of input
(Ctrl-D); 130 interrupted (Ctrl-C); 1 an unexpected internal error.
Heavy imports (spaCy, Presidio, Qt) happen inside the command functions so that
``review-desk --version`` answers at once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import unicodedata
from typing import Sequence

from review_desk import __version__
from review_desk.cli.common import add_list_options, detect_config, warn_if_no_model
from review_desk.cli.exit_codes import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, exit_code
from review_desk.core.errors import ReviewDeskError

log = logging.getLogger(__name__)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


def _shorten(text: str, limit: int = 40) -> str:
    text = text.replace("\n", "⏎").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_table(result) -> None:
    out = sys.stdout
    if result.errors:
        for err in result.errors:
            out.write(f"{result.path}: error [{err['code']}] {err['message']}\n")
        return
    out.write(f"{result.path}  sha256 {result.sha256}  {len(result.findings)} findings\n")
    if not result.findings:
        out.write("\n")
        return
    header = ("type", "action", "score", "where", "text")
    rows = [
        (f.type, f.action.value, f"{f.score:.2f}", f"{f.part} {f.location} [{f.start}:{f.end}]", _shorten(f.text))
        for f in result.findings
    ]
    widths = [max(_display_width(r[i]) for r in rows + [header]) for i in range(4)]
    for row in [header] + rows:
        cells = [_pad(row[i], widths[i]) for i in range(4)] + [row[4]]
        out.write("  " + "  ".join(cells).rstrip() + "\n")
    out.write("\n")


def _scan_kind(result) -> dict | None:
    """The document's kind and deadline (None for a file that could not be read)."""
    from review_desk.core.review.kinds import classify, kind_view

    if result.document is None or result.errors:
        return None
    return kind_view(classify(result.document).to_dict(), dt.date.today())


def _kind_line(kind: dict) -> str:
    from review_desk.core.names import DEADLINE_RULES

    line = f"  kind: {kind['name']} ({kind['kind']})"
    if kind.get("rule"):
        line += f"; {DEADLINE_RULES[str(kind['rule'])]}"
        if kind.get("due"):
            line += f"; from {kind['start']}, due {kind['due']} ({kind['days_left']} working days left)"
            if kind.get("estimated"):
                line += " [estimated: the holiday calendar does not cover these dates]"
        elif kind.get("error"):
            line += f"; from {kind['start']}, due date not counted [{kind['error']}]"
        else:
            line += "; the start date is not in the document"
    if kind.get("missing_names"):
        line += f"\n  missing required fields: {'、'.join(kind['missing_names'])}"
    return line


def cmd_scan(args) -> int:
    from review_desk.core.detect.detector import Detector
    from review_desk.core.detect.parallel import ParallelDetector
    from review_desk.core.detect.scanner import scan_path

    status = EXIT_OK
    warn_if_no_model()
    with ParallelDetector(Detector(detect_config(args)), workers=args.workers) as detector:
        for path in args.files:
            result = scan_path(path, detector)
            if result.errors:
                status = EXIT_UNREADABLE
            kind = _scan_kind(result)
            if args.json:
                sys.stdout.write(json.dumps({**result.to_dict(), "kind": kind}, ensure_ascii=False) + "\n")
            else:
                _print_table(result)
                if kind:
                    sys.stdout.write(_kind_line(kind) + "\n\n")
            sys.stdout.flush()
    return status


def cmd_evaluate(args) -> int:
    from review_desk.core.detect.evaluate import evaluate_corpus, format_report

    report = evaluate_corpus(args.directory, docx_directory=args.docx)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report))
    return EXIT_OK


def cmd_gui(args) -> int:
    from review_desk.gui.app import run_app

    return run_app(args.files, sample=args.sample, verbose=args.verbose)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="review-desk",
        description="Review Desk (审查台): pre-publication privacy and confidentiality review.",
    )
    parser.add_argument("--version", action="version", version=f"review-desk {__version__}")
    parser.add_argument("--home", metavar="DIR",
                        help="the desk's data folder (keys, audit log); default REVIEW_DESK_HOME or the user data folder")
    parser.add_argument("--database", metavar="URL",
                        help="the office's shared register (postgresql://user@host/dbname); default "
                             "REVIEW_DESK_DATABASE_URL, else the desk's own log in its data folder")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="log what happens on stderr too (the log file in DIR/logs is always written)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = sub.add_parser("scan", help="find personal data and classification marks in documents")
    scan.add_argument("files", nargs="+", metavar="FILE", help=".docx, .txt or .md files")
    scan.add_argument("--json", action="store_true", help="one JSON object per input file per line")
    scan.add_argument("--workers", type=int, default=None, metavar="N",
                      help="processes used for detection (default: one per core; 1 = in-process)")
    add_list_options(scan)
    scan.set_defaults(func=cmd_scan)

    evaluate = sub.add_parser("evaluate", help="precision and recall per type on the labelled corpus")
    evaluate.add_argument("directory", metavar="DIR", help="a labelled set: documents with .gold.json files")
    evaluate.add_argument("--docx", metavar="DIR", help="also check a folder of hiding-place .docx files (gold.json)")
    evaluate.add_argument("--json", action="store_true")
    evaluate.set_defaults(func=cmd_evaluate)

    from review_desk.cli import redact_cmd, register_cmd, review_cmd

    redact_cmd.add_parser(sub)
    review_cmd.add_parsers(sub)
    register_cmd.add_parsers(sub)

    gui = sub.add_parser("gui", help="open the desk")
    gui.add_argument("files", nargs="*", metavar="FILE")
    gui.add_argument("--sample", action="store_true", help="open the bundled sample draft, analysed")
    gui.set_defaults(func=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    from review_desk.core.home import data_home
    from review_desk.core.logs import configure_logging

    if args.command != "gui":  # the desk sets up its own log
        configure_logging(data_home(args.home), verbose=args.verbose)
    log.info("review-desk %s: %s", __version__, args.command)
    try:
        status = args.func(args)
    except KeyboardInterrupt:  # Ctrl-C, also at a prompt: a write under way was rolled back
        log.info("%s: interrupted", args.command)
        sys.stderr.write("\nreview-desk: interrupted; nothing more was done.\n")
        return EXIT_INTERRUPTED
    except ReviewDeskError as exc:
        log.warning("%s failed: %s", args.command, exc.code.value)
        sys.stderr.write(f"review-desk: {exc.message} [{exc.code.value}]\n")
        return exit_code(exc)
    except Exception as exc:  # the user never sees a traceback (logged with it)
        log.error("%s: unexpected error", args.command, exc_info=exc)
        sys.stderr.write(f"review-desk: internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL
    log.info("%s: exit status %d", args.command, status)
    return status


if __name__ == "__main__":
    sys.exit(main())
