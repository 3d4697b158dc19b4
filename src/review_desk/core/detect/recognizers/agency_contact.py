"""Agency contact data: the numbers and mailboxes a notice publishes so that people can reach the
agency (监督电话, 咨询电话, 举报电话, switchboards, 值班室, a government mailbox) are not personal data.

Used by the phone and e-mail recognizers to drop such values.  The clue is the text before the
value in the same sentence and table cell (the *lead*):

* a contact label of an office (``监督电话``, ``咨询热线``, ``总机``, ``值班室``, ``传真``,
  ``纪检监督：``), or
* a generic label (``电话``, ``联系电话``, ``邮箱``) in a lead that names a body (``…民政局…``,
  ``本院地址…``, ``学校地址…``, ``…有限公司``),

and no word in its last clause (after a semicolon) that makes it about a private person (a party,
an applicant, a family member, a home address or a person's employer, ``你``/``您`` addressing one);
a ``联系人`` who is an office (``联系人：办公室``, ``联系人：市民政局社会救助科``) is not such a word.

The issuer's own contact sentence is an agency's contact too (:func:`issuer_contact`): a paragraph or
a sentence after ``。`` that is only ``联系人：<name>，电话：`` (the staff member the notice names as
its contact, ``考察联系人``, ``承办单位联系人``), or only a phone label in a sentence of its own after
the notice's text (``…办理相关手续。联系电话：…``, a closing paragraph ``联系电话：…。``).  A form's
field line (``联系电话：…`` without a full stop, the line after ``当事人：…``) and a contact who is a
party's (``家属联系人``, ``联系人：张伟（申请人之子）``) stay personal.  Mobiles are never treated as agency numbers: a
staff member's mobile next to their name stays personal.  Government mail domains (``*.gov.cn``
and the provincial government mail systems in :data:`GOVERNMENT_MAIL_DOMAINS`) are agency
mailboxes wherever they stand.  A number the reader is invited to call (``如有疑问，请拨打…``,
``可拨打12345或来电…``) is the writing agency's line.
"""

from __future__ import annotations

import regex as re

__all__ = [
    "AGENCY_WORDS",
    "GOVERNMENT_MAIL_DOMAINS",
    "OFFICE_AS_CONTACT",
    "OFFICE_CONTACT_LABELS",
    "PRIVATE_WORDS",
    "agency_contact",
    "closing_phone_line",
    "government_mailbox",
    "issuer_contact",
]

#: Labels under which only an office publishes a number.
OFFICE_CONTACT_LABELS = (
    "监督电话", "举报电话", "投诉电话", "咨询电话", "服务电话", "值班电话", "受理电话", "办公电话", "办公室电话",
    "业务电话", "预约电话", "报名电话", "求助电话", "监督举报电话", "投诉举报电话", "热线", "专线", "总机",
    "值班室", "传真", "科室电话", "窗口电话",
)  # fmt: skip
#: The same labels standing alone before a colon (``纪检监督：``, ``招生咨询：``).
_BARE_LABEL = re.compile(r"(?:监督|举报|投诉|咨询)\s*[：:]\s*$")
#: Names of bodies: a lead holding one of these speaks about an agency, a court, a school, a company.
AGENCY_WORDS = re.compile(
    r"人民政府|政府|法院|检察院|仲裁委|委员会|[省市区县镇乡]委|[^结格布当]局|办公室|办事处|中心|派出所|"
    r"[政务保管]所|[科股处站所办](?=\s*(?:[，,、；;：:（(]|电话|联系|反映|地址))|大队|支队|中队|厅|公司|学校|小学|中学|"
    r"幼儿园|医院|卫生院|保健院|窗口|单位地址|机关|本院|本委|本局|本机关|联合会|残联|协会|部门|"
    r"管理人(?=地址|电话|联系)"
)
#: ``联系人：办公室`` / ``联系人：省政府办公厅法规处``: an office named as the contact is not a person.
OFFICE_AS_CONTACT = re.compile(
    r"联系人\s*[：:]\s*\p{Han}{0,14}?(?:办公室|办公厅|中心|窗口|部门|[处科股室站所])(?=\s*(?:[，,；;（(]|联系|电话|$))"
)
#: Words that make a lead about a private person.
PRIVATE_WORDS = re.compile(
    r"当事人|申请人|被申请人|原告|被告|第三人|本人|家属|户主|监护人|代理人|代收人|负责人|联系人|经营者|"
    r"住(?![所房建])|户籍|先生|女士|之子|之女|配偶|父亲|母亲|儿子|女儿|手机|你(?!单位)|您|"
    # a home address or a person's employer in the lead (粮食局家属院, XX公司宿舍, 工作单位)
    r"送达地址|通讯地址|通信地址|家属院|家属楼|宿舍|小区|号楼|单元|\d+室|工作单位|职工|退休|村民(?!委)|居民(?!委)|市民(?!政)|群众|个人"
)
#: Government mail systems outside ``.gov.cn`` (provincial government mail, e.g. Shandong's).
GOVERNMENT_MAIL_DOMAINS = ("shandong.cn",)
_LEAD_MAX = 60
_STOPS = ("。", "\n", "\t", "｜", "|", "  ")  # a sentence, a line, a table cell


