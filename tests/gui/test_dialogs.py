"""The dialogs, driven through their public fields and accept() / reject() (no modal exec())."""

from __future__ import annotations

import functools
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from review_desk.core.audit.store import DB_NAME
from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.names import ERRORS
from review_desk.core.review import events as ev
from review_desk.core.review.rules import sign_blockers
from review_desk.core.review.state import Decision, FindingRecord, ReviewState
from review_desk.core.review.workflow import ReviewDesk
from review_desk.gui.dialogs import (
    AuditLogDialog,
    AuditLogModel,
    FirstRunDialog,
    ManualFindingDialog,
    SignInDialog,
    SignOffDialog,
)
from review_desk.gui.dialogs.audit_log import REVIEW_ID_ROLE

PASS = "correct horse battery"
REVIEW = "R-0123456789ab-1"
SHA = "0123456789ab" + "c" * 52


@pytest.fixture
def desk(tmp_path):
    with ReviewDesk(tmp_path / "desk") as d:
        yield d


def show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def closed(dialog: QDialog) -> bool:
    return not dialog.isVisible()


# -- first run ------------------------------------------------------------------------------------

def fill_first_run(dialog: FirstRunDialog, name="张三", unit="某市司法局", passphrase=PASS, again=None):
    dialog.name_edit.setText(name)
    dialog.unit_edit.setText(unit)
    dialog.passphrase_edit.setText(passphrase)
    dialog.confirm_edit.setText(passphrase if again is None else again)


@pytest.mark.parametrize(("fields", "why"), [
    ({"again": PASS + "x"}, "do not match"),
    ({"passphrase": "short", "again": "short"}, "at least 8"),
    ({"name": "   "}, "name"),
])
def test_first_run_refuses_incomplete_fields(qtbot, desk, fields, why):
    dialog = show(qtbot, FirstRunDialog(desk))
    assert not dialog.ok_button.isEnabled()
    fill_first_run(dialog, **fields)
    assert not dialog.ok_button.isEnabled()
    assert why in dialog.hint_label.text()
    dialog.accept()  # a stray Enter does nothing
    assert dialog.isVisible() and dialog.identity is None
    assert desk.log.reviewers() == []
    dialog.reject()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Rejected


def test_first_run_registers_the_reviewer(qtbot, desk):
    dialog = show(qtbot, FirstRunDialog(desk))
    fill_first_run(dialog, name=" 张三 ")
    assert dialog.ok_button.isEnabled() and dialog.hint_label.text() == ""
    dialog.accept()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.identity is not None and dialog.identity.name == "张三"
    [reviewer] = desk.log.reviewers()
    assert (reviewer.name, reviewer.unit) == ("张三", "某市司法局")
    assert dialog.identity.reviewer.fingerprint == reviewer.fingerprint
    assert dialog.passphrase_edit.text() == "" and dialog.confirm_edit.text() == ""


def test_first_run_shows_a_core_error_and_stays_open(qtbot, desk):
    desk.add_reviewer("张三", "", PASS)
    dialog = show(qtbot, FirstRunDialog(desk))
    fill_first_run(dialog)
    dialog.accept()
    assert dialog.isVisible() and dialog.identity is None
    assert "已有同名" in dialog.error_label.text()
    dialog.name_edit.setText("李四")  # editing clears the error
    assert dialog.error_label.text() == ""
    dialog.reject()
    assert closed(dialog)


def test_first_run_enter_accepts_and_escape_cancels(qtbot, desk):
    dialog = show(qtbot, FirstRunDialog(desk))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Rejected

    dialog = show(qtbot, FirstRunDialog(desk))
    fill_first_run(dialog)
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert closed(dialog) and dialog.identity is not None


# -- sign in ---------------------------------------------------------------------------------------

def test_sign_in_wrong_passphrase_stays_open_then_right_one_unlocks(qtbot, desk):
    desk.add_reviewer("张三", "某市司法局", PASS)
    desk.add_reviewer("李四", "", PASS + "2")
    dialog = show(qtbot, SignInDialog(desk, preselect="李四"))
    assert dialog.reviewer_combo.count() == 2
    assert dialog.reviewer_combo.itemText(0) == "张三 (某市司法局)"
    assert dialog.name == "李四"
    assert not dialog.ok_button.isEnabled()

    dialog.passphrase_edit.setText("wrong passphrase")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and dialog.identity is None
    assert "李四" in dialog.error_label.text()
    assert dialog.passphrase_edit.text() == ""

    dialog.passphrase_edit.setText(PASS + "2")
    dialog.accept()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.identity is not None and dialog.identity.name == "李四"


