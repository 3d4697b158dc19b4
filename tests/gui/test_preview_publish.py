"""Before / after (P): the view shows the text as it will be published — masks in place, the stamp
line — and P again returns to the draft; the publish dialog lists what the sanitizer removes and
publishes to the chosen path."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from review_desk.gui.dialogs.publish import PublishDialog
from tests.gui.test_desk_workflow import PASS, _dialog, draft_docx, window  # noqa: F401 - pytest fixtures


def _open(qtbot, window, path):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=60_000)  # the first scan imports spaCy


def sign(window, qtbot):
    for f in window.draft.findings:
        window.draft.decide([f.id], "mask")
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    assert window.sign_off("public", None, None)


def test_preview_toggle_shows_masks_in_place_and_the_stamp(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    phone = next(f for f in window.draft.findings if f.text == "13812345678")
    window.select_finding(phone.id)
    window.decide("mask")
    qtbot.keyClick(window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: window.view.preview_mode, timeout=15_000)
    text = window.view.toPlainText()
    assert "13812345678" not in text and "138****5678" in text
    assert "张三丰" not in text  # undecided: the policy's suggestion applies
    assert text.index("公开方式：主动公开") < text.index("抄送")
    assert window.preview_action.isChecked()
    masked = [s for s in window.view.extraSelections() if s.cursor.selectedText() == "138****5678"]
    assert masked  # highlighted in place
    assert window.view.selection_span() is None  # no manual findings on the published text
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert not window.view.preview_mode and "13812345678" in window.view.toPlainText()
    assert not window.preview_action.isChecked()


def test_decision_returns_to_the_draft(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    window.preview_flow.toggle()
    qtbot.waitUntil(lambda: window.view.preview_mode, timeout=15_000)
    window.decide("keep" if window.draft.by_id[window.current_fid()].type != "PERSON" else "mask")
    assert not window.view.preview_mode


def test_publish_dialog_lists_the_sanitizer_and_publishes(qtbot, window, tmp_path):
    path = tmp_path / "commented.docx"
    d = docx.Document()
    p = d.add_paragraph("申请人张三丰，联系电话13812345678。")
    d.add_comment(p.runs, text="核对电话", author="王审核")
    d.add_paragraph("抄送：区政务公开办公室。")
    d.core_properties.author = "李起草"
    d.save(path)
    _open(qtbot, window, path)
    sign(window, qtbot)
    window.choose_publish()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, PublishDialog), timeout=60_000)
    dialog = window.active_dialog
    items = [dialog.inspector.item(i).text() for i in range(dialog.inspector.count())]
    assert any(i.startswith(("Comments", "批注")) for i in items)
    assert any(i.startswith(("Document properties", "文档属性")) for i in items)
    assert "公开方式：主动公开" in dialog.summary.text()
    out = tmp_path / "out.docx"
    dialog.path_edit.setText(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: out.exists() and window.busy_task is None, timeout=15_000)
    published = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "138****5678" in published and "张三丰" not in published
    review = window.desk.review(window.draft.review.review_id)
    assert review.status == "published"  # the log holds the publication
