"""Screenshots of the PDF review log for the README: a one-page 审查单 and a decisions table.

Runs a whole review in a temporary desk (recognizers only, no model: fast) on an invented roster
with an ID-number column, exports the log and renders two of its pages with pdftoppm:

    .venv/bin/python docs/make_log_screenshots.py     # writes docs/screenshots/log-*.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from docx_factory import make_docx, p, table  # noqa: E402 - after the sys.path set-up above

from review_desk.core.detect.detector import DetectConfig, Detector  # noqa: E402 - after the sys.path set-up above
from review_desk.core.detect.scanner import scan_document  # noqa: E402 - after the sys.path set-up above
from review_desk.core.review import ReviewDesk  # noqa: E402 - after the sys.path set-up above

PASS = "screenshot-passphrase"
BODY = [
    p("某某区人民政府办公室"), p("某政办字〔2026〕12号"), p("关于2026年度农村低保对象审核结果的公示"),
    p("　　经审核，以下人员符合条件，现予公示，联系电话13812345678。"),
    table([["姓名", "身份证号码", "村（居）"], ["甲某", "37070219721031809X", "东关村"],
           ["乙某", "370102198003070919", "西关村"]]),
    p("抄送：区政务公开办公室。"),
]


def main() -> None:
    out = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        draft = make_docx(tmp_path, BODY, name="低保公示.docx")
        detector = Detector(DetectConfig())
        with ReviewDesk(tmp_path / "home") as desk:
            for name, unit in (("王审查", "办公室"), ("李复核", "法规科"), ("赵领导", "局领导")):
                desk.add_reviewer(name, unit, PASS)
            wang, li, zhao = (desk.identity(n, PASS) for n in ("王审查", "李复核", "赵领导"))
            rid = desk.start(str(draft), wang, None, lambda d: scan_document(d, detector), "three-stage").review.review_id
            desk.accept_suggested(rid, wang)
            desk.sign(rid, "public", wang, record={"drafting_unit": "区民政局", "handler": "钱承办",
                                                   "opinion": "身份证号码已遮盖，同意公开。", "scope": "区政府网站",
                                                   "publish_date": "2026-03-05"})
            desk.countersign(rid, li)
            desk.approve(rid, zhao)
            desk.publish(rid, str(tmp_path / "低保公示-公开.docx"), wang, file=str(draft))
            pdf = tmp_path / "log.pdf"
            desk.export_log(pdf, exporter="审计员孙")
        for page, name in ((2, "log-form"), (4, "log-decisions")):
            subprocess.run(["pdftoppm", "-r", "90", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                            str(out / name)], check=True)
            print(out / f"{name}.png")


if __name__ == "__main__":
    main()