def test_sign_in_preselects_by_fingerprint_and_cancels(qtbot, desk):
    desk.add_reviewer("张三", "", PASS)
    second = desk.add_reviewer("李四", "", PASS)
    dialog = show(qtbot, SignInDialog(desk, preselect=second.fingerprint))
    assert dialog.name == "李四"
    dialog.reject()
    assert closed(dialog) and dialog.identity is None


def test_sign_in_without_reviewers_cannot_accept(qtbot, desk):
    dialog = show(qtbot, SignInDialog(desk))
    assert dialog.name is None and "No reviewer" in dialog.hint_label.text()
    dialog.passphrase_edit.setText(PASS)
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert closed(dialog)


# -- sign-off ---------------------------------------------------------------------------------------

REVIEWER_FP = "SHA256:" + "a" * 32


def small_state(decided: bool) -> ReviewState:
    finding = FindingRecord("F1", "PHONE_NUMBER", "text", "paragraph 1", 0, 11, "138****8000", "h" * 64, 900,
                            "FakeDetector", "redact")
    decisions = {"F1": Decision("F1", "redact", "art15", None, False, REVIEWER_FP, "2024-05-01T00:00:00Z", 3)} \
        if decided else {}
    return ReviewState(REVIEW, SHA, "notice.txt", "txt", None, None, "default", REVIEWER_FP,
                       "2024-05-01T00:00:00Z", {"F1": finding}, decisions)


def blockers_for(state: ReviewState):
    return functools.partial(sign_blockers, state, REVIEWER_FP)


def blocker_texts(dialog: SignOffDialog) -> list[str]:
    return [dialog.blockers_list.item(i).text() for i in range(dialog.blockers_list.count())]


def test_sign_off_lists_blockers_and_disables_sign(qtbot):
    dialog = show(qtbot, SignOffDialog(blockers_for(small_state(decided=False))))
    assert dialog.attribute == "public" and dialog.attribute_buttons["public"].isChecked()
    assert [b.text() for b in dialog.attribute_buttons.values()] == ["主动公开", "依申请公开", "不予公开"]
    assert dialog.basis is None  # no basis until the reviewer picks one
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("art15"))
    assert dialog.basis == "art15" and "条例第十五条" in dialog.basis_combo.currentText()
    dialog.basis_combo.setCurrentIndex(0)
    assert dialog.basis is None
    assert "not yet allowed" in dialog.blockers_heading.text()
    assert any("undecided" in t for t in blocker_texts(dialog))
    assert not dialog.sign_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Rejected


def test_sign_off_on_request_needs_basis_and_reason(qtbot):
    dialog = show(qtbot, SignOffDialog(blockers_for(small_state(decided=True))))
    assert blocker_texts(dialog) == [] and dialog.sign_button.isEnabled()
    assert dialog.blockers_list.isHidden()

    dialog.attribute_buttons["on-request"].click()
    texts = blocker_texts(dialog)
    assert len(texts) == 2 and "legal basis" in texts[0] and "reason" in texts[1]
    assert all("依申请公开" in t for t in texts)
    assert not dialog.sign_button.isEnabled() and not dialog.blockers_list.isHidden()

    dialog.set_basis("art16")
    assert len(blocker_texts(dialog)) == 1 and not dialog.sign_button.isEnabled()
    dialog.reason_edit.setText("  过程性信息，依申请提供  ")
    assert blocker_texts(dialog) == [] and dialog.sign_button.isEnabled()

    dialog.accept()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.attribute, dialog.basis, dialog.reason, dialog.passphrase) == \
        ("on-request", "art16", "过程性信息，依申请提供", None)


