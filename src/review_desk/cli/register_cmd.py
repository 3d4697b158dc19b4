"""``review-desk register init / upgrade / status``: an office's shared register on PostgreSQL.

Run by the database's owner (or a DBA) with the owner's URL (``--database URL`` or
``REVIEW_DESK_DATABASE_URL``); ``--grant ROLE`` gives the desks' role INSERT and SELECT on the
register and nothing more (:mod:`review_desk.core.audit.register`).  The desks then connect with
their own role's URL.  ``register import --from HOME --reviewer NAME`` (owner's URL too) copies a
desk's own log into the new register, signed by one of that desk's reviewers
(:mod:`review_desk.core.audit.register_import`).  Exit codes: 0 done (also an import that was done
before); 2 no URL, no desk log at HOME; 6 refused (unreachable server, a register that exists
already or is missing, another schema version, a register that started from another desk's log,
a wrong passphrase, a database error: nothing changed); 7 the desk's log does not verify.
"""

from __future__ import annotations

import argparse
import json
import sys

from review_desk.cli.exit_codes import EXIT_LOG_BROKEN, EXIT_OK
from review_desk.core.errors import ErrorCode, MessageError


def _url(args) -> str:
    from review_desk.core.home import DATABASE_ENV, database_url

    url = database_url(getattr(args, "database", None))
    if not url:
        raise MessageError(f"Which database? Pass --database URL (the owner's) or set {DATABASE_ENV}.",
                           code=ErrorCode.USAGE)
    return url


def _report(status, verb: str) -> int:
    data = {"register": status.location, "schema_version": status.version, "applied": list(status.applied),
            "granted": status.granted}
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stderr.write(f"register {verb}: {status.location} at schema version {status.version}"
                     + (f"; migrations applied: {', '.join(map(str, status.applied))}" if status.applied else "")
                     + (f"; INSERT and SELECT granted to {status.granted}" if status.granted else "") + "\n")
    return EXIT_OK


def cmd_register_init(args) -> int:
    from review_desk.core.audit.register import init_register

    return _report(init_register(_url(args), grant=args.grant), "created")


def cmd_register_upgrade(args) -> int:
    from review_desk.core.audit.register import upgrade_register

    return _report(upgrade_register(_url(args), grant=args.grant), "upgraded")


def cmd_register_status(args) -> int:
    from review_desk.core.audit.register import register_status

    return _report(register_status(_url(args)), "status")


def cmd_register_import(args) -> int:
    from pathlib import Path

    from review_desk.cli.review_cmd import _passphrase
    from review_desk.core.audit.register_import import import_desk_log
    from review_desk.core.review import ReviewDesk
    from review_desk.core.review.integrity import verify_desk

    url, home = _url(args), Path(args.source).expanduser()
    if not (home / "audit.sqlite3").is_file():
        raise MessageError(f"{home} holds no desk log (audit.sqlite3): pass the data folder of the desk to import "
                           "with --from.", code=ErrorCode.USAGE)
    with ReviewDesk(home) as desk:  # the desk's own log: its reviewer's key unlocks there
        reviewer, key = desk.unlock(args.reviewer, _passphrase())
    result = import_desk_log(home, url, reviewer, key, check=verify_desk)
    verified = result.verification
    data = {"register": result.register, "source": result.source, "imported": result.imported,
            "entries": result.entries, "root": result.root, "entry_hash": result.entry_hash,
            "reviewers": result.reviewers, "checkpoints": result.checkpoints, "review_files": result.review_files,
            "import_entry": result.import_seq, "register_size": result.register_size,
            "secret_carried": result.secret_carried,
            "verified": verified.ok if verified else None, "problem": verified.problem if verified else None}
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    if not result.imported:
        sys.stderr.write(f"register import: {result.register} already starts with this desk's log ({result.entries} "
                         "entries, same hashes); nothing was written\n")
    else:
        sys.stderr.write(f"register import: {result.entries} entries, {result.reviewers} reviewer(s), "
                         f"{result.checkpoints} checkpoint(s) copied into {result.register}; recorded as entry "
                         f"{result.import_seq}, signed by {reviewer.name}\n")
    if verified is not None and not verified.ok:
        sys.stderr.write(f"REGISTER DOES NOT VERIFY after the import: {verified.problem}\n")
        return EXIT_LOG_BROKEN
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    register = sub.add_parser("register", help="an office's shared register on PostgreSQL (run by its owner)")
    rsub = register.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    for name, func, help_text in (
        ("init", cmd_register_init, "create the register's tables, triggers and secret in an empty database"),
        ("upgrade", cmd_register_upgrade, "apply the schema migrations the register does not have yet"),
    ):
        action = rsub.add_parser(name, help=help_text)
        action.add_argument("--grant", metavar="ROLE",
                            help="give the desks' database role INSERT and SELECT on the register (nothing more)")
        action.set_defaults(func=func)
    status = rsub.add_parser("status", help="the register's schema version")
    status.set_defaults(func=cmd_register_status)
    imp = rsub.add_parser("import", help="copy a desk's own log into the new register, verified, byte for byte")
    imp.add_argument("--from", dest="source", required=True, metavar="HOME",
                     help="the data folder of the desk whose log starts the register")
    imp.add_argument("--reviewer", required=True, help="a reviewer of that desk, who signs the import")
    imp.set_defaults(func=cmd_register_import)