def _lead(text: str, start: int) -> str:
    lo = max(0, start - _LEAD_MAX)
    cuts = [(i + len(stop)) for stop in _STOPS if (i := text.rfind(stop, lo, start)) != -1]
    return text[max(cuts, default=lo) : start]


def _office_cell_before(text: str, lead_start: int) -> bool:
    """``联系人：外专处办公室  联系电话：…``: the contact office stands in the field before, on the same line."""
    line_start = max(text.rfind("\n", 0, lead_start) + 1, lead_start - _LEAD_MAX)
    before = text[line_start:lead_start].rstrip()
    return bool(before) and any(m.end() == len(before) for m in OFFICE_AS_CONTACT.finditer(before))


#: ``联系人：江艳`` / ``考察联系人：韦俊杰`` / ``（联系人：庞立伟、蓝海涛`` — a notice's contact staff.
_CONTACT_HEAD = (
    r"[（(]?(?:考察|承办单位|办理单位|承办|经办|办理|业务|工作|项目|报名|咨询)?联系人\s*[：:]\s*"
    r"(?P<names>\p{Han}{2,4}|\p{Han}{1,8}[·・•]\p{Han}{1,8})(?P<more>(?:[、，,]\p{Han}{2,4})*)"
)
#: ``联系人：江艳，电话：`` / ``（联系人：高婉清；联系电话：`` — the whole lead.
_NAMED_CONTACT = re.compile(_CONTACT_HEAD + r"\s*[，,；;\s]*(?:联系)?(?:电话|座机)\s*[：:]?\s*")
_CONTACT_FIELD = re.compile(_CONTACT_HEAD + r"\s*")
#: ``联系电话：`` / ``电话`` — a phone label and nothing else.
_LABEL_ONLY = re.compile(r"[（(]?(?:联系|咨询|办公)?(?:电话|座机)\s*[：:]?\s*")
#: A sentence that is a party's field (``当事人：张三``, ``住址：…``): what follows is the party's too.
_PRIVATE_FIELD = re.compile(r"^\s*(?:" + PRIVATE_WORDS.pattern + r")\p{Han}{0,4}\s*[：:]")
#: The reader invited to call, the number right after (``如有疑问，请拨打…``, ``可拨打12345或来电…``,
#: ``也可致电…``): the agency that writes gives its own line.  The clause holds nothing else.
_READER_CALL = re.compile(
    r"\s*(?:您|你)?也?(?:可|可以|请|欢迎)(?:您|你)?(?:直接|及时)?(?:拨打|来电|致电|电话咨询)"
    r"(?:\s*\d[\d-]{2,12}\s*(?:或|、|/)\s*(?:来电|拨打|致电)?)?\s*(?:电话|热线)?\s*[：:]?\s*"
)
#: What may close the paragraph after the number of a closing contact paragraph.
_CLOSING_TAIL = re.compile(r"\s*[。.][）)]?\s*$")


def _preceding_sentence(text: str, end: int) -> str:
    """The sentence that ends with the ``。`` at ``text[end - 1]``."""
    cut = max(text.rfind(stop, 0, end - 1) for stop in ("。", "\n"))
    return text[cut + 1 : end - 1]


def _staff(contact: re.Match[str], before: str) -> bool:
    """The contact head names staff: names, not ``本人`` / ``家属``, and nobody the paragraph spoke
    of before (``户主仉静冰患有尿毒症……联系人：仉静冰，电话…`` gives the household's own number)."""
    names = contact.group("names") + contact.group("more")
    return not PRIVATE_WORDS.search(names) and not any(n in before for n in re.split(r"[、，,]", names) if n)