def test_sign_off_with_passphrase_and_a_fake(qtbot):
    calls = []

    def fake(attribute, basis, reason):
        calls.append((attribute, basis, reason))
        if attribute == "withheld":
            raise ReviewDeskError(ErrorCode.REFUSED, "Withholding is refused by the fake.")
        return []

    dialog = show(qtbot, SignOffDialog(fake, needs_passphrase=True))
    assert calls[-1] == ("public", None, None)
    assert blocker_texts(dialog) == ["Enter your passphrase to sign."] and not dialog.sign_button.isEnabled()
    dialog.set_attribute("withheld")
    assert blocker_texts(dialog)[0] == ERRORS[ErrorCode.REFUSED]  # the code in Chinese, not the English text
    dialog.set_attribute("public")
    dialog.passphrase_edit.setText(PASS)
    assert dialog.sign_button.isEnabled()
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # Sign is the default button
    assert closed(dialog) and dialog.passphrase == PASS and dialog.attribute == "public"


# -- audit log ---------------------------------------------------------------------------------------

@pytest.fixture
def logged_desk(desk):
    """A desk with a reviewer, a started review, a decision and a signature (with a checkpoint)."""
    desk.add_reviewer("张三", "某市司法局", PASS)
    who = desk.identity("张三", PASS)
    fp, key = who.reviewer.fingerprint, who.key
    finding = {"id": "F1", "type": "PHONE_NUMBER", "part": "text", "location": "paragraph 1", "start": 0,
               "end": 11, "preview": "138****8000", "value_hash": "h" * 64, "score": 900,
               "recognizer": "FakeDetector", "suggested": "redact", "manual": False}
    desk.log.append(ev.REVIEW_STARTED, {"review_id": REVIEW, "sha256": SHA, "file_name": "notice.txt",
                                        "format": "txt", "size": 30, "title": None, "doc_number": None,
                                        "policy": "default", "findings": [finding]}, fp, key)
    desk.log.append(ev.FINDING_DECIDED, {"review_id": REVIEW, "finding_id": "F1", "action": "redact",
                                         "basis": "art15", "note": None, "suggested": False}, fp, key)
    desk.log.append(ev.REVIEW_SIGNED, {"review_id": REVIEW, "sha256": SHA, "attribute": "public", "basis": None,
                                       "reason": None, "counts": {"redact": 1},
                                       "decisions": ev.decisions_digest({"F1": {"action": "redact", "basis": "art15"}})},
                    fp, key, checkpoint=True)
    desk.log.append(ev.DOCUMENT_PUBLISHED, {"review_id": "R-ffffffffffff-1", "sha256_in": "f" * 64,
                                            "sha256_out": "9" * 64, "output_name": "out.txt",
                                            "attribute": "public", "stamp": None, "sanitized": []}, fp, key)
    return desk


def test_audit_log_model(qtmodeltester, logged_desk):
    names = {r.fingerprint: r.name for r in logged_desk.log.reviewers()}
    model = AuditLogModel(logged_desk.log.entries(), names)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 5
    rows = [[model.data(model.index(r, c)) for c in range(5)] for r in range(5)]
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert [r[2] for r in rows] == ["Reviewer added", "Review started", "Finding decided", "Review signed",
                                    "Document published"]
    assert {r[3] for r in rows} == {"张三"}
    assert rows[0][4] == "张三 (某市司法局)"
    assert rows[1][4] == f"{REVIEW} · notice.txt, 1 finding(s)"
    assert rows[2][4] == f"{REVIEW} · F1 → redact (art15)"
    assert rows[3][4] == f"{REVIEW} · 主动公开"
    assert rows[4][4] == "R-ffffffffffff-1 · output SHA-256 9999999999999999…"
    assert "138" not in " ".join(str(r[4]) for r in rows)  # no values, not even masked previews
    assert model.data(model.index(1, 0), REVIEW_ID_ROLE) == REVIEW
    model.set_entries([], {})
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_every_event_the_core_writes_has_a_label():
    """Each event constant of the review workflow and the register import reads as words in the log view."""
    from review_desk.core.audit.register_import import REGISTER_IMPORTED
    from review_desk.core.review import events as ev

    events = [v for k, v in vars(ev).items() if k.isupper() and isinstance(v, str) and v.islower() and "_" in v]
    model = AuditLogModel()
    assert len(events) >= 9
    for event in [*events, "reviewer_added", REGISTER_IMPORTED]:
        assert model.event_label(event) != event, event
    assert model.event_label("something_else") == "something_else"


