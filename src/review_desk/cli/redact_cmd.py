"""``review-desk redact FILE -o OUT``: write the de-identified, sanitized copy.

The policy's suggestions are applied as they are (personal data masked or removed, informational
findings kept).  Without ``--policy`` the document kind's policy is used, as ``review start`` does
(read from the title, 文号 and structure, or ``--kind``): a proposal reply gets ``proposal-reply``,
whose 抄送 block is cut out, a 双公示 decision ``double-publicity``, other documents ``default``.  Exit codes: 0 written and publishable; 2 usage (bad policy, output
is the input or exists without ``--force``); 3 the input cannot be read; 4 nothing written
(the residual check found a redacted value, or the sanitizer refused the file); 5 written, but
classification marks make the document unpublishable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from review_desk.cli.common import add_list_options, detect_config, warn_if_no_model
from review_desk.cli.exit_codes import EXIT_NOT_PUBLISHABLE, EXIT_OK, exit_code
from review_desk.core.names import DOCUMENT_KINDS

_KINDS = list(DOCUMENT_KINDS)


def add_parser(sub) -> None:
    parser = sub.add_parser("redact", help="write a de-identified, sanitized copy of a document",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", metavar="FILE", help=".docx, .txt or .md file (never modified)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="where to write the copy")
    parser.add_argument("--policy", default=None, metavar="NAME",
                        help="policy name in resources/policies (default, remove-all …) or a .toml path "
                             "(default: the document kind's policy)")
    parser.add_argument("--kind", choices=_KINDS, default=None,
                        help="the document kind, instead of the one read from the document (chooses the policy)")
    parser.add_argument("--agency", metavar="NAME", help="author / last-modified-by of the copy")
    parser.add_argument("--no-sanitize", action="store_true",
                        help="keep comments, tracked changes, properties ... (values in them are still redacted)")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT if it exists (never the input, never a file of the desk's data folder)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.add_argument("--workers", type=int, default=None, metavar="N", help="processes used for detection")
    add_list_options(parser)
    parser.set_defaults(func=cmd_redact)


def _summary(report, kind: str) -> str:
    ops = Counter(a.operation.value for a in report.applied)
    lines = [f"{report.input_path} -> {report.output_path}", f"  kind {kind} ({DOCUMENT_KINDS[kind]})",
             f"  policy {report.policy}: {ops.get('mask', 0)} masked, {ops.get('redact', 0)} removed, "
             f"{report.kept} kept",
             f"  sha256 in  {report.sha256_in}", f"  sha256 out {report.sha256_out}"]
    by_type = Counter(a.finding.type for a in report.applied)
    if by_type:
        lines.append("  de-identified: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    for action in report.sanitize:
        lines.append(f"  sanitized: {action.message}")
    for note in report.notes:
        lines.append(f"  note: {note}")
    lines.append(f"  residual check: passed ({report.residual.values_checked} value(s) checked)")
    for f in report.classified:
        lines.append(f"  WARNING: classification mark {f.text!r} in {f.part} {f.location}: "
                     "the document must not be published proactively.")
    return "\n".join(lines) + "\n"


def cmd_redact(args) -> int:
    from review_desk.core.detect.detector import Detector
    from review_desk.core.detect.parallel import ParallelDetector
    from review_desk.core.detect.scanner import scan_document
    from review_desk.core.document import read_document
    from review_desk.core.home import data_home
    from review_desk.core.redact import RedactError, ResidualFound, load_policy, redact_document, suggested_redactions

    from review_desk.core.review.kind_findings import with_policy_findings
    from review_desk.core.review.kinds import classify, policy_for

    policy = load_policy(args.policy) if args.policy else None  # a bad policy is refused before reading
    document = read_document(args.file)
    kind = classify(document, args.kind)
    if policy is None:
        policy = load_policy(policy_for(kind.kind))  # as review start: the kind's policy
    warn_if_no_model()
    with ParallelDetector(Detector(detect_config(args)), workers=args.workers) as detector:
        findings = scan_document(document, detector)
    findings = with_policy_findings(document, findings, policy)  # the 抄送 block cut, 双公示 representatives kept
    try:
        report = redact_document(
            document, suggested_redactions(findings, policy), args.output, policy,
            sanitize=False if args.no_sanitize else None, agency=args.agency, force=args.force,
            protected=(data_home(args.home),),
        )
    except RedactError as exc:
        if args.json:
            payload = {"input": args.file, "output": None, "error": exc.to_dict()}
            if isinstance(exc, ResidualFound):
                payload["residual_check"] = exc.residual.to_dict()
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        sys.stderr.write(f"review-desk: {exc.message} [{exc.code.value}]\n")
        return exit_code(exc)
    if args.json:
        sys.stdout.write(json.dumps({**report.to_dict(), "kind": kind.kind.value}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_summary(report, kind.kind.value))
    return EXIT_OK if report.publishable else EXIT_NOT_PUBLISHABLE