def issuer_contact(text: str, start: int, end: int | None = None) -> bool:
    """Whether the landline at ``text[start:end]`` is given in the issuing agency's own contact
    sentence (see the module's description); ``text`` is one paragraph."""
    lead = _lead(text, start)
    lead_start = start - len(lead)
    after_stop = lead_start > 0 and text[lead_start - 1] == "。"
    before = text[:lead_start].strip()
    if not after_stop and before:  # inside a line: only ``联系人：庞立伟、蓝海涛　　联系电话：`` (a wide gap)
        field = _CONTACT_FIELD.fullmatch(before)
        return bool(field) and _LABEL_ONLY.fullmatch(lead.strip()) is not None and _staff(field, "")
    named = _NAMED_CONTACT.fullmatch(lead.strip())
    if named:
        return _staff(named, text[:lead_start])
    gap = _CONTACT_FIELD.fullmatch(lead.strip()) if lead != lead.rstrip() else None
    if gap:  # ``联系人：郝丽琴　0631-5287300``: the contact, a gap, the number without a label
        return _staff(gap, text[:lead_start])
    if not _LABEL_ONLY.fullmatch(lead.strip()):
        return False
    if after_stop:
        return not _PRIVATE_FIELD.search(_preceding_sentence(text, lead_start))
    # a closing paragraph ``联系电话：0471-6592037。`` (a form's field line has no full stop)
    closing = end is not None and text[end:].strip() != "" and bool(_CLOSING_TAIL.fullmatch(text[end:]))
    return closing and re.search(r"[：:]\s*$", lead) is not None


#: A paragraph that is only a phone label and a number (``　　联系电话：0635-2318806``).
_PHONE_LINE = re.compile(r"\s*" + _LABEL_ONLY.pattern + r"(?P<number>[+＋(（]?[\d()（）\-－ ]{6,22}\d)\s*[。.]?\s*")
#: A line that gives an office's address or place (``本局地址：…``, ``异议受理地点：…中心…``).
_OFFICE_PLACE_LINE = re.compile(r"^\s*\p{Han}{0,8}(?:地址|地点)\s*[：:]")


def closing_phone_line(line: str, previous: str) -> bool:
    """Whether ``line`` — a paragraph that is only a phone label and a landline — closes the notice
    with the agency's number, judged by the paragraph before it (``previous``): the end of the
    notice's text (a sentence ending with ``。`` that is not a party's field), the staff contact
    (``联系人：石琳``) or an office's address line (``本局地址：…``).  After a party's fields
    (``住址：…``, ``身份证号码：…``) it is the party's number.  The caller keeps mobiles personal."""
    if not _PHONE_LINE.fullmatch(line):
        return False
    prev = previous.strip()
    if not prev:
        return False
    contact = _CONTACT_FIELD.fullmatch(prev)
    if contact:
        return _staff(contact, "")
    if prev.endswith("。"):
        return not _PRIVATE_FIELD.search(prev)
    return not PRIVATE_WORDS.search(prev) and bool(_OFFICE_PLACE_LINE.match(prev)) and bool(AGENCY_WORDS.search(prev))


def agency_contact(text: str, start: int, end: int | None = None) -> bool:
    """Whether the value at ``text[start:end]`` is published as an agency's contact."""
    lead = _lead(text, start)
    if issuer_contact(text, start, end) or _READER_CALL.fullmatch(re.split(r"[，,；;]", lead)[-1]):
        return True
    clause = OFFICE_AS_CONTACT.sub("", re.split(r"[；;]", lead)[-1])
    if PRIVATE_WORDS.search(clause):
        return False
    if _office_cell_before(text, start - len(lead)):
        return True
    if any(label in lead for label in OFFICE_CONTACT_LABELS) or _BARE_LABEL.search(lead):
        return True
    return bool(AGENCY_WORDS.search(lead))


def government_mailbox(address: str) -> bool:
    """``…@….gov.cn`` or a provincial government mail domain."""
    domain = address.rpartition("@")[2].lower().rstrip(".")
    return domain.endswith(".gov.cn") or any(
        domain == d or domain.endswith("." + d) for d in GOVERNMENT_MAIL_DOMAINS
    )
