"""The focused queue (classification marks, then personal data, then the informational group,
collapsed and pre-decided keep, counts in the status bar) and the state banner: a signed or
published review reopens read-only, says so, and never offers to sign again."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QThreadPool

from docx_factory import make_docx
from review_desk.core.detect.finding import RawDetection
from review_desk.gui.main_window import MainWindow
from review_desk.gui.queue import INFORMATIONAL, group_of

PASS = "correct-horse-battery"


class Detector:
    patterns = ((re.compile(r"1[3-9]\d{9}"), "PHONE_NUMBER"), (re.compile(r"张三丰"), "PERSON"),
                (re.compile(r"机密★5年"), "CLASSIFIED_MARK"), (re.compile(r"历下区财政局"), "ORGANIZATION"))

    def detect_many(self, texts, *, contexts=None):
        return [[RawDetection(t, m.start(), m.end(), 0.9, "Fake", m.group())
                 for pattern, t in self.patterns for m in pattern.finditer(text)] for text in texts]


@pytest.fixture
def doc(tmp_path):
    return make_docx(tmp_path, ["历下区财政局关于张三丰的答复", "联系电话13812345678。", "机密★5年",
                                "抄送：历下区财政局。"], name="reply.docx")


def open_window(qtbot, tmp_path, path):
    window = MainWindow(lambda: Detector(), pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(window)
    window.show()
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=60_000)  # the first scan imports spaCy
    return window


def test_queue_marks_first_informational_collapsed_and_kept(qtbot, tmp_path, doc):
    window = open_window(qtbot, tmp_path, doc)
    types = [window.draft.by_id[fid].type for fid in window.model.ids]
    assert types == ["CLASSIFIED_MARK", "PERSON", "PHONE_NUMBER", "ORGANIZATION", "ORGANIZATION"]
    assert window.current_fid() == window.model.ids[0]  # the mark is the first thing to look at
    shown = [window.proxy.data(window.proxy.index(r, 0), 0x0101) for r in range(window.proxy.rowCount())]
    assert window.proxy.rowCount() == 3 and len(shown) == 3  # the informational group is collapsed
    informational = [f for f in window.draft.findings if group_of(f) == INFORMATIONAL]
    assert all(window.draft.status(f.id) == "keep" for f in informational)  # pre-decided
    assert window.draft.progress() == (2, 5)
    assert "1" in window.groups_label.text() and "2" in window.groups_label.text()
    assert window.info_toggle.isVisible() and "2" in window.info_toggle.text()
    window.info_toggle.setChecked(True)
    assert window.proxy.rowCount() == 5
    window.info_toggle.setChecked(False)
    window.select_finding(informational[0].id)  # selecting a hidden finding opens the group
    assert window.current_fid() == informational[0].id and window.proxy.rowCount() == 5


def sign_all(window):
    mark = next(f for f in window.draft.findings if f.type == "CLASSIFIED_MARK")
    for f in window.draft.findings:
        if f.id not in window.draft.decisions:
            window.draft.decide([f.id], "block" if f is mark else "mask")
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    assert window.sign_off("on-request", "art16", "过程性信息", None)


def test_signed_review_reopens_read_only_with_a_banner(qtbot, tmp_path, doc):
    window = open_window(qtbot, tmp_path, doc)
    assert window.banner.state == "open" and window.banner.isVisible()
    sign_all(window)
    assert window.banner.state == "signed" and not window.redact_action.isEnabled()
    window.close()

    again = open_window(qtbot, tmp_path, doc)
    assert again.draft.review is not None and not again.draft.review.is_open
    assert again.banner.isVisible() and again.banner.state == "signed" and "王审查" in again.banner.text()
    assert "Ctrl+Shift+S" not in again.statusBar().currentMessage()
    for action in (again.redact_action, again.mask_action, again.keep_action, again.sign_action, again.add_action):
        assert not action.isEnabled()
    again.select_finding(again.model.ids[1])
    for button in (again.detail.redact_button, again.detail.mask_button, again.detail.keep_button):
        assert not button.isEnabled()
    before = dict(again.draft.decisions)
    again.decide("redact")
    assert again.draft.decisions == before


def test_published_review_shows_the_published_banner(qtbot, tmp_path):
    # a public document may not carry a mark: one without it
    clean = make_docx(tmp_path, ["历下区财政局关于张三丰的答复", "联系电话13812345678。", "抄送：历下区财政局。"],
                      name="clean.docx")
    window = open_window(qtbot, tmp_path, clean)
    for f in window.draft.findings:
        if f.id not in window.draft.decisions:
            window.draft.decide([f.id], "mask")
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    assert window.sign_off("public", None, None)
    out = tmp_path / "out.docx"
    window.publish_to(str(out))
    qtbot.waitUntil(lambda: window.banner.state == "published", timeout=20_000)
    assert "out.docx" in window.banner.text()


def test_a_classification_mark_is_blocked_or_dismissed_with_a_reason(qtbot, tmp_path, doc):
    window = open_window(qtbot, tmp_path, doc)
    mark = window.model.ids[0]
    assert window.current_fid() == mark
    assert window.detail.block_button.isVisibleTo(window) and not window.detail.redact_button.isVisibleTo(window)
    window.decide("not_a_mark")  # needs a written reason
    assert window.draft.status(mark) == "undecided" and window.detail.error.text()
    window.decide("block")
    assert window.draft.status(mark) == "block"
    assert window.model.data(window.model.index(0, 0)) == window.model.status_label("block")
    window.select_finding(mark)
    window.detail.note.setText("引用的示例，不是本文件的密级标志")
    window.decide("not_a_mark")
    assert window.draft.status(mark) == "not_a_mark"


def test_revoke_from_the_banner_state_and_review_again(qtbot, tmp_path):
    clean = make_docx(tmp_path, ["关于张三丰的答复", "联系电话13812345678。", "抄送：历下区财政局。"], name="c.docx")
    window = open_window(qtbot, tmp_path, clean)
    for f in window.draft.findings:
        if f.id not in window.draft.decisions:
            window.draft.decide([f.id], "mask")
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    assert window.sign_off("public", None, None)
    assert window.revoke_action.isEnabled() and "撤销" in window.banner.text() or "revoke" in window.banner.text()
    assert window.revoke_flow.revoke("电话应删除而非遮盖")
    assert window.banner.state == "revoked" and "电话应删除而非遮盖" in window.banner.text()
    assert not window.revoke_action.isEnabled() and not window.redact_action.isEnabled()
    window.close()
    again = open_window(qtbot, tmp_path, clean)  # a new review of the same bytes, open for decisions
    assert again.draft.review is None and again.banner.state == "open" and again.redact_action.isEnabled()
