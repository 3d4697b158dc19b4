"""Allow list (public numbers, switchboards, officials' names) and deny list (plain substrings)."""

from __future__ import annotations

from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from review_desk.core.detect import detector as detector_module
from review_desk.core.detect.detector import DetectConfig, Detector
from review_desk.core.detect.recognizers import DenyListRecognizer
from review_desk.core.detect.wordlists import (
    default_allow_list,
    default_allow_list_path,
    load_deny_list,
    load_word_list,
)


def test_default_allow_list_file():
    path = default_allow_list_path()
    assert path is not None and path.name == "allow_list.txt"
    entries = default_allow_list()
    for number in ("12345", "12315", "12369", "110", "119", "120", "122", "95518"):
        assert number in entries
    assert all("#" not in e and e == e.strip() for e in entries)


def test_load_word_list(tmp_path: Path):
    p = tmp_path / "allow.txt"
    p.write_text("# comment\n\n12345   # hotline\n0531-86198765\n王强\n12345\n", encoding="utf-8")
    assert load_word_list(p) == ("12345", "0531-86198765", "王强")


def test_load_deny_list(tmp_path: Path):
    p = tmp_path / "deny.txt"
    p.write_text("# names\n张三丰\n鲁A12345\tCN_LICENSE_PLATE\n\n某某小区\tCN_ADDRESS  # home\n", encoding="utf-8")
    assert load_deny_list(p) == (
        ("张三丰", "PERSON"),
        ("鲁A12345", "CN_LICENSE_PLATE"),
        ("某某小区", "CN_ADDRESS"),
    )
    assert load_word_list(p) == ("张三丰", "鲁A12345\tCN_LICENSE_PLATE", "某某小区\tCN_ADDRESS")


def test_hotline_and_switchboard_allowed(analyzer):
    det = Detector(DetectConfig(allow_list=("12345", "0531-86198765")), analyzer=analyzer)
    assert det.detect("请拨打12345或0531-86198765咨询") == []
    # spelled differently, still the same number
    assert det.detect("请拨打（０５３１）８６１９８７６５咨询") == []
    assert det.detect("请拨打0531 8619 8765咨询") == []
    # another number is still reported
    assert [d.text for d in det.detect("或0531-86198766")] == ["0531-86198766"]


def test_switchboard_reported_without_allow_entry(analyzer):
    det = Detector(DetectConfig(allow_list=()), analyzer=analyzer)
    # nothing in the sentence says whose number it is: reported until the allow list names it
    assert [d.text for d in det.detect("拨打12345或0531-86198765咨询")] == ["0531-86198765"]
    # the reader invited to call (请拨打…): the writing agency's line, no allow entry needed
    assert det.detect("如有疑问，请拨打12345或0531-86198765咨询") == []


def test_finding_inside_allowed_phrase(analyzer):
    det = Detector(DetectConfig(allow_list=("服务热线0531-86198765（工作日）",)), analyzer=analyzer)
    assert det.detect("服务热线0531-86198765（工作日）") == []


class _FakePersonRecognizer(EntityRecognizer):
    """Stands in for NER: every occurrence of a listed name is a PERSON."""

    def __init__(self, names):
        self.names = names
        super().__init__(supported_entities=["PERSON"], supported_language="zh", name="FakeNer")

    def load(self):
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for name in self.names:
            pos = text.find(name)
            while pos != -1:
                out.append(RecognizerResult("PERSON", pos, pos + len(name), 0.85, recognition_metadata={}))
                pos = text.find(name, pos + 1)
        return out


def test_official_public_name_not_a_person():
    from review_desk.core.detect.analyzer import build_analyzer

    analyzer = build_analyzer(extra_recognizers=[_FakePersonRecognizer(["王强", "张三"])])
    det = Detector(DetectConfig(allow_list=("王强",)), analyzer=analyzer)
    found = det.detect("局长王强签发，当事人张三")
    assert [(d.type, d.text) for d in found] == [("PERSON", "张三")]


def test_deny_list_in_running_chinese(analyzer):
    det = Detector(DetectConfig(deny_list=(("张三丰", "PERSON"),)), analyzer=analyzer)
    found = det.detect("当事人张三丰于2023年5月6日到场")
    assert [(d.type, d.text, d.start, d.score) for d in found] == [("PERSON", "张三丰", 3, 1.0)]


def test_deny_list_full_width_and_types(analyzer):
    det = Detector(
        DetectConfig(deny_list=(("ABC小区", "CN_ADDRESS"), ("张三", "PERSON"))), analyzer=analyzer
    )
    found = det.detect("张三住ＡＢＣ小区，张三")
    assert [(d.type, d.text) for d in found] == [
        ("PERSON", "张三"),
        ("CN_ADDRESS", "ＡＢＣ小区"),
        ("PERSON", "张三"),
    ]


def test_deny_list_respects_entities_filter(analyzer):
    det = Detector(
        DetectConfig(deny_list=(("张三丰", "PERSON"),), entities=("PHONE_NUMBER",)), analyzer=analyzer
    )
    assert [d.type for d in det.detect("张三丰13812345678")] == ["PHONE_NUMBER"]


def test_deny_list_recognizer_direct():
    rec = DenyListRecognizer([("张三丰", "PERSON"), ("张三", "PERSON"), ("", "PERSON")])
    assert rec.supported_language == "zh"
    assert [(r.start, r.end) for r in rec.analyze("张三丰和张三", None)] == [(0, 3), (0, 2), (4, 6)]


def test_entities_filter_without_analyzer_types(analyzer):
    det = Detector(DetectConfig(deny_list=(("张三丰", "PERSON"),), entities=("PERSON",)), analyzer=analyzer)
    assert [(d.type, d.text) for d in det.detect("张三丰13812345678机密★")] == [("PERSON", "张三丰")]
    empty = Detector(DetectConfig(deny_list=(("张三丰", "PERSON"),), entities=()), analyzer=analyzer)
    assert empty.detect("张三丰13812345678机密★") == []


def test_word_list_functions_exported_by_detector():
    assert detector_module.load_word_list is load_word_list
    assert detector_module.load_deny_list is load_deny_list
