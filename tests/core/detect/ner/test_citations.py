"""Citations (issue 17, class 7): a place or an organisation inside a statute title, a 文号 or a case
number is a fragment of the citation, not a finding; a body named before a 文号 is still one."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from review_desk.core.detect.ner.citations import citation_spans
from review_desk.core.detect.ner.rules import _without_citation_fragments


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("依据《外国人在中国工作管理规定》，", "《外国人在中国工作管理规定》"),
        ("违反《中华人民共和国出境入境管理法》第七十六条的规定", "《中华人民共和国出境入境管理法》第七十六条"),
        ("沪公（出）行罚决字〔2026〕1847号｜", "沪公（出）行罚决字〔2026〕1847号"),
        ("历城教体发〔2026〕33号", "历城教体发〔2026〕33号"),
        ("处罚决定书文号：青北市监处〔2022〕107号", "青北市监处〔2022〕107号"),
        ("违反《中华人民共和国食品安全法》第三十四条第（十）项规定", "《中华人民共和国食品安全法》第三十四条第（十）项"),
        ("威环综执罚决字〔2026〕第208号", "威环综执罚决字〔2026〕第208号"),
        ("原告诉被告一案（2026）鲁02民初1187号，", "（2026）鲁02民初1187号"),
        ("根据济南市人民政府办公厅鲁政发〔2024〕3号", "鲁政发〔2024〕3号"),  # the body is not part of it
        ("济南市历城区教育和体育局历城教体发〔2026〕33号", "历城教体发〔2026〕33号"),
    ],
)
def test_citation_spans(text: str, cited: str) -> None:
    assert [text[s:e] for s, e in citation_spans(text)] == [cited]


def test_places_and_organisations_inside_a_citation_are_dropped() -> None:
    text = "根据济南市人民政府办公厅鲁政发〔2024〕3号和《外国人在中国工作管理规定》，张伟"

    def r(kind: str, span: str) -> RecognizerResult:
        s = text.index(span)
        return RecognizerResult(kind, s, s + len(span), 0.85)

    kept = _without_citation_fragments(
        text, [r("ORGANIZATION", "济南市人民政府办公厅"), r("LOCATION", "鲁政"), r("LOCATION", "中国"), r("PERSON", "张伟")]
    )
    assert [text[x.start : x.end] for x in kept] == ["济南市人民政府办公厅", "张伟"]
