"""Document kinds from title, 文号 and first paragraphs, and the deadline each kind sets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from review_desk.core.document import read_document
from review_desk.core.names import DOCUMENT_KINDS
from review_desk.core.review.deadlines import DeadlineRule
from review_desk.core.review.kinds import DocumentKind, classify, dates_in, kind_from_dict, kind_view

OPENINGS = [
    ("某市交通运输局\n某交建〔2025〕12号\n对市十六届人大三次会议第0123号建议的答复\n王某某代表：\n您提出的《关于加强公交站台建设的建议》收悉。",
     DocumentKind.PROPOSAL_REPLY),
    ("关于政协某市第十届委员会第二次会议第45号提案办理情况的函\n张某委员：\n您提出的提案收悉，现答复如下。",
     DocumentKind.PROPOSAL_REPLY),
    ("某市市场监督管理局\n行政处罚决定书\n某市监罚决〔2025〕88号\n当事人：某某商贸有限公司",
     DocumentKind.PENALTY_DECISION),
    ("某区生态环境局\n某环罚〔2025〕7号\n当事人：李某\n本机关决定给予罚款人民币五千元的处罚。",
     DocumentKind.PENALTY_DECISION),
    ("某市行政审批局\n准予行政许可决定书\n某审许〔2025〕301号\n申请人：某某餐饮管理有限公司",
     DocumentKind.LICENSE_DECISION),
    ("某市人民政府办公室\n政府信息公开申请答复书\n某府办依申〔2025〕15号\n刘某某：\n本机关于2025年9月26日收到您的政府信息公开申请。",
     DocumentKind.APPLICATION_REPLY),
    ("某县人民政府\n关于做好2026年春节期间安全生产工作的通知\n各乡镇人民政府：",
     DocumentKind.NOTICE),
    ("某市住房和城乡建设局\n关于调整住房公积金缴存基数的公告",
     DocumentKind.NOTICE),
    ("某市人民政府常务会议纪要\n〔2025〕第9次\n会议听取了关于……的汇报。会议议定：",
     DocumentKind.MEETING_MINUTES),
    ("关于2025年度优秀共产党员拟表彰对象名单的公示\n现将拟表彰对象名单予以公示，公示期为5个工作日。",
     DocumentKind.NAME_LIST),
    ("某市2025年国民经济和社会发展统计数据\n一、综合\n全年地区生产总值增长5.1%。",
     DocumentKind.OTHER),
]


def _doc(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(str(path))


@pytest.mark.parametrize(("text", "kind"), OPENINGS)
def test_kind_from_the_opening(tmp_path: Path, text: str, kind: DocumentKind) -> None:
    info = classify(_doc(tmp_path, text))
    assert info.kind is kind
    assert DOCUMENT_KINDS[kind.value]


def test_every_kind_has_a_chinese_name() -> None:
    assert set(DOCUMENT_KINDS) == {k.value for k in DocumentKind}


def test_dates_in_digits_and_chinese_numerals() -> None:
    assert dates_in("2025年1月27日 及 二〇二五年十月十一日，二〇二六年二月三十日") == [
        dt.date(2025, 1, 27), dt.date(2025, 10, 11)]


def test_penalty_decision_deadline_from_the_signing_date(tmp_path: Path) -> None:
    text = ("某市市场监督管理局\n行政处罚决定书\n某市监罚决〔2025〕88号\n当事人：某某商贸有限公司\n"
            "经查，当事人于2024年12月3日销售过期食品。\n某市市场监督管理局\n二〇二五年一月二十七日")
    info = classify(_doc(tmp_path, text))
    assert info.rule is DeadlineRule.DOUBLE_PUBLICITY
    assert info.start == dt.date(2025, 1, 27)
    assert info.due == dt.date(2025, 2, 12)  # across Spring Festival 2025, 8 Feb (调休) counted
    assert kind_from_dict(info.to_dict()) == info


def test_application_reply_counts_from_receipt_and_override(tmp_path: Path) -> None:
    text = OPENINGS[5][0] + "\n经审查，现答复如下。\n某市人民政府办公室\n2025年10月20日"
    info = classify(_doc(tmp_path, text))
    assert info.start == dt.date(2025, 9, 26)
    # 28 Sep (调休 Sunday) 1, 29-30 Sep 2-3, 9-10 Oct 4-5, 11 Oct (调休) 6, 13-24 Oct 7-16, 27-30 Oct 17-20
    assert info.due == dt.date(2025, 10, 30)
    other = classify(_doc(tmp_path, text), override="meeting_minutes")
    assert other.kind is DocumentKind.MEETING_MINUTES and other.overridden and other.due is None


def test_a_date_beyond_the_calendar_gives_an_estimated_due_day(tmp_path: Path) -> None:
    # 2031-09-30 is a Tuesday: 1-3 October (fixed-date 国庆 holidays) and the weekend are skipped
    info = classify(_doc(tmp_path, "关于做好2031年国庆节安全工作的通知\n某县人民政府\n2031年9月30日"))
    assert info.kind is DocumentKind.NOTICE and info.error is None
    assert info.due == dt.date(2031, 10, 8) and info.estimated
    assert kind_from_dict(info.to_dict()) == info
    view = kind_view(info.to_dict(), dt.date(2031, 10, 6))
    assert view is not None and view["days_left"] == 2 and view["estimated"] is True


def test_a_period_inside_the_calendar_is_exact(tmp_path: Path) -> None:
    info = classify(_doc(tmp_path, "关于做好元旦安全工作的通知\n某县人民政府\n2026年3月2日"))
    assert info.due == dt.date(2026, 3, 5) and not info.estimated
