"""The words that show a required field is in a document, as data (read by
:mod:`review_desk.core.review.required_fields`).

双公示 of 行政处罚 / 行政许可 decisions (plan item 7) names its fields: 决定书文号, 执法依据 / 设定依据,
案件名称 / 许可事项, 行政相对人名称 and 统一社会信用代码, 处罚事由, 作出决定的部门, 处罚结果, 救济渠道.
A reply to a 依申请公开 applicant (plan item 14) names the 救济渠道: the body, its address and the time
limit.  Each field is a code (its Chinese name is in :data:`review_desk.core.names.REQUIRED_FIELDS`)
and regular expressions searched in the document's text (paragraphs joined by newlines); one match
is enough.
"""

from __future__ import annotations

_NUMERAL = r"[0-9０-９一二三四五六七八九十百零〇]"
_NUMBER = rf"[〔［\[（(]\s*\d{{4}}\s*[〕］\]）)]\s*{_NUMERAL}+\s*号"
_LAW = rf"(?:依据|根据|依照|按照)《[^》]{{2,60}}》(?:[^。；\n]{{0,30}}第{_NUMERAL}+条)?"
_DEPARTMENT = r"(?:局|委员会|委|厅|办公室|人民政府|政府|中心|支队|大队|分局|管理处)"
#: A natural person's counterpart has no credit code: the ID line stands for it (masked when published).
_PERSON_ID = r"(?:身份证(?:号码?)?|公民身份号码)[：:]"
_REMEDY = r"(?:行政复议|行政诉讼|申请复议|提起诉讼|向[^。\n]{0,40}人民法院)"

#: (code, patterns): a 行政处罚决定书's fields.
PENALTY_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decision_number", (_NUMBER,)),
    ("enforcement_basis", (_LAW, r"执法依据[：:]")),
    ("case_name", (r"案件名称[：:]", r"案由[：:]", r"[^。\n]{2,40}一案", r"涉嫌[^。\n]{2,40}案")),
    ("counterpart", (r"(?:当事人|行政相对人|被处罚人|被处罚单位)(?:名称|姓名)?[：:]\s*\S",)),
    ("credit_code", (_PERSON_ID,)),  # or a valid 统一社会信用代码 anywhere (required_fields checks it)
    ("penalty_reason", (r"经查", r"违法事实", r"违反了?《", r"处罚事由[：:]")),
    ("authority", (r"(?:作出(?:处罚)?决定的?(?:机关|部门)|处罚机关|决定机关)[：:]", rf"^\s*\S{{2,30}}{_DEPARTMENT}\s*$")),
    ("penalty_result", (r"(?:给予|处以|予以|作出)[^。\n]{0,40}(?:罚款|警告|没收|责令|吊销|暂扣|通报批评|降低资质|限制)",
                        r"处罚(?:结果|内容)[：:]")),
    ("remedy", (_REMEDY,)),
)

#: (code, patterns): a 行政许可决定书's fields.
LICENSE_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decision_number", (_NUMBER,)),
    ("setting_basis", (_LAW, r"设定依据[：:]")),
    ("licensed_matter", (r"许可事项[：:]", r"许可(?:项目|内容)[：:]", r"申请[^。\n]{0,10}《[^》]{2,40}》",
                         r"(?:申请|准予|不予)[^。\n]{2,40}(?:许可|审批|登记|备案)")),
    ("counterpart", (r"(?:申请人|被许可人|行政相对人)(?:名称|姓名)?[：:]\s*\S",)),
    ("credit_code", (_PERSON_ID,)),
    ("authority", (r"(?:作出(?:许可)?决定的?(?:机关|部门)|许可机关|决定机关)[：:]", rf"^\s*\S{{2,30}}{_DEPARTMENT}\s*$")),
    ("license_result", (r"(?:准予|不予)[^。\n]{0,20}(?:许可|变更|延续)", r"许可决定[：:]")),
    ("remedy", (_REMEDY,)),
)

#: The sentences that give the 救济渠道 of a reply to an applicant.
REMEDY_SENTENCE = _REMEDY
#: What those sentences must name: (code, patterns).
REMEDY_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("remedy_body", (r"人民政府", r"复议机关", r"复议机构", r"人民法院", r"司法局", r"司法厅")),
    ("remedy_address", (r"地址[：:为]", r"位于", rf"[路街巷道]{_NUMERAL}+号", rf"{_NUMERAL}+号(?:院|楼)")),
    ("remedy_time", (r"(?:六十|60|６０)\s*日", r"(?:六|6|６)\s*个月", rf"{_NUMERAL}+\s*(?:个)?(?:工作)?日(?:内|之内)",
                     rf"{_NUMERAL}+\s*个月(?:内|之内)")),
)

#: The kind value -> its fields (for the decisions of 双公示).
KIND_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "penalty_decision": PENALTY_FIELDS,
    "license_decision": LICENSE_FIELDS,
}
