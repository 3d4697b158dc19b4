"""Finding what the detector missed: search (text or pattern) turns every match into findings at
once; one decision applies to a whole table column; "every occurrence" also covers the value where
the detector did not report it (a header, a comment)."""

from __future__ import annotations

import docx

from review_desk.gui.dialogs.search import SearchDialog
from tests.gui.test_document_view import open_roster
from tests.gui.test_preview_publish import _open
from tests.gui.test_desk_workflow import _dialog, window  # noqa: F401 (fixture)


def test_search_and_add_creates_findings_for_every_match(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    before = len(window.draft.findings)
    window.find_and_add()
    dialog = _dialog(qtbot, window, SearchDialog)
    dialog.query_edit.setText("[张李][三四]")
    assert not dialog.ok_button.isEnabled() or dialog.spans == []  # literal text: no match
    dialog.regex_box.setChecked(True)
    assert len(dialog.spans) == 2
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("PERSON"))
    dialog.accept()
    added = [f for f in window.draft.findings if f.type == "PERSON"]
    assert sorted(f.text for f in added) == ["张三", "李四"] and len(window.draft.findings) == before + 2
    assert all(window.view.view_span(f) for f in added)
    window.undo_stack.undo()  # one undo step removes them all
    assert len(window.draft.findings) == before


def test_search_reports_a_bad_pattern(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    window.find_and_add()
    dialog = _dialog(qtbot, window, SearchDialog)
    dialog.regex_box.setChecked(True)
    dialog.query_edit.setText("([")
    assert dialog.error.text() and not dialog.ok_button.isEnabled()
    dialog.reject()


def test_one_decision_for_a_whole_table_column(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    phones = [f for f in window.draft.findings if f.location.startswith("tbl[1]")]
    assert len(phones) == 2
    window.select_finding(phones[0].id)
    assert window.detail.whole_column.isVisible() and "2" in window.detail.whole_column.text()
    window.detail.whole_column.setChecked(True)
    window.decide("mask")
    assert all(window.draft.status(f.id) == "mask" for f in phones)
    header = next(f for f in window.draft.findings if f.part != "word/document.xml")
    assert window.draft.status(header.id) == "undecided"  # not in the column


def test_every_occurrence_covers_other_parts(qtbot, window, tmp_path):
    path = tmp_path / "notice.docx"
    d = docx.Document()
    d.add_paragraph("申请人王小五，电话13812345678。")
    d.sections[0].header.paragraphs[0].text = "经办：王小五"
    p = d.add_paragraph("抄送：区政务公开办公室。")
    d.add_comment(p.runs, text="王小五已核对", author="王审核")
    d.save(path)
    _open(qtbot, window, path)
    body = next(s for s in window.draft.document.segments if s.text.startswith("申请人"))
    window.add_finding_at((body.part, body.location, 3, 6), "PERSON")  # the detector missed the name
    name = next(f for f in window.draft.findings if f.text == "王小五")
    window.select_finding(name.id)
    window.detail.all_occurrences.setChecked(True)
    window.decide("mask")
    names = [f for f in window.draft.findings if f.text == "王小五"]
    assert {f.part for f in names} == {"word/document.xml", "word/header1.xml", "word/comments.xml"}
    assert all(window.draft.status(f.id) == "mask" for f in names)
    window.undo_stack.undo()  # one step: the decision and the added occurrences
    assert [f for f in window.draft.findings if f.text == "王小五"] == [name]
    assert window.draft.status(name.id) == "undecided"
