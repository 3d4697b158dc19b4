"""Shared fixtures: the sample reports rendered once per module, and the poppler tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from review_desk.core.report import write_review_log_pdf

from . import sample

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "pdfinfo")


@pytest.fixture(scope="session")
def poppler() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"poppler-utils not installed ({', '.join(missing)})")


def run_tool(*args: str | Path) -> str:
    out = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, check=True)
    return out.stdout


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("review-log")
    paths = {"ok": folder / "ok.pdf", "bad": folder / "bad.pdf", "empty": folder / "empty.pdf"}
    write_review_log_pdf(sample.report(), paths["ok"])
    write_review_log_pdf(sample.report(ok=False), str(paths["bad"]))
    write_review_log_pdf(sample.report(with_items=False), paths["empty"])
    return paths
