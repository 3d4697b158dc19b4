"""The corpus evaluation counts true and false positives, misses and trap hits correctly."""

from __future__ import annotations

import json

from review_desk.core.detect.evaluate import evaluate_corpus, format_report


def write_doc(folder, name, text, entities, traps=()):
    (folder / name).write_text(text, encoding="utf-8")
    gold = {"file": name, "encoding": "utf-8", "genre": "notice",
            "entities": [{"type": t, "start": s, "end": e, "text": text[s:e]} for t, s, e in entities],
            "traps": [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in traps]}
    (folder / name.replace(".txt", ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_scores_against_gold(tmp_path, detector):
    text = "联系电话13912345678；电话0531-86120000；文号鲁金监发〔2018〕21号。"
    phone = text.index("139")
    agency = text.index("0531")
    doc_no = text.index("鲁金监发")
    write_doc(tmp_path, "001_notice.txt", text,
              entities=[("PHONE_NUMBER", phone, phone + 11), ("PERSON", 0, 2)],
              traps=[("agency_phone", agency, agency + 13), ("doc_number", doc_no, doc_no + 12)])
    report = evaluate_corpus(tmp_path, detector=detector)
    phone_score = report.scores["PHONE_NUMBER"]
    assert (phone_score.gold, phone_score.predicted, phone_score.true_positive) == (1, 2, 1)
    assert phone_score.precision == 0.5 and phone_score.recall == 1.0
    assert len(report.trap_hits) == 1 and "agency_phone" in report.trap_hits[0]
    assert report.traps == 2
    text_report = format_report(report)
    assert "PHONE_NUMBER" in text_report and "Traps: 2, hit: 1" in text_report
    if "PERSON" not in report.detected_types:
        assert "not detected by this pipeline" in text_report


def test_agency_allow_list_is_used(tmp_path):
    text = "电话0531-86120000。"  # a bare 电话: only the allow list says it is the agency's
    write_doc(tmp_path, "001_notice.txt", text, entities=[], traps=[("agency_phone", 2, 15)])
    (tmp_path / "agency.txt").write_text("0531-86120000\n", encoding="utf-8")
    report = evaluate_corpus(tmp_path)
    assert report.trap_hits == []
    assert report.scores["PHONE_NUMBER"].predicted == 0


def test_kept_findings_on_statutes_and_document_numbers_count_as_noise(tmp_path, monkeypatch):
    from review_desk.core.detect import evaluate as ev
    from review_desk.core.detect.finding import Action, Finding
    from review_desk.core.detect.scanner import ScanResult

    text = "依据《中华人民共和国土地管理法》第六十二条、鲁政发〔2024〕3号，济南市。"
    law, doc_no, city = text.index("《"), text.index("鲁政发"), text.index("济南市")
    write_doc(tmp_path, "001_notice.txt", text, entities=[],
              traps=[("statute", law, law + 20), ("doc_number", doc_no, doc_no + 11), ("place_name", city, city + 3)])

    def found(t, start, end):
        return Finding(type=t, text=text[start:end], start=start, end=end, part="body", location="",
                       score=0.8, action=Action.KEEP, recognizer="fake")

    fake = (found("LOCATION", law + 1, law + 8), found("LOCATION", doc_no, doc_no + 1),
            found("LOCATION", city, city + 3))

    class FakeDetector:
        def supported_types(self):
            return ["PERSON", "LOCATION"]

    monkeypatch.setattr(ev, "scan_path", lambda path, detector: ScanResult(path=path, sha256=None, findings=fake))
    report = evaluate_corpus(tmp_path, detector=FakeDetector())
    assert report.trap_hits == []  # kept findings never block anything ...
    assert len(report.noise_hits) == 2 and "statute" in report.noise_hits[0]  # ... but the first two are noise
    assert "Noise (places/organisations on statutes, 文号, titles): 2" in format_report(report)
