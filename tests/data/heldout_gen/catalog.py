"""The document list: number, file slug, genre, template, encoding, line ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .templates import cases, lists, replies


@dataclass(frozen=True)
class Entry:
    number: int
    slug: str
    genre: str
    build: Callable
    encoding: str = "utf-8"
    newline: str = "lf"


CATALOG = [
    Entry(1, "reconsideration_decision", "行政复议决定书", cases.reconsideration),
    Entry(2, "disclosure_notice", "政府信息公开申请告知书", cases.disclosure_notice),
    Entry(3, "withhold_notice", "不予公开政府信息告知书", cases.withhold_notice, "gbk"),
    Entry(4, "penalty_prior_notice", "行政处罚事先告知书", cases.penalty_prior_notice),
    Entry(5, "demolition_compensation", "房屋征收补偿公示", lists.demolition),
    Entry(6, "assistance_list", "临时救助对象名单公示", lists.assistance),
    Entry(7, "mediator_commendation", "优秀人民调解员表彰通报", lists.mediators, "utf-8-sig"),
    Entry(8, "deputy_reply", "人大代表建议答复", replies.deputy_reply),
    Entry(9, "cppcc_reply", "政协提案答复", replies.cppcc_reply),
    Entry(10, "petition_review", "信访事项复查意见书", cases.petition_review, "gbk", "crlf"),
    Entry(11, "work_injury_decision", "认定工伤决定书", cases.work_injury),
    Entry(12, "license_revocation", "吊销营业执照公告", lists.license_revocation),
    Entry(13, "resettlement_result", "安置房分配结果公示", lists.resettlement),
    Entry(14, "teacher_qualification", "教师资格认定名单", lists.teachers),
    Entry(15, "village_affairs", "村务公开栏", lists.village),
    Entry(16, "legal_aid_report", "法律援助案件通报", cases.legal_aid),
    Entry(17, "meeting_minutes", "会议纪要", replies.minutes),
    Entry(18, "commendation", "通报表扬决定", replies.commendation),
    Entry(19, "dishonest_debtors", "失信被执行人名单", lists.dishonest),
    Entry(20, "fire_accident", "火灾事故认定书", cases.fire_accident),
    Entry(21, "void_documents", "出入境证件作废公告", lists.void_documents),
    Entry(22, "vehicle_clearance", "占道车辆清理公告", lists.vehicles),
    Entry(23, "disclosure_ledger", "政府信息公开申请办理台账", lists.ledger),
    Entry(24, "classified_notice", "内部通知（涉密）", replies.classified_notice),
    Entry(25, "hearing_participants", "听证会参加人遴选结果公告", replies.hearing_participants),
    Entry(26, "welfare_posts", "公益性岗位拟安置人员公示", lists.welfare_posts),
    Entry(27, "flood_duty_telegram", "防汛紧急通知（内部明电）", replies.flood_duty),
    Entry(28, "land_dispute_decision", "土地权属争议处理决定书", cases.land_dispute),
]
