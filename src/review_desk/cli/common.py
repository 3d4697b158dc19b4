"""Pieces shared by the sub-commands: list options and detector construction from options.

The exit codes live in :mod:`review_desk.cli.exit_codes`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from review_desk.core.detect.detector import DetectConfig


def add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-list", action="append", metavar="FILE",
        help="extra allow list (one entry per line): agency numbers, public officials' names",
    )
    parser.add_argument(
        "--deny-list", action="append", metavar="FILE",
        help="deny list (TEXT or TEXT<TAB>TYPE per line): names known from the case file",
    )


def warn_if_no_model() -> None:
    """Say so on stderr when the NER model is missing: names and addresses then come from rules only."""
    import sys

    from review_desk.core.detect.ner.model import load_ner_pipeline, model_path

    if load_ner_pipeline() is None:
        sys.stderr.write(f"review-desk: warning: the NER model was not found in {model_path()}; names and "
                         "addresses are found by rules only, so fewer are found.\n")


def detect_config(args: argparse.Namespace) -> DetectConfig:
    from dataclasses import replace

    from review_desk.core.detect.detector import DetectConfig, load_deny_list, load_word_list

    config = DetectConfig()
    extra_allow: tuple[str, ...] = ()
    for path in getattr(args, "allow_list", None) or ():
        extra_allow += load_word_list(path)
    deny: tuple = ()
    for path in getattr(args, "deny_list", None) or ():
        deny += load_deny_list(path)
    if extra_allow or deny:
        config = replace(config, allow_list=config.allow_list + extra_allow, deny_list=config.deny_list + deny)
    return config
