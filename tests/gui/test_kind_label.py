"""The desk shows the document's kind, the policy its review uses, the deadline and the required
fields it leaves out, above the findings; a proposal reply's 抄送 block is among the findings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool

from review_desk.gui.main_window import MainWindow

PASS = "correct-horse-battery"

PENALTY = ("某市市场监督管理局\n行政处罚决定书\n某市监罚决〔2025〕88号\n当事人：济南某某商贸有限公司\n"
           "统一社会信用代码：91370102MA3C8Y2K14\n案件名称：济南某某商贸有限公司销售超过保质期食品案\n"
           "经查，当事人销售超过保质期的牛奶20箱，联系电话13812345678。\n"
           "依据《中华人民共和国食品安全法》第一百二十四条的规定，本机关决定给予当事人罚款人民币五万元的行政处罚。\n"
           "某市市场监督管理局\n2025年1月27日\n")
PROPOSAL = ("某市交通运输局\n对市十六届人大三次会议第0123号建议的答复\n王建国代表：\n"
            "您提出的《关于加强公交站台建设的建议》收悉，现答复如下。\n"
            "抄送：市人大常委会代表工作委员会，王建国代表（13812345678）。\n某市交通运输局\n2025年6月3日\n")


def _open(qtbot, tmp_path, fake_detector, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    window = MainWindow(lambda: fake_detector, pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(window)
    window.show()
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=10_000)
    return window


def test_a_decision_without_remedy_shows_its_kind_policy_and_missing_field(qtbot, tmp_path, fake_detector):
    window = _open(qtbot, tmp_path, fake_detector, "penalty.txt", PENALTY)
    label = window.kind_label
    assert label.isVisible()
    text = label.text()
    assert "行政处罚决定书" in text and "double-publicity" in text and "2025-02-12" in text
    assert text.endswith("救济渠道") and "执法依据" not in text  # only the field that is missing
    assert window.draft.policy.name == "double-publicity"
    assert "f6dede" in label.styleSheet()  # in red


def test_a_proposal_reply_lists_its_distribution_block(qtbot, tmp_path, fake_detector):
    window = _open(qtbot, tmp_path, fake_detector, "proposal.txt", PROPOSAL)
    assert "建议提案办理复文" in window.kind_label.text() and "proposal-reply" in window.kind_label.text()
    assert "f6dede" not in window.kind_label.styleSheet()  # nothing required is missing
    types = [f.type for f in window.draft.findings]
    assert types == ["DISTRIBUTION", "PHONE_NUMBER"]  # in reading order: the phone is inside the block
    assert window.model.rowCount() == 2


def test_a_proposal_reply_signed_as_a_summary_from_the_desk(qtbot, tmp_path, fake_detector):
    from PySide6.QtWidgets import QApplication

    from review_desk.gui.dialogs import SignOffDialog

    window = _open(qtbot, tmp_path, fake_detector, "proposal.txt", PROPOSAL)
    for f in window.draft.findings:
        window.draft.decide([f.id], window.draft.suggested(f.id))
    window.desk.add_reviewer("王审查", "办公室", PASS)
    window.identity = window.desk.identity("王审查", PASS)
    window.signoff_flow.open_dialog()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignOffDialog) and w.isVisible())
    assert not dialog.summary  # 全文公开 unless the reviewer says otherwise
    dialog.summary_check.setChecked(True)
    dialog.passphrase_edit.setText(PASS)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: window.draft.review is not None and window.draft.review.signature is not None,
                    timeout=10_000)
    assert window.draft.review.signature.summary is True
    assert window.desk.review(window.draft.review.review_id).signature.summary is True


def test_the_reviewer_changes_the_kind_before_signing_and_it_is_logged_as_chosen(qtbot, tmp_path, fake_detector):
    from review_desk.gui.flows.kind import KindDialog

    window = _open(qtbot, tmp_path, fake_detector, "proposal.txt", PROPOSAL)
    assert window.kind_action.isEnabled() and window.kind_action in window.kind_label.actions()
    window.kind_action.trigger()  # the context action opens the dialog with the current kind
    dialog = window.active_dialog
    assert isinstance(dialog, KindDialog) and dialog.kind == "proposal_reply"
    dialog.combo.setCurrentIndex(dialog.combo.findData("notice"))
    dialog.accept()
    assert window.draft.kind.kind.value == "notice" and window.draft.kind.overridden
    assert window.draft.policy.name == "default"
    assert [f.type for f in window.draft.findings] == ["PHONE_NUMBER"]  # no 抄送 finding under the default policy
    assert window.model.rowCount() == 1
    assert "通知、公告" in window.kind_label.text() and "default" in window.kind_label.text()
    assert window.kind_flow.apply("proposal_reply")  # back: the 抄送 block is a finding again
    assert [f.type for f in window.draft.findings] == ["DISTRIBUTION", "PHONE_NUMBER"]
    assert window.draft.policy.name == "proposal-reply"
    # the chosen kind goes into the log with the review, as `review start --kind` records it
    window.draft.choose_kind("notice")
    window.desk.add_reviewer("王审查", "办公室", PASS)
    who = window.desk.identity("王审查", PASS)
    state = window.draft.commit(window.desk, who)
    assert state.kind["kind"] == "notice" and state.kind["overridden"] is True and state.policy == "default"
    window.apply_state()
    assert not window.kind_action.isEnabled()  # in the log: the kind no longer changes
    assert not window.kind_flow.apply("proposal_reply") and window.draft.kind.kind.value == "notice"
    assert window.last_error == QCoreApplication.translate(
        "KindFlow", "The kind can be changed only before the review is signed.")
    window.active_dialog.accept()


def test_a_companys_representative_is_suggested_kept_with_its_basis(qtbot, tmp_path, fake_detector):
    import re

    from review_desk.core.detect.finding import RawDetection

    class WithNames(type(fake_detector)):
        names = re.compile(r"王志强|张丽华")

        def detect_many(self, texts, *, contexts=None):
            found = super().detect_many(texts, contexts=contexts)
            return [hits + [RawDetection("PERSON", m.start(), m.end(), 0.9, "FakeDetector", m.group())
                            for m in self.names.finditer(text)] for hits, text in zip(found, texts)]

    text = PENALTY.replace("案件名称", "法定代表人：王志强\n委托代理人：张丽华\n案件名称")
    window = _open(qtbot, tmp_path, WithNames(), "penalty.txt", text)
    people = {f.text: f for f in window.draft.findings if f.type == "PERSON"}
    assert window.draft.suggested(people["王志强"].id) == "keep"
    assert window.draft.suggested(people["张丽华"].id) == "mask"
    assert people["王志强"].id not in window.draft.decisions  # personal data: not pre-decided like an organisation
    window.select_finding(people["王志强"].id)
    assert window.detail.basis.currentData() == "mandatory_disclosure"  # the suggestion comes with its basis
    window.decide("keep")
    assert window.draft.decisions[people["王志强"].id].basis == "mandatory_disclosure"
    window.select_finding(people["张丽华"].id)
    assert window.detail.basis.currentData() is None  # the policy's removal basis
