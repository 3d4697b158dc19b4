"""Deterministic generator of the dev2 corpus (tests/data/dev2): second development set for PERSON and
CN_ADDRESS rules. All identities are synthetic. Run `python -m tests.data.dev2_gen [--out DIR]`."""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import templates as T
from .divisions import SHANDONG
from .engine import DIVISIONS, Doc, Pools, make_agency, render

SEED = "dev2-2024-review-desk"
OUT_DEFAULT = Path(__file__).resolve().parent.parent / "dev2"

# number, slug, genre, encoding, newline, agency kind, template
DOCS = [
    (1, "enforcement_decision", "行政强制执行决定书", "utf-8", "lf", "综合行政执法局", T.t001),
    (2, "rectification_notice", "责令改正通知书", "utf-8", "lf", "生态环境分局", T.t002),
    (3, "disclosure_correction", "政府信息公开申请补正告知书", "utf-8", "lf", "自然资源局", T.t003),
    (4, "disclosure_extension", "政府信息公开延期答复告知书", "utf-8", "lf", "住房和城乡建设局", T.t004),
    (5, "third_party_consultation", "第三方意见征询函", "utf-8", "lf", "市场监督管理局", T.t005),
    (6, "dibao_termination", "最低生活保障终止公示", "utf-8", "lf", "民政局", T.t006),
    (7, "temporary_relief_form", "临时救助审批表", "gbk", "lf", "民政局", T.t007),
    (8, "veteran_card_list", "退役军人优待证发放名单", "utf-8", "lf", "退役军人事务局", T.t008),
    (9, "public_housing_review", "公租房资格审核公示", "utf-8", "lf", "住房保障服务中心", T.t009),
    (10, "conscription_medical", "征兵体检合格名单", "utf-8", "lf", "人民政府征兵办公室", T.t010),
    (11, "bravery_commendation", "见义勇为表彰决定", "utf-8", "lf", "社会治安综合治理委员会", T.t011),
    (12, "traffic_accident", "道路交通事故认定书", "utf-8", "lf", "公安局交通警察大队", T.t012),
    (13, "medical_mediation", "医疗纠纷调解协议书", "utf-8", "lf", "卫生健康局", T.t013),
    (14, "labour_arbitration", "劳动人事争议仲裁裁决书", "utf-8", "crlf", "劳动人事争议仲裁委员会", T.t014),
    (15, "community_correction", "社区矫正对象通报", "utf-8", "lf", "司法局", T.t015),
    (16, "petition_opinion", "信访事项处理意见书", "gbk", "lf", "人民政府信访办公室", T.t016),
    (17, "deputy_suggestion", "人大代表建议办理情况报告", "utf-8", "lf", "交通运输局", T.t017),
    (18, "cppcc_proposal_reply", "政协委员提案复函", "utf-8", "lf", "卫生健康委员会", T.t018),
    (19, "sign_in_sheet", "会议签到表", "utf-8", "lf", "街道办事处", T.t019),
    (20, "hearing_transcript", "听证笔录", "utf-16", "lf", "行政审批服务局", T.t020),
    (21, "inquiry_record", "调查询问笔录", "utf-8", "lf", "市场监督管理局", T.t021),
    (22, "village_meeting", "村民小组会议记录", "utf-8", "crlf", "人民政府", T.t022),
    (23, "annual_report", "企业年报公示", "utf-8", "lf", "市场监督管理局", T.t023),
    (24, "expropriation_agreement", "房屋征收补偿协议", "utf-8", "lf", "房屋征收服务中心", T.t024),
    (25, "missing_person_notice", "寻人启事与认尸启事", "utf-8", "lf", "公安局", T.t025),
    (26, "abandoned_vehicles", "长期停放车辆处理公告", "utf-8", "lf", "公安局交通警察大队", T.t026),
    (27, "foreigner_lodging", "境外人员住宿登记核查通报", "utf-8", "lf", "公安局出入境管理大队", T.t027),
    (28, "abnormal_operation_list", "经营异常名录列入决定", "utf-8", "lf", "市场监督管理局", T.t028),
    (29, "elderly_allowance", "高龄津贴发放名单公示", "gb18030", "lf", "街道办事处", T.t029),
    (30, "committee_candidates", "村居委会成员候选人公示", "utf-8", "crlf", "民政局", T.t030),
]


# documents whose traps name Shandong places are issued by an agency of that place
PIN = {1: "370104", 3: "370213", 4: "370306", 5: "370303", 12: "370213", 17: "370303", 21: "370213", 23: "370306",
       24: "370104", 25: "370303", 26: "370306"}


def _covered(text, spans, value):
    i = text.find(value)
    while i >= 0:
        if not any(s["start"] <= i and i + len(value) <= s["end"] for s in spans):
            return False
        i = text.find(value, i + 1)
    return True


def build_one(num, enc, newline, agency_kind, tmpl, pools):
    for attempt in range(50):
        rng = random.Random(f"{SEED}-{num}-{attempt}")
        division = rng.choice(DIVISIONS)
        doc = Doc(rng, pools, division=SHANDONG[PIN[num]] if num in PIN else division)
        make_agency(doc, agency_kind)
        markup = tmpl(doc)
        if newline == "crlf":
            markup = markup.replace("\n", "\r\n")
        text, ents, traps = render(markup, doc)
        officials = [t for t in traps if t["kind"] == "official_name"]
        ok = all(_covered(text, ents, e["text"]) for e in ents)
        ok = ok and all(_covered(text, officials, o["text"]) for o in officials)
        ok = ok and all(_covered(text, ents, p.name) for p in doc.people.values())
        try:
            text.encode(enc)
        except UnicodeEncodeError:
            ok = False
        if ok:
            pools.names |= doc.new_names
            pools.values |= doc.new_values
            return doc, text, ents, traps
    raise RuntimeError(f"document {num}: no collision-free rendering")


def encode(text, enc):
    if enc == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)


def generate(out: Path = OUT_DEFAULT) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pools = Pools()
    written = []
    allow = {"officials": [], "phones": [], "emails": [], "hotlines": []}
    for num, slug, genre, enc, newline, agency_kind, tmpl in DOCS:
        doc, text, ents, traps = build_one(num, enc, newline, agency_kind, tmpl, pools)
        base = f"{num:03d}_{slug}"
        (out / f"{base}.txt").write_bytes(encode(text, enc))
        gold = {"file": f"{base}.txt", "encoding": enc, "newline": newline, "genre": genre,
                "entities": sorted(ents, key=lambda s: (s["start"], s["end"])),
                "traps": sorted(traps, key=lambda s: (s["start"], s["end"]))}
        (out / f"{base}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8",
                                                newline="\n")
        written += [out / f"{base}.txt", out / f"{base}.gold.json"]
        for t in traps:
            key = {"official_name": "officials", "agency_phone": "phones", "agency_email": "emails",
                   "hotline": "hotlines"}.get(t["kind"])
            if key and t["text"] not in allow[key]:
                allow[key].append(t["text"])
    lines = ["# dev2 evaluation allow list: public officials acting in office, agency/enterprise switchboards",
             "# and mailboxes, public hotlines. One entry per line. Generated by tests/data/dev2_gen."]
    for key, title in [("officials", "officials"), ("phones", "agency phones"), ("emails", "agency e-mails"),
                       ("hotlines", "hotlines")]:
        lines.append(f"# {title}")
        lines += allow[key]
    (out / "agency.txt").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    (out / ".gitattributes").write_text("* -text\n", encoding="utf-8", newline="\n")
    written += [out / "agency.txt", out / ".gitattributes"]
    return written
