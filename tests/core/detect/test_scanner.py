"""Scanner helpers: the pre-check that lets the name propagation skip texts without any name."""

from __future__ import annotations

from review_desk.core.detect.scanner import _may_mention


def test_may_mention_is_a_necessary_condition():
    heads = frozenset(n[:2] for n in ("董东明", "欧阳明华", "李四"))
    assert _may_mention("其中董东明的工资", heads)
    assert _may_mention("欧阳", heads)  # a head alone: the propagation itself decides
    assert _may_mention("李四", heads)
    assert not _may_mention("董事会决议", heads)
    assert not _may_mention("李", heads) and not _may_mention("", heads)


class _OrgsAndNames:
    """A fake detector: every 局 / 公司 value is an organisation, 张建华 a name."""

    def detect_many(self, texts, *, contexts=None):
        from review_desk.core.detect.finding import RawDetection

        out = []
        for text in texts:
            dets = []
            for word, kind in (("济南市历城区教育和体育局", "ORGANIZATION"), ("济南润泽装饰工程有限公司", "ORGANIZATION"),
                               ("张建华", "PERSON")):
                i = text.find(word)
                if i >= 0:
                    dets.append(RawDetection(kind, i, i + len(word), 0.85, "fake", word))
            out.append(dets)
        return out


def test_metadata_values_give_no_organisations_but_keep_personal_data(tmp_path):
    """Issue 17, class 7: app.xml's Company and a customXml item's issuing body are not findings worth
    showing in the desk; a person's name in the same places still is."""
    from docx_factory import make_docx

    from review_desk.core.detect.scanner import scan_path

    item = "<root><发文机关>济南市历城区教育和体育局</发文机关><拟稿人>张建华</拟稿人><公司>济南润泽装饰工程有限公司</公司></root>"
    path = make_docx(tmp_path, ["济南市历城区教育和体育局关于做好学生资助工作的通知"],
                     app={"Company": "济南市历城区教育和体育局"}, custom_xml=[item])
    found = [(f.type, f.text, f.part) for f in scan_path(str(path), _OrgsAndNames()).findings]
    assert ("ORGANIZATION", "济南市历城区教育和体育局", "word/document.xml") in found  # the body keeps it
    assert ("PERSON", "张建华", "customXml/item2.xml") in found
    assert [f for f in found if f[2] != "word/document.xml" and f[0] == "ORGANIZATION"] == []
