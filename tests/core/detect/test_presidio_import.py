"""Presidio is imported without its predefined recognizers (:mod:`review_desk.core.detect.presidio_import`),
and a scan loads neither them nor the review workflow; each case runs in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"


def _run(code: str, tmp_path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC), REVIEW_DESK_HOME=str(tmp_path / "home"))
    env["REVIEW_DESK_MODELS"] = str(tmp_path / "no-models")  # the blank pipeline: the imports are the point
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_scan_loads_neither_predefined_recognizers_nor_the_review_workflow(tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text("申请人张三，身份证号110101199003074514，电话13800138000。\n", encoding="utf-8")
    out = _run(
        "import contextlib, io, json, sys\n"
        "from review_desk.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    status = main(['scan', '--json', '--workers', '1', {str(doc)!r}])\n"
        "result = json.loads(buf.getvalue())\n"
        "print(json.dumps({'status': status, 'types': sorted({f['type'] for f in result['findings']}),\n"
        "                  'kind': result['kind'] is not None, 'modules': sorted(sys.modules)}))\n",
        tmp_path,
    )
    assert out["status"] == 0
    assert {"CN_ID_CARD", "PHONE_NUMBER"} <= set(out["types"]) and out["kind"]
    modules = set(out["modules"])
    assert "presidio_analyzer.recognizer_registry" in modules  # Presidio is in use ...
    assert not {m for m in modules if m.startswith("presidio_analyzer.predefined_recognizers.generic")}  # ... not these
    assert not {m for m in modules if m.startswith("presidio_analyzer.predefined_recognizers.country_specific")}
    for heavy in ("review_desk.core.review.workflow", "review_desk.core.audit", "review_desk.core.redact.engine"):
        assert heavy not in modules


def test_predefined_recognizers_still_import_on_demand(tmp_path):
    out = _run(
        "import json\n"
        "import review_desk.core.detect.detector\n"
        "from presidio_analyzer import RecognizerRegistry\n"
        "from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer\n"
        "registry = RecognizerRegistry(supported_languages=['en'])\n"
        "registry.load_predefined_recognizers(languages=['en'])\n"
        "names = {type(r).__name__ for r in registry.recognizers}\n"
        "print(json.dumps({'phone': PhoneRecognizer.__name__, 'spacy': SpacyRecognizer.__name__,\n"
        "                  'has_email': 'EmailRecognizer' in names, 'count': len(names)}))\n",
        tmp_path,
    )
    assert out["phone"] == "PhoneRecognizer" and out["spacy"] == "SpacyRecognizer"
    assert out["has_email"] and out["count"] > 10


def test_nothing_is_deferred_once_presidio_is_imported():
    from review_desk.core.detect.presidio_import import defer_predefined_recognizers

    import presidio_analyzer  # noqa: F401 - already imported by the detection package

    assert defer_predefined_recognizers() is False
