"""Screenshots of the desk for the README, taken under Xvfb on the bundled sample draft with the
real model:  ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py``.

Writes docs/screenshots/{welcome,review,signoff}.png on the sample, and on an invented roster (a
公示 table of names, ID numbers, phones and addresses):  roster.png (the table with its findings),
preview.png (before / after: the text as it will be published), publish.png (the publish dialog
with the sanitizer's list) and published.png (a published review reopened: the banner).
Chinese interface, bundled font; every name and number in the roster is invented.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

OUT = Path(__file__).resolve().parent / "screenshots"


def wait(condition, timeout=60.0):
    end = time.time() + timeout
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.time() > end:
            raise TimeoutError


def settle(seconds=0.5):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from review_desk.gui import app

    window = app.start([], home=tmp / "home")
    window.resize(1500, 920)
    settle()
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "welcome.png"))
    window.open_sample()
    wait(lambda: window.draft is not None, 120)
    settle()
    # decide a few findings to show every status: mask, redact, keep (an organisation)
    for action in ("mask", "mask", "redact", "mask"):
        window.decide(action)
    org = next((f.id for f in window.draft.findings if f.type == "ORGANIZATION"), None)
    if org:
        window.select_finding(org)
        window.decide("keep")
    window.next_undecided()
    settle(1.0)
    window.grab().save(str(OUT / "review.png"))
    window.desk.add_reviewer("王审查", "法制科", "correct-horse-battery")
    window.identity = window.desk.identity("王审查", "correct-horse-battery")
    window.choose_sign_off()
    wait(lambda: window.active_dialog is not None)
    settle(1.0)
    window.active_dialog.grab().save(str(OUT / "signoff.png"))
    window.active_dialog.reject()
    roster_screenshots(window, tmp)
    window.close()
    print("screenshots written to", OUT)
    sys.exit(0)


def _id_number(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def make_roster(path: Path) -> Path:
    """An invented 公示 roster: heading, a table with a header row and a merged cell, a comment."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某区民政局"
    title = d.add_heading("关于2026年度城乡居民最低生活保障对象的公示", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    intro = d.add_paragraph("经入户调查、民主评议，现将拟纳入最低生活保障的对象予以公示，公示期为7个工作日。")
    rows = (("1", "张桂兰", _id_number("37010219560312104"), "13805310427", "历下区文化东路街道和平小区3号楼2单元501室"),
            ("2", "李建国", _id_number("37010219620805211"), "13969112035", "历下区文化东路街道和平小区3号楼2单元501室"),
            ("3", "王秀英", _id_number("37010219480117302"), "15866723019", "历下区姚家街道燕山新居12号楼1单元302室"),
            ("4", "赵德明", _id_number("37010219710923451"), "18653176240", "历下区千佛山街道佛山苑6号楼4单元101室"))
    table = d.add_table(rows=len(rows) + 1, cols=6, style="Table Grid")
    for c, text in enumerate(("序号", "姓名", "身份证号码", "联系电话", "家庭住址", "备注")):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 5).merge(table.cell(2, 5)).text = "同一户"
    d.add_comment(intro.runs, text="请核对王秀英住址", author="刘起草")
    d.add_paragraph("监督电话：0531-12345")
    d.add_paragraph("抄送：区政务公开办公室。")
    d.save(path)
    return path


def roster_screenshots(window, tmp: Path) -> None:
    from review_desk.gui.dialogs.publish import PublishDialog

    window.open_file(str(make_roster(tmp / "低保对象公示.docx")))
    wait(lambda: window.draft is not None and window.draft.document.path.endswith("公示.docx"), 120)
    window.splitter.setSizes([900, 600])
    for _ in range(3):
        window.decide("mask")
    settle(1.0)
    window.grab().save(str(OUT / "roster.png"))
    for f in window.draft.findings:  # the rest as the policy suggests (names and phones masked, IDs removed)
        if f.id not in window.draft.decisions:
            window.draft.decide([f.id], window.draft.suggested(f.id))
    window.model.refresh()
    window.preview_flow.toggle()
    wait(lambda: window.view.preview_mode, 120)
    settle(1.0)
    window.grab().save(str(OUT / "preview.png"))
    window.preview_flow.back_to_draft()
    assert window.sign_off("public", None, None)
    window.choose_publish()
    wait(lambda: isinstance(window.active_dialog, PublishDialog), 120)
    settle(1.0)
    dialog = window.active_dialog
    dialog.path_edit.setText(str(tmp / "低保对象公示_公开版.docx"))
    dialog.grab().save(str(OUT / "publish.png"))
    dialog.accept()
    wait(lambda: window.banner.state == "published", 120)
    window.open_file(window.draft.document.path)  # reopened: read-only, the banner says why
    wait(lambda: window.draft is not None and window.banner.state == "published", 120)
    settle(1.0)
    window.grab().save(str(OUT / "published.png"))


if __name__ == "__main__":
    main()