def test_audit_log_dialog_intact_sort_filter_export(qtbot, logged_desk):
    exports = []
    dialog = show(qtbot, AuditLogDialog(logged_desk, on_export=lambda: exports.append(1)))
    v = dialog.verification
    assert v.ok and v.entries == 5
    text = dialog.status_label.text()
    assert text.startswith("Log intact: 5 entries") and v.checkpoint_root[:16] in text
    assert "#1b7f3b" in dialog.status_label.styleSheet()
    assert dialog.proxy.rowCount() == 5

    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert dialog.proxy.index(0, 0).data() == 5
    dialog.filter_edit.setText(REVIEW.lower())
    assert dialog.proxy.rowCount() == 3
    assert {dialog.proxy.index(r, 2).data() for r in range(3)} == {"Review started", "Finding decided",
                                                                   "Review signed"}
    dialog.filter_edit.clear()
    assert dialog.proxy.rowCount() == 5

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert exports == [1]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert closed(dialog)


def tamper_payload(home, seq: int) -> None:
    conn = sqlite3.connect(home / DB_NAME)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        payload = conn.execute("SELECT payload FROM entries WHERE seq = ?", (seq,)).fetchone()[0]
        conn.execute("UPDATE entries SET payload = ? WHERE seq = ?", (payload.replace("art15", "art16"), seq))
        conn.commit()
    finally:
        conn.close()


def test_audit_log_dialog_shows_tampering_in_red(qtbot, logged_desk):
    dialog = show(qtbot, AuditLogDialog(logged_desk))
    assert dialog.verification.ok
    assert not dialog.export_button.isEnabled()  # no exporter given

    tamper_payload(logged_desk.home, 3)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    v = dialog.verification
    assert not v.ok and v.first_bad_seq == 3
    text = dialog.status_label.text()
    assert text.startswith("Log damaged from entry 3:") and "entry 3" in v.problem and v.problem in text
    assert "#b00020" in dialog.status_label.styleSheet()
    assert dialog.model.data(dialog.model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.model.data(dialog.model.index(2, 4)) == f"{REVIEW} · F1 → redact (art16)"
    dialog.reject()
    assert closed(dialog)

    dialog = show(qtbot, AuditLogDialog(logged_desk))  # a fresh dialog finds it at once
    assert not dialog.verification.ok and "entry 3" in dialog.status_label.text()
    dialog.close()
    assert closed(dialog)


def test_audit_log_dialog_lists_nothing_from_an_unreadable_payload(qtbot, logged_desk):
    conn = sqlite3.connect(logged_desk.home / DB_NAME)
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("UPDATE entries SET payload = 'not json' WHERE seq = 2")
    conn.commit()
    conn.close()
    dialog = show(qtbot, AuditLogDialog(logged_desk))
    assert not dialog.verification.ok and "entry 2" in dialog.status_label.text()
    assert not dialog.load_error_label.isHidden() and dialog.model.rowCount() == 0
    dialog.reject()
    assert closed(dialog)


# -- manual finding ---------------------------------------------------------------------------------

def test_manual_finding_returns_the_chosen_type(qtbot):
    dialog = show(qtbot, ManualFindingDialog("王五"))
    assert dialog.entity_type == "PERSON"
    assert dialog.text_label.text() == "王五"
    assert dialog.type_combo.currentText() == "姓名 (PERSON)"
    labels = [dialog.type_combo.itemData(i) for i in range(dialog.type_combo.count())]
    assert "CN_ADDRESS" in labels and labels[-2:] == ["CLASSIFIED_MARK", "ORGANIZATION"]  # personal data first
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("CN_ADDRESS"))
    dialog.accept()
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.entity_type == "CN_ADDRESS"


def test_manual_finding_shows_text_literally_and_cancels(qtbot):
    dialog = show(qtbot, ManualFindingDialog("<b>李</b>" + "x" * 300, entity_type="PHONE_NUMBER"))
    assert dialog.entity_type == "PHONE_NUMBER"
    assert dialog.text_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.text_label.text().startswith("<b>李</b>") and dialog.text_label.text().endswith("…")
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Escape)
    assert closed(dialog) and dialog.result() == QDialog.DialogCode.Rejected
