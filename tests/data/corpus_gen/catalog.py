"""The list of text documents: number, file slug, genre, template, encoding, extension, newline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .templates import disclosure as D
from .templates import enforcement as F
from .templates import lists as L
from .templates import minutes as M
from .templates import notices as N
from .templates import petition as P
from .templates import proposals as R


@dataclass(frozen=True)
class DocSpec:
    number: int
    slug: str
    genre: str
    build: Callable
    encoding: str = "utf-8"  # utf-8 | utf-8-sig | gbk | gb18030 | utf-16 (little-endian with BOM)
    ext: str = "txt"
    newline: str = "\n"

    @property
    def filename(self) -> str:
        return f"{self.number:03d}_{self.slug}.{self.ext}"


G_DISC = "政府信息公开申请答复书"
G_PEN = "行政处罚决定书"
G_LIC = "行政许可决定书"
G_PUB2 = "双公示信息表"
G_PROP = "建议提案办理复文"
G_PET = "信访事项处理意见书"
G_LIST = "公示名单"
G_MIN = "会议纪要"
G_NOTE = "通知"
G_SERV = "送达回证"
G_HEAR = "听证告知书"
G_ANN = "公告"
G_BRIEF = "情况通报"

DOCS = [
    DocSpec(1, "disclosure_reply", G_DISC, D.reply_partial),
    DocSpec(2, "penalty_decision", G_PEN, F.penalty_company),
    DocSpec(3, "publicity_list", G_LIST, L.dibao_60),
    DocSpec(4, "proposal_reply", G_PROP, R.npc_suggestion),
    DocSpec(5, "petition_reply", G_PET, P.petition_neighbour, "gbk", newline="\r\n"),
    DocSpec(6, "license_decision", G_LIC, F.license_company),
    DocSpec(7, "meeting_minutes", G_MIN, M.expropriation_secret, "utf-16"),
    DocSpec(8, "notice", G_NOTE, N.training_roster, "utf-8-sig"),
    DocSpec(9, "service_receipt", G_SERV, F.service_receipt_petition, "gbk"),
    DocSpec(10, "hearing_notice", G_HEAR, F.hearing_company),
    DocSpec(11, "announcement", G_ANN, L.passports_void),
    DocSpec(12, "penalty_decision", G_PEN, F.penalty_taxi),
    DocSpec(13, "disclosure_reply", G_DISC, D.reply_company),
    DocSpec(14, "double_publicity", G_PUB2, F.double_publicity_penalty_md, ext="md"),
    DocSpec(15, "proposal_reply", G_PROP, R.cppcc_proposal, "utf-8-sig"),
    DocSpec(16, "publicity_list", G_LIST, L.teachers_hired, "gb18030", newline="\r\n"),
    DocSpec(17, "notice", G_NOTE, N.urgent_internal_telegram),
    DocSpec(18, "publicity_list", G_LIST, L.farm_machinery),
    DocSpec(19, "petition_reply", G_PET, P.petition_wages),
    DocSpec(20, "meeting_minutes", G_MIN, M.financial_risk_internal),
    DocSpec(21, "license_decision", G_LIC, F.license_rural, "utf-16"),
    DocSpec(22, "publicity_list", G_LIST, L.talent_subsidy_md, ext="md"),
    DocSpec(23, "penalty_decision", G_PEN, F.penalty_tax),
    DocSpec(24, "notice", G_NOTE, N.inspection_secret, "gbk", newline="\r\n"),
    DocSpec(25, "disclosure_reply", G_DISC, D.reply_withheld),
    DocSpec(26, "announcement", G_ANN, L.vehicles_notice),
    DocSpec(27, "service_receipt", G_SERV, F.service_receipt_expropriation),
    DocSpec(28, "hearing_notice", G_HEAR, F.hearing_overload),
    DocSpec(29, "meeting_minutes", G_MIN, M.standing_meeting_public),
    DocSpec(30, "proposal_reply", G_PROP, R.npc_suggestion_md, ext="md"),
    DocSpec(31, "publicity_list", G_LIST, L.public_welfare_jobs),
    DocSpec(32, "notice", G_NOTE, N.annual_report_notice),
    DocSpec(33, "disclosure_reply", G_DISC, D.reply_hk_applicant),
    DocSpec(34, "double_publicity", G_PUB2, F.double_publicity_license_text),
    DocSpec(35, "notice", G_NOTE, N.travel_documents_internal),
    DocSpec(36, "petition_reply", G_PET, P.petition_review, "gb18030"),
    DocSpec(37, "penalty_decision", G_PEN, F.penalty_environment),
    DocSpec(38, "meeting_minutes", G_MIN, M.epidemic_secret),
    DocSpec(39, "disclosure_reply", G_DISC, D.reply_not_exist),
    DocSpec(40, "briefing", G_BRIEF, N.fraud_briefing),
]
