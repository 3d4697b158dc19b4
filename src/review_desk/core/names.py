"""The user-visible Chinese names of the codes the core stores: one registry per kind.

The desk, the PDF review log and the masks read these tables; nothing else spells the words.
Codes are stable ASCII identifiers (stored in decisions, the audit log and JSON output); an
unknown code is shown as it is rather than hidden (:func:`label`).

* :data:`ENTITY_TYPES`: what was found (the desk's finding list, the PDF log, the ``〔姓名〕`` masks);
* :data:`ACTIONS`: what happens to a finding (the values of ``redact.policy.Operation``);
* :data:`ATTRIBUTES`: the disclosure attribute (公开属性) of a document, as stamped on it;
* :data:`PART_NAMES`: the places of a document (body, header, comments …);
* :data:`STATUSES`, :data:`ROLES`: a review's state and a reviewer's part in it;
* :data:`ERRORS`: one sentence per :class:`~review_desk.core.errors.ErrorCode` (the desk shows it
  instead of the English ``message``, which only the command line prints).

The legal bases a reviewer cites, with their Chinese labels, are in :mod:`review_desk.core.legal`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType

from review_desk.core.errors import ErrorCode

#: Entity types, in the order the desk lists them (personal data first).  The words follow the
#: forms of Chinese government notices: 身份证号码, 住址 (a person's), 单位名称 / 单位地址.
ENTITY_TYPES: MappingProxyType[str, str] = MappingProxyType({
    "PERSON": "姓名",
    "CN_ADDRESS": "住址",
    "CN_ID_CARD": "身份证号码",
    "PHONE_NUMBER": "电话号码",
    "EMAIL_ADDRESS": "电子邮箱",
    "CN_BANK_CARD": "银行卡号",
    "CN_PASSPORT": "护照号码",
    "CN_HK_MACAO_PERMIT": "港澳通行证号码",
    "CN_LICENSE_PLATE": "车牌号码",
    "DATE_OF_BIRTH": "出生日期",
    "DISTRIBUTION": "抄送范围",
    "ORGANIZATION": "单位名称",
    "LOCATION": "地名",
    "ORG_ADDRESS": "单位地址",
    "CN_USCC": "统一社会信用代码",
    "CLASSIFIED_MARK": "密级标志",
})
#: Decision actions (keys are the values of ``review_desk.core.redact.policy.Operation``).
#: ``block`` / ``not_a_mark`` are the two decisions on a classification mark.
ACTIONS: MappingProxyType[str, str] = MappingProxyType({"redact": "删除", "mask": "遮盖", "keep": "保留",
                                                       "block": "阻止公开（需定密审查）", "not_a_mark": "非密级标志"})
#: Disclosure attributes (公开属性: 主动公开 / 依申请公开 / 不予公开); the stamp writes ``公开方式：<name>``.
ATTRIBUTES: MappingProxyType[str, str] = MappingProxyType(
    {"public": "主动公开", "on-request": "依申请公开", "withheld": "不予公开"})
#: The places of a document, by ``core.document.part_kinds`` code (the PDF log's locations).
PART_NAMES: MappingProxyType[str, str] = MappingProxyType({
    "body": "正文", "text": "正文", "header": "页眉", "footer": "页脚", "footnotes": "脚注", "endnotes": "尾注",
    "comments": "批注", "people": "批注人名单", "settings": "文档变量", "links": "超链接目标",
    "custom_properties": "自定义属性", "properties": "文档属性", "custom_xml": "自定义 XML 数据",
    "embedded": "嵌入对象",
})
STATUSES: MappingProxyType[str, str] = MappingProxyType(
    {"open": "审查中", "signed": "已签署", "countersigned": "已复核", "approved": "已批准", "published": "已发布",
     "revoked": "已撤销"})
ROLES: MappingProxyType[str, str] = MappingProxyType({"reviewer": "审查人", "countersigner": "复核人"})
#: What the workflow never writes, found when the log is replayed (:mod:`review_desk.core.review.integrity`).
ANOMALIES: MappingProxyType[str, str] = MappingProxyType(
    {"decision_after_signoff": "签署之后又写入处理决定", "decisions_not_signed": "所签决定集与记录的决定不一致",
     "duplicate_review": "同一审查被重复开始"})

#: What the reviewer reads when an error has this code (one sentence, no detail from the document).
ERRORS: MappingProxyType[ErrorCode, str] = MappingProxyType({
    ErrorCode.NOT_FOUND: "找不到该文件。",
    ErrorCode.NOT_A_FILE: "所选路径不是文件。",
    ErrorCode.EMPTY_FILE: "文件为空。",
    ErrorCode.TOO_LARGE: "文件过大，无法处理。",
    ErrorCode.TIME_LIMIT: "分析该文件超过了时间上限，已停止，未写入任何内容；请拆分文件，或调高时间上限。",
    ErrorCode.UNSUPPORTED_FORMAT: "不支持该文件格式，请另存为 .docx 或 .txt 后再打开。",
    ErrorCode.ENCRYPTED: "文件设有密码保护，请在 Word 中取消密码后再打开。",
    ErrorCode.CORRUPT: "文件已损坏，无法读取。",
    ErrorCode.ZIP_BOMB: "文件解压后过大，疑似恶意文件，已拒绝处理。",
    ErrorCode.UNSAFE_XML: "文件包含不安全的 XML 声明，已拒绝处理。",
    ErrorCode.ENCODING: "无法识别文本文件的编码，请另存为 UTF-8 后再打开。",
    ErrorCode.READ_FAILED: "无法读取文件（权限或磁盘错误）。",
    ErrorCode.POLICY_NOT_FOUND: "找不到该处理策略。",
    ErrorCode.POLICY_INVALID: "处理策略文件有误，无法使用。",
    ErrorCode.OUTPUT_IS_INPUT: "输出文件不能是原文件：审查台从不修改原件。",
    ErrorCode.OUTPUT_IS_FOLDER: "输出路径是文件夹，请指定文件名。",
    ErrorCode.OUTPUT_EXISTS: "输出文件已存在，请换一个文件名。",
    ErrorCode.OUTPUT_FOLDER_MISSING: "输出文件夹不存在。",
    ErrorCode.OUTPUT_IN_DATA_FOLDER: "不能输出到审查台的数据文件夹（其中保存审查记录、密钥和审查状态）：请选择其他文件夹。",
    ErrorCode.INPUT_CHANGED: "文件在分析后被修改过，请重新分析。",
    ErrorCode.UNKNOWN_LOCATION: "标记的位置与文件内容不符，请重新分析。",
    ErrorCode.EDIT_MISMATCH: "文件内容与分析时不一致，请重新分析。",
    ErrorCode.SANITIZE_REFUSED: "文件含有嵌入对象或宏，当前策略拒绝处理；请在 Word 中删除后重试。",
    ErrorCode.RESIDUAL_FOUND: "残留检查发现已处理的内容仍在输出中，未写出任何文件。",
    ErrorCode.OUTPUT_UNREADABLE: "写出的副本无法读回，未保留任何文件。",
    ErrorCode.WRITE_FAILED: "无法写入输出文件（权限或磁盘空间不足），未写出任何文件。",
    ErrorCode.STAMP_FAILED: "无法在文件上标注公开属性。",
    ErrorCode.REFUSED: "审查规则不允许此操作。",
    ErrorCode.INVALID: "所填内容不符合要求。",
    ErrorCode.UNKNOWN_BASIS: "未知的法律依据。",
    ErrorCode.BASIS_NEEDED: "保留个人信息须选择豁免依据（惩戒公示、强制性信息披露、第三方同意、公共利益或非个人信息）。",
    ErrorCode.BASIS_MISMATCH: "所选依据与处理方式不符：删除或遮盖须引用不予公开的依据，保留须引用豁免依据。",
    ErrorCode.IDENTITY: "审查人密钥缺失或无法读取。",
    ErrorCode.WRONG_PASSPHRASE: "口令不正确。",
    ErrorCode.NAME_REQUIRED: "请填写审查人姓名。",
    ErrorCode.PASSPHRASE_TOO_SHORT: "口令太短：至少 8 个字符。",
    ErrorCode.REVIEWER_EXISTS: "已有同名（或使用同一密钥）的审查人登记。",
    ErrorCode.AUDIT: "审查记录无法读取或写入。",
    ErrorCode.REGISTER_UNREACHABLE: "无法连接共享审查登记库所在的数据库。",
    ErrorCode.REGISTER_NOT_INITIALISED: "该数据库中还没有审查登记库，请由数据库管理员先初始化登记库。",
    ErrorCode.REGISTER_EXISTS: "该数据库中已有审查登记库，无需再次初始化。",
    ErrorCode.SCHEMA_OUTDATED: "审查登记库的结构版本低于本程序所需版本，请由数据库管理员升级登记库。",
    ErrorCode.SCHEMA_TOO_NEW: "审查记录的结构版本高于本程序可读取的版本，请升级审查台。",
    ErrorCode.IMPORT_SOURCE_UNVERIFIED: "该审查台的本地审查记录校验未通过（或在校验时被改动），未导入登记库。",
    ErrorCode.REGISTER_HOLDS_ANOTHER_LOG: "登记库已从另一审查台的记录开始：一个登记库只能导入一个审查台的记录；其他审查台的记录留在本机，并导出检查点交审计人员保存。",
    ErrorCode.DECISION_AFTER_SIGNOFF: "审查记录中有签发之后写入的处理决定：该审查不能公开，请核验审查记录。",
    ErrorCode.DECISIONS_NOT_SIGNED: "处理决定与签发时签名的决定不一致：该审查不能公开，请核验审查记录。",
    ErrorCode.DUPLICATE_REVIEW: "同一文件出现了重复的审查：请核验审查记录。",
    ErrorCode.TAMPERED: "审查记录校验未通过：日志已损坏或被篡改。",
    ErrorCode.CHECKPOINT_INVALID: "检查点文件无法读取，或其签名无效（文件可能被修改）。",
    ErrorCode.LOG_ROLLED_BACK: "审查记录比保存在外部的检查点短：日志被回退（恢复了旧的数据文件夹）或最新条目被删除。",
    ErrorCode.LOG_FORKED: "审查记录的前段与检查点签名时的内容不一致：日志被改写或分叉。",
    ErrorCode.REVIEWERS_CHANGED: "检查点中的审查人未以相同密钥登记在当前日志中：审查人密钥被更换、日志被重建。",
    ErrorCode.PDF_NOT_RECORDED: "审查记录中没有该 PDF 的导出记录：它不是从本日志导出的（或导出时未签名）。",
    ErrorCode.PDF_ALTERED: "该 PDF 与日志中记录的导出文件不一致：导出后被修改过。",
    # the legal rules of a review (review_desk.core.legal.RULES)
    ErrorCode.UNKNOWN_ATTRIBUTE: "公开属性只能是主动公开、依申请公开或不予公开。",
    ErrorCode.ATTRIBUTE_NEEDS_BASIS: "依申请公开、不予公开须注明不予公开的法律依据（条例第十四、十五、十六、三十七条）。",
    ErrorCode.ATTRIBUTE_NEEDS_REASON: "依申请公开、不予公开须写明理由。",
    ErrorCode.ATTRIBUTE_BASIS_NOT_ALLOWED: "主动公开不需要也不接受不予公开的依据。",
    ErrorCode.ATTRIBUTE_PUBLICATION_BASIS: "惩戒公示、强制性信息披露、第三方同意、公共利益是公开的依据，不能作为依申请公开或不予公开的依据。",
    ErrorCode.MARK_DECISION: "密级标志只能认定为密级标志（阻止公开，需定密审查）或认定为非密级标志，不适用其他处理。",
    ErrorCode.MARK_NEEDS_REASON: "认定为非密级标志（引用、援引、法律名称等）须写明理由。",
    ErrorCode.MARK_BLOCKS_PUBLICATION: "存在已认定的密级标志时，不得主动公开，也不得生成公开文本。",
    ErrorCode.WITHHELD_NOT_PUBLISHED: "不予公开的文件不生成公开文本。",
    ErrorCode.SIGNED_REVIEW_EXISTS: "已有签署审查记录的文件，须先撤销原审查，方可重新审查（一事一审）。",
    ErrorCode.REVOKE_NOT_ALLOWED: "只有审查人或复核人可以撤销已签署的审查。",
    ErrorCode.REVOKE_NEEDS_REASON: "撤销审查须写明理由。",
    ErrorCode.REVIEW_REVOKED: "已撤销的审查不得再签署、批准或发布。",
    ErrorCode.STAGE_MISSING: "按审查策略，发布前须完成初审、复审、批准等规定环节。",
    ErrorCode.STAGE_ORDER: "各审查环节须依次签署，且由不同人员签署。",
    ErrorCode.CALENDAR_NOT_COVERED: "该日期超出节假日日历收录的年份，无法按工作日计算期限，请更新节假日日历。",
    ErrorCode.CANCELLED: "操作已取消。",
    ErrorCode.INPUT_CLOSED: "没有输入口令（输入已结束），未做任何操作。",
    ErrorCode.USAGE: "命令用法有误。",
    ErrorCode.RESOURCE_MISSING: "安装不完整：缺少程序自带的文件，请重新安装审查台。",
})
#: Document kinds (core/review/kinds.py DocumentKind values) and the deadline rules of the plan.
DOCUMENT_KINDS: MappingProxyType[str, str] = MappingProxyType({
    "proposal_reply": "建议提案办理复文",
    "penalty_decision": "行政处罚决定书",
    "license_decision": "行政许可决定书",
    "application_reply": "政府信息公开申请答复书",
    "notice": "通知、公告",
    "meeting_minutes": "会议纪要",
    "name_list": "名单公示",
    "other": "其他",
})
DEADLINE_RULES: MappingProxyType[str, str] = MappingProxyType({
    "double_publicity": "双公示（决定作出之日起7个工作日内）",
    "interpretation": "政策解读（文件印发之日起3个工作日内）",
    "application_reply": "依申请公开答复（收到申请之日起20个工作日内，可延长20个工作日）",
})
#: The fields a kind requires (core/review/field_words.py codes): 双公示 (plan item 7) and the 救济渠道 of a
#: reply to an applicant (plan item 14).
REQUIRED_FIELDS: MappingProxyType[str, str] = MappingProxyType({
    "decision_number": "决定书文号",
    "enforcement_basis": "执法依据",
    "setting_basis": "设定依据",
    "case_name": "案件名称",
    "licensed_matter": "许可事项",
    "counterpart": "行政相对人名称",
    "credit_code": "统一社会信用代码",
    "penalty_reason": "处罚事由",
    "authority": "作出决定的部门",
    "penalty_result": "处罚结果",
    "license_result": "许可决定",
    "remedy": "救济渠道",
    "remedy_body": "救济渠道：受理机关",
    "remedy_address": "救济渠道：机关地址",
    "remedy_time": "救济渠道：期限",
})
#: What the reviewer reads for an error that is not a ReviewDeskError (a bug; the log has the rest).
UNEXPECTED_ERROR = "发生意外错误，操作未完成。详细信息已写入日志文件。"


DASH = "—"


def label(table: Mapping[str, str], code: str | None, empty: str = DASH) -> str:
    """The Chinese word for ``code`` in ``table``; the code itself when unknown; ``empty`` for None/""."""
    if not code:
        return empty
    return table.get(code, code)


def error_text(error: BaseException) -> str:
    """The Chinese sentence for ``error``, naming the file (not its path) when the error has one."""
    code = getattr(error, "code", None)
    if not isinstance(code, ErrorCode):
        return UNEXPECTED_ERROR
    text = ERRORS[code]
    path = getattr(error, "path", None)
    return f"{text}（{PurePath(path).name}）" if path else text
