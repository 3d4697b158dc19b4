"""批准 in the desk: a review under the three-stage policy, signed (初审) and countersigned (复审) in
the desk, is approved by a third person through the same sign-in dialog (whose key, passphrase);
the action is offered only when the policy asks for 批准 and the earlier stages are signed, and a
refusal of the core is shown by its error code's Chinese sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from docx_factory import make_docx
from review_desk.core.detect.scanner import scan_document
from review_desk.core.errors import ErrorCode
from review_desk.core.names import ERRORS
from review_desk.core.review import events as ev
from review_desk.core.review.integrity import verify_desk
from review_desk.gui.dialogs import SignInDialog
from review_desk.gui.main_window import MainWindow

PASS = "correct-horse-battery"
NOT_YET = "Approval (批准) is for a review whose policy asks for it, after the sign-off and the countersignature."


@pytest.fixture
def window(qtbot, tmp_path, fake_detector):
    w = MainWindow(lambda: fake_detector, pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _signed_review(window, tmp_path, fake_detector, policy):
    """A file whose review (under ``policy``) was started, decided and signed by 王审查 on the desk's log."""
    path = make_docx(tmp_path, ["关于张三的答复", "联系电话13812345678。", "抄送：区政务公开办公室。"], name="draft.docx")
    desk = window.desk
    for name, unit in (("王审查", "办公室"), ("李复核", "法规科"), ("赵领导", "局领导")):
        desk.add_reviewer(name, unit, PASS)
    rid = desk.start(str(path), "王审查", PASS, lambda doc: scan_document(doc, fake_detector), policy).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "public", "王审查", PASS)
    return path


def _open(qtbot, window, path):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None and window.draft.review is not None, timeout=10_000)


def _sign_in(qtbot, window, name, passphrase):
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, SignInDialog), timeout=5_000)
    dialog = window.active_dialog
    dialog.reviewer_combo.setCurrentIndex(dialog.reviewer_combo.findData(name))
    dialog.passphrase_edit.setText(passphrase)
    dialog.accept()
    return dialog


def _close_error(window, expected):
    assert window.last_error == expected
    window.active_dialog.close()


def test_a_third_person_approves_after_the_countersignature(qtbot, window, tmp_path, fake_detector):
    path = _signed_review(window, tmp_path, fake_detector, "three-stage")
    _open(qtbot, window, path)
    assert window.draft.review.status == "signed"
    assert not window.approve_action.isEnabled()  # 复审 first
    window.approve_flow.choose()
    _close_error(window, NOT_YET)

    window.countersign_action.trigger()
    _sign_in(qtbot, window, "李复核", PASS)
    qtbot.waitUntil(lambda: window.draft.review.countersignature is not None)
    assert window.approve_action.isEnabled() and not window.countersign_action.isEnabled()
    assert "approval (批准) before publishing" in window.banner.text()  # the next step, not "publish"

    window.approve_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, SignInDialog), timeout=5_000)
    dialog = window.active_dialog
    assert dialog.name == "赵领导"  # the one registered reviewer who has not signed this review
    dialog.passphrase_edit.setText("wrong passphrase")
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.text()  # a wrong passphrase keeps the dialog open
    dialog.reject()

    window.approve_action.trigger()  # the reviewer may not approve their own review: the code's sentence
    _sign_in(qtbot, window, "王审查", PASS)
    qtbot.waitUntil(lambda: window.last_error == ERRORS[ErrorCode.STAGE_ORDER], timeout=5_000)
    window.active_dialog.close()
    assert window.draft.review.approval is None

    window.approve_action.trigger()
    _sign_in(qtbot, window, "赵领导", PASS)
    qtbot.waitUntil(lambda: window.draft.review.approval is not None, timeout=5_000)
    review = window.draft.review
    assert review.status == "approved" and window.banner.state == "approved"
    assert "approved (批准) by 赵领导" in window.banner.text()
    assert review.approval.fingerprint == window.desk.reviewer("赵领导").fingerprint
    assert not window.approve_action.isEnabled()
    approvals = [e for e in window.desk.log.entries() if e.event == ev.REVIEW_APPROVED]
    assert len(approvals) == 1 and approvals[0].actor == review.approval.fingerprint
    assert verify_desk(window.desk.home).ok


def test_no_approval_where_the_policy_does_not_ask_for_it(qtbot, window, tmp_path, fake_detector):
    path = _signed_review(window, tmp_path, fake_detector, "default")
    _open(qtbot, window, path)
    window.countersign_flow.countersign(window.desk.identity("李复核", PASS))
    assert window.draft.review.status == "countersigned"
    assert not window.approve_action.isEnabled()
    window.approve_flow.choose()
    _close_error(window, NOT_YET)
    assert not isinstance(window.active_dialog, SignInDialog) and window.draft.review.approval is None
