"""Third-party notices for the bundle: the licence metadata and licence files of every Python
distribution installed in the build environment (Qt for Python's LGPL among them), written to one
text file that the spec puts into the bundle as ``_internal/THIRD_PARTY_NOTICES.txt``."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

#: build and test tools: in the build environment, never in the bundle
_TOOLS = re.compile(r"^(pip|setuptools|wheel|pyinstaller.*|pytest.*|import-linter|grimp|altgraph|"
                    r"pluggy|iniconfig|packaging|review-desk)$", re.IGNORECASE)
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)
_MAX_FILE = 200_000


def write_notices(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    out = ["Review Desk (审查台): third-party software in this bundle", "=" * 60, ""]
    dists = sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower())
    for dist in dists:
        name = dist.metadata["Name"] or "?"
        if _TOOLS.match(name):
            continue
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        classifiers = [c.split("::")[-1].strip() for c in dist.metadata.get_all("Classifier") or []
                       if c.startswith("License ::")]
        out += [f"{name} {dist.version}", f"  licence: {licence.splitlines()[0] if licence else ', '.join(classifiers) or 'see below'}"]
        home = dist.metadata.get("Home-page") or ""
        if home:
            out.append(f"  home: {home}")
        for file in dist.files or []:
            if _LICENCE_FILE.search(str(file)):
                path = Path(file.locate())
                if path.is_file() and path.stat().st_size <= _MAX_FILE:
                    out += ["", f"  --- {file} ---", path.read_text(encoding="utf-8", errors="replace")]
        out += ["", "-" * 60, ""]
    target.write_text("\n".join(out), encoding="utf-8")
    return target
