"""The whole workflow in the desk, driven like a reviewer would: open -> analyse -> decide every
finding by keyboard (with undo / redo) -> first-run identity -> sign off -> publish -> export
the review log -> audit log viewer.  A fake detector stands in for the model."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from PySide6.QtCore import QThreadPool, Qt

from docx_factory import make_docx
from review_desk.core.detect.finding import RawDetection
from review_desk.gui.dialogs import AuditLogDialog, FirstRunDialog, SignInDialog, SignOffDialog
from review_desk.gui.main_window import MainWindow

PASS = "correct-horse-battery"


class FakeDetector:
    """Mobiles, and the names 张三丰 / 李四 (enough types to exercise the desk without the model)."""

    patterns = ((re.compile(r"1[3-9]\d{9}"), "PHONE_NUMBER"), (re.compile(r"张三丰|李四"), "PERSON"))

    def detect_many(self, texts, *, contexts=None):
        return [[RawDetection(t, m.start(), m.end(), 0.9, "Fake", m.group())
                 for pattern, t in self.patterns for m in pattern.finditer(text)] for text in texts]


@pytest.fixture
def draft_docx(tmp_path):
    return make_docx(tmp_path, [
        "济南市历下区人民政府办公室",
        "关于申请人张三丰政府信息公开申请的答复",
        "申请人张三丰：联系电话13812345678。经办人李四，电话13987654321。",
        "本答复书一式两份。张三丰签收。",
        "抄送：区政务公开办公室。",
    ], name="draft.docx")


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(lambda: FakeDetector(), pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _open(qtbot, window, path):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=10_000)


def _dialog(qtbot, window, kind):
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, kind), timeout=5_000)
    return window.active_dialog


def test_whole_workflow_by_keyboard(qtbot, qtmodeltester, window, draft_docx, tmp_path):
    _open(qtbot, window, draft_docx)
    total = window.model.rowCount()
    assert total == 6 and window.progress_label.text().startswith("0 / 6")
    qtmodeltester.check(window.model)
    assert "13812345678" in window.view.toPlainText()

    window.table.setFocus()
    for _ in range(total):
        qtbot.keyClick(window.table, Qt.Key.Key_M)  # mask, then on to the next undecided
    assert window.draft.progress() == (total, total)
    assert window.progress_label.text().startswith("6 / 6")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last
    assert window.draft.progress() == (total - 1, total)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.draft.progress() == (total, total)

    # sign off: first-run identity, then the sign-off dialog
    window.sign_action.trigger()
    first = _dialog(qtbot, window, FirstRunDialog)
    first.name_edit.setText("王审查")
    first.unit_edit.setText("办公室")
    first.passphrase_edit.setText(PASS)
    first.confirm_edit.setText(PASS)
    first.accept()
    sign = _dialog(qtbot, window, SignOffDialog)
    assert not sign.sign_button.isEnabled()  # the passphrase is asked again at sign-off
    sign.passphrase_edit.setText(PASS)
    assert sign.current_blockers == [] and sign.sign_button.isEnabled()
    sign.accept()
    qtbot.waitUntil(lambda: window.draft.review is not None and window.draft.review.signature is not None)
    assert window.draft.review.signature.attribute == "public"

    # publish (the path the save dialog would give) in the background
    out = tmp_path / "published.docx"
    window.publish_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and window.busy_task is None, timeout=15_000)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "张三丰" not in text and "138****5678" in text and "公开方式：主动公开" in text
    assert "ReviewDeskReview" in zipfile.ZipFile(out).read("docProps/custom.xml").decode()

    # export the review log
    pdf = tmp_path / "log.pdf"
    window.export_to(str(pdf))
    qtbot.waitUntil(lambda: pdf.exists() and window.busy_task is None, timeout=15_000)
    assert pdf.read_bytes().startswith(b"%PDF")

    # the audit log viewer shows an intact log with every step
    window.show_audit_log()
    viewer = _dialog(qtbot, window, AuditLogDialog)
    assert viewer.verification.ok and viewer.model.rowCount() >= 9
    events = {viewer.model.entry(r).event for r in range(viewer.model.rowCount())}
    assert {"review_started", "finding_decided", "review_signed", "document_published", "log_exported"} <= events
    viewer.reject()


def test_decide_every_occurrence_and_keep_needs_a_basis(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    name = next(f.id for f in window.draft.findings if f.text == "张三丰")
    window.select_finding(name)
    window.detail.all_occurrences.setChecked(True)
    window.decide("keep")  # personal data kept without an exemption basis: refused, shown
    assert "豁免依据" in window.detail.error.text() and window.draft.progress()[0] == 0
    window.detail.basis.setCurrentIndex(window.detail.basis.findData("penalty_publicity"))
    window.decide("keep")
    assert window.draft.progress()[0] == 3  # the three occurrences of 张三丰
    assert {window.draft.decisions[f].basis for f in window.draft.same_value(name)} == {"penalty_publicity"}


def test_sign_off_explains_why_not_yet(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.sign_action.trigger()
    sign_in = _dialog(qtbot, window, SignInDialog)
    sign_in.passphrase_edit.setText(PASS)
    sign_in.accept()
    sign = _dialog(qtbot, window, SignOffDialog)
    assert not sign.sign_button.isEnabled()
    first = window.draft.findings[0]
    expected = window.tr("{0} of {1} findings are undecided (first: {2} {3}).").format(
        6, 6, "电话号码" if first.type == "PHONE_NUMBER" else "姓名", window.draft.record(first.id).preview)
    assert expected in sign.current_blockers
    sign.reject()


def test_filters_and_manual_finding(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    window.type_filter.setCurrentIndex(window.type_filter.findData("PHONE_NUMBER"))
    assert window.proxy.rowCount() == 2
    window.type_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData("undecided"))
    assert window.proxy.rowCount() == 6
    window.status_filter.setCurrentIndex(0)
    # select 区政务公开办公室 in the document and add it as a manual finding, then undo
    text = window.view.toPlainText()
    start = text.index("区政务公开办公室")
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("区政务公开办公室"), cursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    span = window.view.selection_span()
    assert span is not None and span[0] == "word/document.xml"
    window.add_finding_at(span, "ORGANIZATION")
    assert window.model.rowCount() == 7 and window.draft.by_id[window.current_fid()].recognizer == "manual"
    window.undo_stack.undo()
    assert window.model.rowCount() == 6


def test_publish_before_sign_off_is_refused(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    window.choose_publish()
    assert window.last_error == window.tr("Sign the review off before publishing (先审查后公开).")
    window.active_dialog.close()


def test_unsaved_decisions_survive_closing_the_desk(qtbot, window, draft_docx, tmp_path):
    _open(qtbot, window, draft_docx)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_M)
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    decided = dict(window.draft.decisions)
    assert len(decided) == 2
    window.close()
    again = MainWindow(lambda: FakeDetector(), pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(again)
    again.show()
    _open(qtbot, again, draft_docx)
    assert {fid: d.action for fid, d in again.draft.decisions.items()} == {fid: d.action for fid, d in decided.items()}
    assert again.progress_label.text().startswith("2 / 6")
    again.close()


def test_countersign_by_a_second_reviewer(qtbot, window, draft_docx):
    _open(qtbot, window, draft_docx)
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.desk.add_reviewer("李复核", "法规科", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    window.choose_countersign()  # not signed yet: refused, explained
    assert window.last_error == window.tr("Only a signed review can be countersigned.")
    window.active_dialog.close()
    for fid in [f.id for f in window.draft.findings]:
        window.draft.decide([fid], "mask")
    assert window.sign_off("public", None, None, PASS)
    window.choose_countersign()
    dialog = _dialog(qtbot, window, SignInDialog)
    assert dialog.name == "李复核"
    dialog.passphrase_edit.setText(PASS)
    dialog.accept()
    qtbot.waitUntil(lambda: window.draft.review.countersignature is not None)
    assert window.draft.review.status == "countersigned"
