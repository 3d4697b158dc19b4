"""``review-desk register init / upgrade / status``: an office's shared register on PostgreSQL.

Run by the database's owner (or a DBA) with the owner's URL (``--database URL`` or
``REVIEW_DESK_DATABASE_URL``); ``--grant ROLE`` gives the desks' role INSERT and SELECT on the
register and nothing more (:mod:`review_desk.core.audit.register`).  The desks then connect with
their own role's URL.  Exit codes: 0 done; 2 no URL; 6 refused (unreachable server, a register
that exists already or is missing, another schema version, a database error: nothing changed).
"""

from __future__ import annotations

import argparse
import json
import sys

from review_desk.cli.exit_codes import EXIT_OK
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
