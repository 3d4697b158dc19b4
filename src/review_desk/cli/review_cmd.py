"""The review workflow on the command line: ``reviewer``, ``review``, ``publish`` and ``log``.

All state lives in the desk home (``--home DIR``, ``REVIEW_DESK_HOME``, or the platform's data
folder).  Passphrases come from ``REVIEW_DESK_PASSPHRASE`` or a prompt.  Exit codes: 0 done;
2 invalid input (a decision without the basis it needs, an unknown finding); 3 unreadable file;
4 nothing written (publish: residual check); 6 refused by the rules (unsigned review, changed
file, undecided findings, wrong reviewer, wrong passphrase) or a log problem; 7 ``log verify``
found the log damaged or tampered with (or, ``--against``, not extending the kept checkpoint),
``log verify-pdf`` a PDF that is not a recorded export, or ``publish`` decisions other than the signed ones;
8 the passphrase prompt got end of input (Ctrl-D); 130 interrupted (Ctrl-C).  Nothing is written
by a command that ends with an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys

from review_desk.cli.common import add_list_options, detect_config, warn_if_no_model
from review_desk.cli.exit_codes import EXIT_LOG_BROKEN, EXIT_OK
from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.review.kinds import NEAR_DAYS, DocumentKind, is_due, kind_view

PASSPHRASE_ENV = "REVIEW_DESK_PASSPHRASE"


class UsageError(MessageError):
    """The command line was used wrongly (a missing option, an unreadable decisions file)."""

    error_code = ErrorCode.USAGE


def _passphrase(confirm: bool = False) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase: set {PASSPHRASE_ENV} or run in a terminal.")
    first = _ask("Passphrase: ")
    if confirm and _ask("Passphrase again: ") != first:
        raise UsageError("The passphrases differ.")
    return first


def _ask(prompt: str) -> str:
    """A hidden answer from the terminal; Ctrl-D ends the command cleanly (Ctrl-C is main()'s)."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        sys.stderr.write("\n")
        raise MessageError("No passphrase was entered (end of input); nothing was done.",
                           code=ErrorCode.INPUT_CLOSED) from None


def _desk(args):
    from review_desk.core.home import data_home, database_url
    from review_desk.core.review import ReviewDesk

    return ReviewDesk(data_home(args.home), database_url(getattr(args, "database", None)))


def _today() -> dt.date:
    """Today, for the days left to a deadline (one place, so tests can fix the day)."""
    return dt.date.today()


def _print(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


# -- reviewer -----------------------------------------------------------------------------------

def cmd_reviewer_add(args) -> int:
    with _desk(args) as desk:
        reviewer = desk.add_reviewer(args.name, args.unit or "", _passphrase(confirm=True))
        _print({"name": reviewer.name, "unit": reviewer.unit, "fingerprint": reviewer.fingerprint,
                "created": reviewer.created})
    return EXIT_OK


def cmd_reviewer_list(args) -> int:
    with _desk(args) as desk:
        _print([{"name": r.name, "unit": r.unit, "fingerprint": r.fingerprint, "created": r.created}
                for r in desk.log.reviewers()])
    return EXIT_OK


# -- review -------------------------------------------------------------------------------------

def _finding_rows(state, texts=None):
    rows = []
    for fid, f in state.findings.items():
        d = state.decisions.get(fid)
        row = {"finding_id": fid, "type": f.type, "preview": f.preview, "part": f.part, "location": f.location,
               "start": f.start, "end": f.end, "suggested": f.suggested, "manual": f.manual,
               "decision": ({"action": d.action, "basis": d.basis, "note": d.note, "suggested": d.suggested}
                            if d else None)}
        if texts is not None:
            row["text"] = texts.get(fid)
        rows.append(row)
    return rows


def _state_dict(state, texts=None):
    return {"review_id": state.review_id, "sha256": state.sha256, "file_name": state.file_name,
            "title": state.title, "doc_number": state.doc_number, "status": state.status, "policy": state.policy,
            "supersedes": state.supersedes, "superseded_by": state.superseded_by,
            "revoked": ({"at": state.revocation.at, "reason": state.revocation.reason} if state.revocation else None),
            "kind": kind_view(state.kind, _today()),
            "summary": bool(state.signature and state.signature.summary),
            "undecided": len(state.undecided), "findings": _finding_rows(state, texts)}


def cmd_review_start(args) -> int:
    from review_desk.core.detect.detector import Detector
    from review_desk.core.detect.parallel import ParallelDetector
    from review_desk.core.detect.scanner import scan_document

    with _desk(args) as desk:
        passphrase = _passphrase()

        def scan(document):
            warn_if_no_model()
            with ParallelDetector(Detector(detect_config(args)), workers=args.workers) as detector:
                return scan_document(document, detector)

        started = desk.start(args.file, args.reviewer, passphrase, scan, args.policy, kind=args.kind)
        data = _state_dict(started.review, started.texts)
        data["resumed"] = started.resumed
        _print(data)
    return EXIT_OK


def cmd_review_list(args) -> int:
    with _desk(args) as desk:
        names = {r.fingerprint: r.name for r in desk.log.reviewers()}
        today = _today()
        reviews = [r for r in desk.reviews().values()
                   if not args.due or (r.status not in ("published", "revoked") and is_due(r.kind, today))]
        _print([{"review_id": r.review_id, "file_name": r.file_name, "title": r.title, "doc_number": r.doc_number,
                 "sha256": r.sha256, "status": r.status, "reviewer": names.get(r.reviewer, r.reviewer),
                 "started_at": r.started_at, "findings": len(r.findings), "undecided": len(r.undecided),
                 "attribute": r.signature.attribute if r.signature else None, "kind": kind_view(r.kind, today)}
                for r in reviews])
    return EXIT_OK


def cmd_review_show(args) -> int:
    with _desk(args) as desk:
        _print(_state_dict(desk.review(args.review_id)))
    return EXIT_OK


def _acting_reviewer(desk, args) -> str:
    """``--reviewer``, else the reviewer who started the review."""
    return args.reviewer or desk.reviewer(desk.review(args.review_id).reviewer).name


def _load_decisions(path: str):
    from review_desk.core.review import DecisionInput

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UsageError(f"Cannot read the decisions file {path}: {exc}") from exc
    if not isinstance(data, list) or not all(isinstance(d, dict) and "finding_id" in d and "action" in d for d in data):
        raise UsageError("The decisions file must be a JSON list of {finding_id, action, basis, note} objects.")
    return [DecisionInput(str(d["finding_id"]), str(d["action"]), d.get("basis"), d.get("note")) for d in data]


def cmd_review_decide(args) -> int:
    if bool(args.decisions) == bool(args.accept_suggested):
        raise UsageError("Give either --decisions FILE.json or --accept-suggested.")
    with _desk(args) as desk:
        name = _acting_reviewer(desk, args)
        passphrase = _passphrase()
        if args.decisions:
            count = desk.decide(args.review_id, _load_decisions(args.decisions), name, passphrase)
        else:
            count = desk.accept_suggested(args.review_id, name, passphrase)
        state = desk.review(args.review_id)
        _print({"review_id": args.review_id, "decided": count, "undecided": len(state.undecided)})
    return EXIT_OK


def cmd_review_add(args) -> int:
    with _desk(args) as desk:
        name = _acting_reviewer(desk, args)
        added = desk.add_finding(args.review_id, args.text, args.type, name, _passphrase(), file=args.file,
                                 occurrence=args.occurrence)
        _print({"review_id": args.review_id, "added": [f.to_dict() for f in added]})
    return EXIT_OK


def cmd_review_sign(args) -> int:
    with _desk(args) as desk:
        name = _acting_reviewer(desk, args)
        record = {"drafting_unit": args.drafting_unit, "handler": args.handler, "opinion": args.opinion,
                  "scope": args.scope, "publish_date": args.publish_date}
        state = desk.sign(args.review_id, args.attribute, name, _passphrase(), args.basis, args.reason,
                          record=record, summary=args.summary)
        _print({"review_id": state.review_id, "status": state.status, "attribute": state.signature.attribute,
                "summary": state.signature.summary, "signed_at": state.signature.at})
    return EXIT_OK


def cmd_review_countersign(args) -> int:
    with _desk(args) as desk:
        state = desk.countersign(args.review_id, args.reviewer, _passphrase())
        _print({"review_id": state.review_id, "status": state.status,
                "countersigned_at": state.countersignature.at})
    return EXIT_OK


def cmd_review_approve(args) -> int:
    with _desk(args) as desk:
        state = desk.approve(args.review_id, args.reviewer, _passphrase())
        _print({"review_id": state.review_id, "status": state.status, "approved_at": state.approval.at})
    return EXIT_OK


def cmd_review_revoke(args) -> int:
    with _desk(args) as desk:
        name = _acting_reviewer(desk, args)
        state = desk.revoke(args.review_id, args.reason or "", name, _passphrase())
        _print({"review_id": state.review_id, "status": state.status, "revoked_at": state.revocation.at,
                "reason": state.revocation.reason})
    return EXIT_OK


def cmd_publish(args) -> int:
    with _desk(args) as desk:
        report = desk.publish(args.review_id, args.output, args.reviewer, _passphrase(), file=args.file,
                              force=args.force, agency=args.agency, archive=args.archive)
        data = report.to_dict()
        _print({"review_id": args.review_id, "output": data["output"], "sha256_in": data["sha256_in"],
                "sha256_out": data["sha256_out"], "stamp": data["stamp"], "residual_check": data["residual_check"],
                "sanitized": data["sanitized"]})
    return EXIT_OK


# -- log ----------------------------------------------------------------------------------------

def _against(args, kept, verification) -> dict:
    """``--against FILE``: whether the log extends the checkpoint kept in FILE."""
    from review_desk.core.audit.extension import check_extends

    if not verification.ok:
        return {"ok": False, "checked": False, "problem": "not checked: the log itself does not verify.",
                "checkpoint_size": kept.tree_size, "checkpoint_root": kept.root}
    with _desk(args) as desk:
        ext = check_extends(desk.log, kept)
    return {"ok": ext.ok, "checked": True, "code": ext.code, "problem": ext.problem, "file": args.against,
            "checkpoint_size": ext.checkpoint_size, "checkpoint_root": ext.checkpoint_root,
            "checkpoint_time": kept.time, "signer": kept.signer.name, "signer_fingerprint": kept.signer.fingerprint,
            "log_size": ext.log_size, "log_root": ext.log_root, "consistency_proof": list(ext.proof)}


def cmd_log_verify(args) -> int:
    from review_desk.core.audit.checkpoint_file import read_kept_checkpoint
    from review_desk.core.home import data_home, database_url
    from review_desk.core.review.integrity import verify_desk

    # an unreadable or forged checkpoint file is an error before anything is checked
    kept = read_kept_checkpoint(args.against) if args.against else None
    result = verify_desk(data_home(args.home), database_url(getattr(args, "database", None)))
    data: dict[str, object] = {
        "ok": result.ok, "entries": result.entries, "first_bad_entry": result.first_bad_seq, "code": result.code,
        "problem": result.problem, "checkpoint_size": result.checkpoint_size,
        "checkpoint_root": result.checkpoint_root, "reviewers": result.reviewers,
        "warnings": list(result.warnings)}
    against = _against(args, kept, result) if kept is not None else None
    if against is not None:
        data["against"] = against
    if args.json:
        _print(data)
    else:
        if result.ok:
            sys.stdout.write(f"log intact: {result.entries} entries, {result.reviewers} reviewer(s), checkpoint "
                             f"{result.checkpoint_size} root {result.checkpoint_root}\n")
            for warning in result.warnings:
                sys.stdout.write(f"warning: {warning}\n")
        else:
            sys.stdout.write(f"LOG DAMAGED: {result.problem}\n")
        if against is not None and against["ok"]:
            sys.stdout.write(f"extends the kept checkpoint: {against['checkpoint_size']} entries, root "
                             f"{against['checkpoint_root']}, signed by {against['signer']} at "
                             f"{against['checkpoint_time']}; consistency proof to {against['log_size']} entries "
                             f"({len(against['consistency_proof'])} hashes) verified\n")
        elif against is not None and against["checked"]:
            sys.stdout.write(f"DOES NOT EXTEND THE KEPT CHECKPOINT [{against['code']}]: {against['problem']}\n")
    return EXIT_OK if result.ok and (against is None or against["ok"]) else EXIT_LOG_BROKEN


def cmd_log_verify_pdf(args) -> int:
    """``log verify-pdf FILE``: is FILE an export recorded in this (verified) log, unchanged?"""
    from dataclasses import asdict

    from review_desk.core.home import data_home, database_url
    from review_desk.core.review.exports import check_pdf
    from review_desk.core.review.integrity import verify_desk

    log_check = verify_desk(data_home(args.home), database_url(getattr(args, "database", None)))
    with _desk(args) as desk:
        found = check_pdf(desk.log, args.file)
    ok = found.ok and log_check.ok
    if args.json:
        _print({**asdict(found), "ok": ok, "pdf_ok": found.ok, "log_ok": log_check.ok,
                "log_problem": log_check.problem})
    else:
        if not log_check.ok:
            sys.stdout.write(f"LOG DAMAGED: {log_check.problem} (its export records vouch for nothing)\n")
        if found.ok:
            sys.stdout.write(f"{args.file}: the export recorded as entry {found.seq}, by {found.by} "
                             f"({found.by_fingerprint}) at {found.time}; SHA-256 {found.sha256}, {found.size} bytes\n")
        else:
            sys.stdout.write(f"PDF NOT VERIFIED [{found.code}]: {found.problem}\n")
    return EXIT_OK if ok else EXIT_LOG_BROKEN


def cmd_log_checkpoint(args) -> int:
    """``log checkpoint --export FILE``: the signed checkpoint at the log's size, for an auditor to keep."""
    with _desk(args) as desk:
        passphrase = _passphrase() if args.reviewer else None
        kept = desk.export_checkpoint(args.export, args.reviewer, passphrase, force=args.force)
    _print({"checkpoint": args.export, "tree_size": kept.tree_size, "root": kept.root, "time": kept.time,
            "signer": kept.signer.name, "signer_fingerprint": kept.signer.fingerprint,
            "reviewers": [{"name": r.name, "fingerprint": r.fingerprint} for r in kept.reviewers]})
    return EXIT_OK


def cmd_log_export(args) -> int:
    """The PDF for auditors.  ``--reviewer``: the export is signed and logged; without it no key is
    needed (``--exporter`` names the auditor in the PDF, unsigned).  A log that fails its check is
    still exported, every touched item marked, with exit 7 and a message in Chinese."""
    with _desk(args) as desk:
        passphrase = _passphrase() if args.reviewer else None
        report, digest = desk.export_log(args.pdf, args.reviewer, passphrase, review_id=args.review,
                                         since=args.since, until=args.until, agency=args.agency, force=args.force,
                                         exporter=args.exporter, zone=args.timezone, files=args.file or ())
        v = report.verification
        _print({"pdf": args.pdf, "sha256": digest, "items": len(report.items), "log_ok": v.ok,
                "signed": bool(args.reviewer), "first_bad_entry": v.first_bad_seq,
                "items_touched": [i.review_id for i in report.items if i.tampered]})
    if not v.ok:
        where = f"（首个异常条目：第 {v.first_bad_seq} 条）" if v.first_bad_seq else ""
        sys.stderr.write(f"review-desk: 审查日志校验未通过{where}，日志已损坏或被篡改；PDF 已导出并标明受影响的文件，"
                         f"不能作为审查依据。[log_broken] {v.problem}\n")
        return EXIT_LOG_BROKEN
    return EXIT_OK


# -- parsers ------------------------------------------------------------------------------------

def add_parsers(sub) -> None:
    reviewer = sub.add_parser("reviewer", help="reviewer identities (Ed25519 keys)")
    rsub = reviewer.add_subparsers(dest="reviewer_command", metavar="ACTION", required=True)
    add = rsub.add_parser("add", help="create a reviewer's key pair and register it")
    add.add_argument("--name", required=True)
    add.add_argument("--unit", default="", help="the reviewer's unit (处室)")
    add.set_defaults(func=cmd_reviewer_add)
    rsub.add_parser("list", help="registered reviewers").set_defaults(func=cmd_reviewer_list)

    review = sub.add_parser("review", help="one item, one review: start, decide, sign, countersign",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    vsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    start = vsub.add_parser("start", help="start (or resume) the review of a file; prints its findings")
    start.add_argument("file", metavar="FILE")
    start.add_argument("--reviewer", required=True)
    start.add_argument("--policy", default=None,
                       help="the redaction policy (default: the document kind's, else \"default\")")
    start.add_argument("--workers", type=int, default=None)
    start.add_argument("--kind", choices=[k.value for k in DocumentKind],
                       help="the document kind, when the one read from the document is wrong")
    add_list_options(start)
    start.set_defaults(func=cmd_review_start)
    listing = vsub.add_parser("list", help="every review in the log with its status")
    listing.add_argument("--due", action="store_true", help="only unpublished reviews whose publication deadline "
                         f"is within {NEAR_DAYS} working days or past")
    listing.set_defaults(func=cmd_review_list)
    show = vsub.add_parser("show", help="a review's findings and decisions")
    show.add_argument("review_id")
    show.set_defaults(func=cmd_review_show)
    decide = vsub.add_parser("decide", help="record decisions (redact / mask / keep with a legal basis)")
    decide.add_argument("review_id")
    decide.add_argument("--decisions", metavar="FILE.json")
    decide.add_argument("--accept-suggested", action="store_true",
                        help="apply the policy's suggestion to every undecided finding (recorded as such)")
    decide.add_argument("--reviewer")
    decide.set_defaults(func=cmd_review_decide)
    manual = vsub.add_parser("add-finding", help="add a finding the detector missed")
    manual.add_argument("review_id")
    manual.add_argument("--text", required=True)
    manual.add_argument("--type", required=True)
    manual.add_argument("--occurrence", type=int, help="only the Nth occurrence (1-based); default all")
    manual.add_argument("--file", help="the reviewed file (default: its name in the current folder)")
    manual.add_argument("--reviewer")
    manual.set_defaults(func=cmd_review_add)
    sign = vsub.add_parser("sign", help="sign the review with the disclosure attribute")
    sign.add_argument("review_id")
    sign.add_argument("--attribute", required=True, choices=("public", "on-request", "withheld"))
    sign.add_argument("--basis")
    sign.add_argument("--reason")
    sign.add_argument("--reviewer")
    sign.add_argument("--drafting-unit", help="审查单: 拟稿单位")
    sign.add_argument("--handler", help="审查单: 承办人")
    sign.add_argument("--opinion", help="审查单: 审查意见")
    sign.add_argument("--scope", help="审查单: 公开范围 (e.g. 政府网站)")
    sign.add_argument("--publish-date", help="审查单: 公开时间")
    sign.add_argument("--summary", action="store_true",
                      help="摘要公开: the item is published as a summary (recorded in the signed entry)")
    sign.set_defaults(func=cmd_review_sign)
    counter = vsub.add_parser("countersign", help="a second reviewer countersigns (复核)")
    counter.add_argument("review_id")
    counter.add_argument("--reviewer", required=True)
    counter.set_defaults(func=cmd_review_countersign)

    approve = vsub.add_parser("approve", help="批准: an approver signs off after 初审 and 复审 (when the policy asks)")
    approve.add_argument("review_id")
    approve.add_argument("--reviewer", required=True, help="the approver (a registered reviewer)")
    approve.set_defaults(func=cmd_review_approve)
    revoke = vsub.add_parser("revoke", help="revoke (撤销) a signed review, with a reason; the bytes may then be "
                             "reviewed again")
    revoke.add_argument("review_id")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--reviewer", help="the reviewer or a countersigner (default: the reviewer)")
    revoke.set_defaults(func=cmd_review_revoke)

    publish = sub.add_parser("publish", help="write the de-identified, stamped copy of a signed review")
    publish.add_argument("review_id")
    publish.add_argument("-o", "--output", required=True)
    publish.add_argument("--file", help="the reviewed file (default: its name in the current folder)")
    publish.add_argument("--reviewer", help="who publishes (default: the reviewer)")
    publish.add_argument("--agency", help="author / last-modified-by of the copy")
    publish.add_argument("--force", action="store_true",
                         help="replace OUT if it exists (never the reviewed file, never a file of the data folder)")
    publish.add_argument("--archive", action="store_true",
                         help="不予公开: write the internal archive copy, marked as such (never a publication)")
    publish.set_defaults(func=cmd_publish)

    log = sub.add_parser("log", help="the audit log: verify, export as PDF, keep checkpoints")
    lsub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = lsub.add_parser("verify", help="check the hash chain, signatures, registry and checkpoints")
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--against", metavar="FILE",
                        help="also prove the log extends this kept checkpoint (log checkpoint --export): fails "
                             "on a rollback, truncation, fork or re-keyed log")
    verify.set_defaults(func=cmd_log_verify)
    verify_pdf = lsub.add_parser("verify-pdf", help="check that a PDF is an export recorded in this log, unchanged")
    verify_pdf.add_argument("file", metavar="FILE")
    verify_pdf.add_argument("--json", action="store_true")
    verify_pdf.set_defaults(func=cmd_log_verify_pdf)
    checkpoint = lsub.add_parser("checkpoint", help="export the signed checkpoint for an auditor to keep elsewhere")
    checkpoint.add_argument("--export", required=True, metavar="FILE")
    checkpoint.add_argument("--reviewer", help="sign a checkpoint with this reviewer's key if the log has none at "
                            "its current size")
    checkpoint.add_argument("--force", action="store_true",
                            help="replace FILE if it exists (never a file of the data folder)")
    checkpoint.set_defaults(func=cmd_log_checkpoint)
    export = lsub.add_parser("export", help="the review log as a PDF for auditors")
    export.add_argument("--pdf", required=True, metavar="OUT")
    export.add_argument("--review", metavar="ID")
    export.add_argument("--from", dest="since", metavar="DATE")
    export.add_argument("--to", dest="until", metavar="DATE")
    export.add_argument("--reviewer", help="sign and log the export with this reviewer's key (optional)")
    export.add_argument("--exporter", help="who exports, shown in the PDF (unsigned; an auditor needs no key)")
    export.add_argument("--timezone", help="time zone of the times in the PDF (default Asia/Shanghai)")
    export.add_argument("--agency")
    export.add_argument("--file", action="append", metavar="FILE",
                        help="a reviewed file at hand (repeatable): names the table columns of reviews started by an "
                             "older version, which did not record them")
    export.add_argument("--force", action="store_true",
                        help="replace OUT if it exists (never a file of the data folder)")
    export.set_defaults(func=cmd_log_export)
