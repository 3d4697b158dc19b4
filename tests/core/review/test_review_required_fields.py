"""The required fields of 双公示 decisions (plan item 7) and the 救济渠道 of replies to applicants
(plan item 14): which ones a document leaves out, stored with its kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_desk.core.document import read_document
from review_desk.core.names import REQUIRED_FIELDS
from review_desk.core.review.field_words import KIND_FIELDS, REMEDY_PARTS
from review_desk.core.review.kinds import classify, kind_from_dict, kind_view
from review_desk.core.review.required_fields import missing_fields

COMPANY_CODE = "91370102MA3C8Y2K14"
REMEDY = ("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议，"
          "也可以在六个月内依法向某市历下区人民法院提起行政诉讼。")
PENALTY = [
    "某市市场监督管理局", "行政处罚决定书", "某市监罚决〔2025〕88号",
    "当事人：济南某某商贸有限公司", f"统一社会信用代码：{COMPANY_CODE}",
    "案件名称：济南某某商贸有限公司销售超过保质期食品案",
    "经查，当事人于2025年1月6日在其经营场所销售超过保质期的牛奶20箱，货值金额1200元。",
    "上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
    "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本机关决定给予当事人如下行政处罚："
    "没收超过保质期的牛奶20箱，罚款人民币五万元。",
    REMEDY, "某市市场监督管理局", "2025年1月27日",
]
LICENSE = [
    "某市行政审批服务局", "准予行政许可决定书", "某审许〔2025〕301号",
    "申请人：济南某某餐饮管理有限公司", f"统一社会信用代码：{COMPANY_CODE}",
    "你单位于2025年3月3日提出的食品经营许可申请，经审查，符合法定条件。",
    "依据《中华人民共和国食品安全法》第三十五条的规定，本机关决定准予行政许可，许可事项：食品经营（热食类食品制售）。",
    "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。",
    "某市行政审批服务局", "2025年3月10日",
]
REPLY = [
    "某市人民政府办公室", "政府信息公开申请答复书", "某府办依申〔2025〕15号", "刘建华：",
    "本机关于2025年9月26日收到您提交的政府信息公开申请。经审查，现将所申请的信息随本答复书一并提供。",
    "如对本答复不服，可以在收到本答复书之日起六十日内向某市人民政府申请行政复议（地址：某市历下区龙奥北路1号），"
    "或者在六个月内向某市历下区人民法院提起行政诉讼。",
    "某市人民政府办公室", "2025年10月20日",
]


def _text(lines: list[str]) -> str:
    return "\n".join(lines)


def test_every_field_has_a_chinese_name():
    codes = {code for fields in KIND_FIELDS.values() for code, _ in fields} | {c for c, _ in REMEDY_PARTS}
    assert codes | {"remedy"} <= set(REQUIRED_FIELDS)


@pytest.mark.parametrize(("kind", "lines"), [("penalty_decision", PENALTY), ("license_decision", LICENSE),
                                             ("application_reply", REPLY)])
def test_a_complete_document_misses_nothing(kind, lines):
    assert missing_fields(kind, _text(lines)) == ()


def test_a_decision_without_remedy_or_credit_code():
    lines = [line for line in PENALTY if line != REMEDY and COMPANY_CODE not in line]
    assert missing_fields("penalty_decision", _text(lines)) == ("credit_code", "remedy")
    bare = ["某市市场监督管理局", "行政处罚决定书", "当事人：济南某某商贸有限公司", "经查，当事人销售过期食品。"]
    assert missing_fields("penalty_decision", _text(bare)) == (
        "decision_number", "enforcement_basis", "case_name", "credit_code", "penalty_result", "remedy")


def test_an_invalid_credit_code_does_not_count_but_a_person_needs_none():
    wrong = [line.replace(COMPANY_CODE, "91370102MA3C8Y2K15") for line in PENALTY]
    assert "credit_code" in missing_fields("penalty_decision", _text(wrong))
    person = [line for line in PENALTY if COMPANY_CODE not in line] + ["身份证号码：370103198507152316"]
    assert "credit_code" not in missing_fields("penalty_decision", _text(person))


@pytest.mark.parametrize(("sentence", "missing"), [
    ("如对本答复不服，可以依法申请行政复议或者提起行政诉讼。", ("remedy_body", "remedy_address", "remedy_time")),
    ("如对本答复不服，可以在收到本答复书之日起60日内向某市人民政府申请行政复议。", ("remedy_address",)),
    ("如对本答复不服，可以向某市人民政府申请行政复议。复议机关地址：某市历下区龙奥北路1号。", ("remedy_time",)),
    ("特此答复。", ("remedy",)),
])
def test_the_remedy_of_a_reply_names_body_address_and_time(sentence, missing):
    lines = [sentence if "不服" in line else line for line in REPLY]
    assert missing_fields("application_reply", _text(lines)) == missing


def test_other_kinds_have_no_required_fields():
    assert missing_fields("notice", "关于做好春节期间安全生产工作的通知") == ()


def test_the_kind_record_carries_the_missing_fields(tmp_path: Path):
    path = tmp_path / "decision.txt"
    path.write_text(_text([line for line in PENALTY if line != REMEDY]), encoding="utf-8")
    info = classify(read_document(str(path)))
    assert info.kind.value == "penalty_decision" and info.missing == ("remedy",)
    record = info.to_dict()
    assert record["missing"] == ["remedy"] and kind_from_dict(record) == info
    view = kind_view(record, info.start)
    assert view is not None and view["missing_names"] == ["救济渠道"]
    assert kind_from_dict({**record, "missing": ["remedy", "no-such-field"]}).missing == ("remedy",)
