"""The words that tell a document's kind, as data (read by :mod:`review_desk.core.review.kinds`).

Each kind has patterns for its title, its 文号 and its body (the first paragraphs); the kinds are tried
in this order and the first that matches wins, so the narrow kinds come before 通知 / 公告.
"""

from __future__ import annotations

#: (kind value, title patterns, 文号 patterns, body patterns); regular expressions, searched.
KIND_PATTERNS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("proposal_reply",
     (r"(?:建议|提案|议案)(?:的|办理)?(?:答复|复文|复函|办理情况)", r"(?:对|关于).{0,40}(?:代表|委员)"
      r".{0,30}(?:建议|提案)"),
     (r"[建提]〔", r"[建提]字", r"提复", r"建复"),
     (r"(?:代表|委员)[：:]\s*$", r"(?:建议|提案)》?(?:已)?收悉", r"第\s*\d+\s*号(?:建议|提案)")),
    ("penalty_decision",
     (r"行政处罚决定书", r"处罚决定书"),
     (r"罚[决字〔]", r"罚〔"),
     (r"作出.{0,10}行政处罚", r"决定(?:给予|对你|对其).{0,20}(?:罚款|警告|处罚)")),
    ("license_decision",
     (r"(?:准予|不予)?(?:行政)?许可决定书",),
     (r"许[决字可〔]", r"许〔"),
     (r"(?:准予|不予)(?:行政)?许可", r"行政许可申请")),
    ("application_reply",
     (r"(?:政府)?信息公开申请(?:的)?答复", r"依申请公开.{0,6}答复", r"信息公开.{0,4}告知书"),
     (r"依申[请复答]", r"公开[答复]〔", r"信公"),
     (r"政府信息公开申请", r"依申请公开")),
    ("meeting_minutes",
     (r"会议纪要$", r"纪要$"),
     (r"纪要", r"会纪"),
     (r"会议(?:认为|指出|强调|议定|要求|决定)", r"出席(?:人员|会议)[：:]")),
    ("name_list",
     (r"名单(?:的)?公示$", r"名单$", r"公示$"),
     (),
     (r"公示期(?:为|自)", r"现将.{0,30}名单.{0,10}公示")),
    ("notice",
     (r"通知$", r"公告$", r"通告$"),
     (),
     ()),
)
