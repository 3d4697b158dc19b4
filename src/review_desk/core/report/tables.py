"""The flowables of the review log: title block, log check, summary table and item sections.

Every cell is a ``Paragraph`` (so long values wrap instead of running off the page), every
multi-row table repeats its header row on each page, and a row taller than a page is split.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from review_desk.core.names import (ACTIONS, ANOMALIES, ATTRIBUTES, DEADLINE_RULES, DOCUMENT_KINDS, ENTITY_TYPES,
                                    REQUIRED_FIELDS, ROLES, STATUSES, label)

from .labels import DASH, FULL_FORM, MANUAL_TAG, SUGGESTED_TAG, SUMMARY_FORM, fmt_period, fmt_time, markup
from .model import DecisionRow, ItemReport, ReviewerRow, ReviewLogReport, SignatureRow, VerificationSummary
from .styles import (
    BAD,
    BAD_BG,
    HEADER_BG,
    LABEL_BG,
    MANUAL_INK,
    OK,
    OK_BG,
    RULE,
    SANS,
    STRIPE_BG,
    Styles,
)

FORM_TITLE = "政务信息公开保密审查单"
TAMPERED = "警告：本文件的记录涉及校验失败的日志条目，内容可能已被篡改，不能作为依据。"
#: The roles of signed acts in the log.
SIGN_ROLES = {"reviewer": "初审（审查人）", "countersigner": "复审（复核人）", "approver": "批准",
              "revoker": "撤销", "publisher": "发布"}
#: The sanitizer's steps as the report names them (unknown codes are shown as they are).
SANITIZE_STEPS = {"comments": "删除批注", "tracked_changes": "接受修订", "track_revisions_off": "关闭修订跟踪",
                  "hidden_text": "删除隐藏文字", "custom_xml": "删除自定义 XML", "custom_properties": "清除自定义属性",
                  "document_variables": "删除文档变量", "rsids": "删除修订标识", "thumbnail": "删除缩略图",
                  "image_metadata": "清除图片元数据", "attached_template": "清除模板路径",
                  "embedded_objects": "删除嵌入对象", "document_properties": "清除文档属性",
                  "authors": "替换作者姓名", "unsafe_entries": "删除不安全的包条目",
                  "undeclared_parts": "删除未声明的部件"}
WIDTH = 174 * mm  # A4 (210 mm) less two 18 mm margins
TITLE = "政务信息公开审查记录"
_SPLIT_IN_ROW = 24  # points: a row taller than the page is split, keeping at least this much per part


def _p(text: str, style) -> Paragraph:
    return Paragraph(text, style)


def _color(text: str, color) -> str:
    return f'<font color="{color.hexval().replace("0x", "#")}">{text}</font>'


def _base_style(header: bool) -> list[tuple]:
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # the Table sets each cell's font, even for Paragraphs
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    return cmds


def _grid(header: Sequence[str], rows: list[list[Paragraph]], widths_mm: Sequence[float], st: Styles) -> Table:
    """A table with a repeated header row and striped body rows."""
    data = [[_p(markup(h), st.head) for h in header], *rows]
    table = Table(
        data,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1,
        splitByRow=1,
        splitInRow=_SPLIT_IN_ROW,
        hAlign="LEFT",
    )
    cmds = _base_style(header=True)
    cmds += [("BACKGROUND", (0, r), (-1, r), STRIPE_BG) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(cmds))
    return table


def _fields(pairs: Sequence[tuple[str, Paragraph]], st: Styles, label_mm: float = 30) -> Table:
    """A two-column label/value table."""
    data = [[_p(markup(name), st.label), value] for name, value in pairs]
    widths = [label_mm * mm, WIDTH - label_mm * mm]
    table = Table(data, colWidths=widths, splitInRow=_SPLIT_IN_ROW, hAlign="LEFT")
    table.setStyle(TableStyle(_base_style(header=False) + [("BACKGROUND", (0, 0), (0, -1), LABEL_BG)]))
    return table


# --- title and log check -------------------------------------------------------------------


def title_block(report: ReviewLogReport, st: Styles) -> list[Flowable]:
    lines = [
        f"生成时间：{markup(fmt_time(report.generated_at))}",
        f"审查期间：{markup(fmt_period(report.period_from, report.period_to))}",
    ]
    second = [f"时区：{markup(report.timezone)}"]
    if report.exporter:
        second.append(f"导出人：{markup(report.exporter)}（{'已签名' if report.exporter_signed else '未签名'}）")
    if report.export_id:
        second.append(f"导出编号：{markup(report.export_id)}")
    out: list[Flowable] = []
    if report.agency:
        out.append(_p(markup(report.agency), st.subtitle))
    out += [_p(TITLE, st.title), _p("&nbsp;&nbsp;&nbsp;&nbsp;".join(lines), st.subtitle),
            _p("&nbsp;&nbsp;&nbsp;&nbsp;".join(second), st.subtitle), Spacer(1, 4 * mm)]
    return out


def verification_block(v: VerificationSummary, st: Styles) -> list[Flowable]:
    if v.ok:
        verdict = _color("通过：审查日志完整，哈希链与检查点一致，未发现篡改。", OK)
    else:
        where = f"（首个异常条目：第 {v.first_bad_seq} 条）" if v.first_bad_seq else ""
        verdict = _color(f"未通过{where}：审查日志已损坏或被篡改，以下记录不能作为依据；受影响的文件已标明。"
                         f"<br/>{markup(v.problem, empty='日志校验失败（未说明原因）')}", BAD)
    size = DASH if v.checkpoint_size is None else f"{v.checkpoint_size} 条"
    table = _fields(
        [
            ("校验结果", _p(verdict, st.body)),
            ("日志条目数", _p(f"{v.entries} 条", st.body)),
            ("检查点大小", _p(size, st.body)),
            ("检查点根哈希", _p(markup(v.checkpoint_root), st.mono)),
            ("检查点签名人", _p(markup(v.checkpoint_signer), st.body)),
            ("检查点时间", _p(markup(fmt_time(v.checkpoint_time)), st.body)),
            ("校验时间", _p(markup(fmt_time(v.checked_at)), st.body)),
        ],
        st,
    )
    table.setStyle(TableStyle([("BACKGROUND", (1, 0), (1, 0), OK_BG if v.ok else BAD_BG)]))
    return [_p("日志校验", st.h1), table]


# --- summary ---------------------------------------------------------------------------------


def _counts(decisions: Sequence[DecisionRow]) -> str:
    counts = Counter(d.action for d in decisions)
    if not counts:
        return "无"
    known = [f"{ACTIONS[a]} {counts[a]}" for a in ACTIONS if counts[a]]
    other = [f"{markup(a)} {n}" for a, n in sorted(counts.items()) if a not in ACTIONS]
    return f"共 {len(decisions)}<br/>" + "<br/>".join(known + other)


def _people(reviewers: Sequence[ReviewerRow]) -> str:
    if not reviewers:
        return DASH
    return "<br/>".join(f"{markup(r.name)}（{markup(label(ROLES, r.role))}）" for r in reviewers)


def summary_block(items: Sequence[ItemReport], st: Styles) -> list[Flowable]:
    heading = _p("审查汇总", st.h1)
    if not items:
        return [heading, _p("本期间内没有审查记录。", st.body)]
    rows = []
    for n, item in enumerate(items, 1):
        doc = markup(item.file_name)
        if item.title:
            doc = f"{markup(item.title)}<br/>{_color(doc, st.cell_small.textColor)}"
        rows.append(
            [
                _p(str(n), st.cell),
                _p(markup(item.review_id), st.cell),
                _p(doc, st.cell),
                _p(markup(item.doc_number), st.cell),
                _p(markup(label(ATTRIBUTES, item.attribute, "未确定")), st.cell),
                _p(markup(label(STATUSES, item.status)), st.cell),
                _p(_people(item.reviewers), st.cell),
                _p(_counts(item.decisions), st.cell),
            ]
        )
    header = ("序号", "审查编号", "标题 / 文件名", "文号", "公开属性", "状态", "审查人", "处理决定")
    table = _grid(header, rows, (8, 25, 44, 23, 17, 13, 26, 18), st)
    return [heading, _p(f"本期间共审查 {len(items)} 份文件。", st.body), Spacer(1, 2 * mm), table]


# --- one item --------------------------------------------------------------------------------


def _reviewers_table(reviewers: Sequence[ReviewerRow], st: Styles) -> Flowable:
    if not reviewers:
        return _p("尚无审查人签署。", st.body)
    rows = [
        [
            _p(markup(label(ROLES, r.role)), st.cell),
            _p(markup(r.name), st.cell),
            _p(markup(r.unit), st.cell),
            _p(markup(r.fingerprint), st.mono_small),
            _p(markup(fmt_time(r.signed_at, "未签署")), st.cell),
        ]
        for r in reviewers
    ]
    return _grid(("角色", "姓名", "单位", "公钥指纹", "签署时间"), rows, (15, 20, 42, 67, 30), st)


def _basis(code: str | None, text: str | None) -> str:
    if not code and not text:
        return DASH
    return markup(text or code).replace("（", "<br/>（", 1)  # the label is the code in words; the bare code only when unlabelled


def _decision_row(n: int, d: DecisionRow, st: Styles) -> list[Paragraph]:
    action = markup(label(ACTIONS, d.action))
    tags = []
    if d.manual:
        tags.append(_color(MANUAL_TAG, MANUAL_INK))
    if d.suggested:
        tags.append(_color(SUGGESTED_TAG, st.cell_small.textColor))
    if tags:
        action += "<br/>" + "<br/>".join(f'<font size="7">{t}</font>' for t in tags)
    decided = f"{markup(d.decided_by)}<br/>{markup(fmt_time(d.decided_at)).replace(' ', '<br/>', 1)}"
    finding = f'<font name="{st.mono_small.fontName}" size="6">{markup(d.finding_id)}</font>'
    return [
        _p(f"{n}<br/>{finding}", st.cell),
        _p(markup(d.where), st.cell),
        _p(markup(label(ENTITY_TYPES, d.type)), st.cell),
        _p(markup(d.preview), st.cell),
        _p(action, st.cell),
        _p(_basis(d.basis, d.basis_label), st.cell),
        _p(markup(d.note, empty=""), st.cell),
        _p(decided, st.cell),
    ]


def _decisions_block(decisions: Sequence[DecisionRow], st: Styles) -> list[Flowable]:
    heading = _p(f"处理决定（{len(decisions)} 项）", st.h2)
    if not decisions:
        return [heading, _p("本文件没有需要处理的内容。", st.body)]
    rows = [_decision_row(n, d, st) for n, d in enumerate(decisions, 1)]
    header = ("序号 / 标识", "位置", "类型", "内容（已遮蔽）", "处理", "依据", "备注", "决定人 / 时间")
    legend = (
        f"“{SUGGESTED_TAG}”：采纳了系统建议的处理；“{MANUAL_TAG}”：审查人手工标记的内容。"
        "内容一栏已遮蔽，不含原文。"
    )
    table = _grid(header, rows, (18, 22, 15, 31, 13, 25, 27, 23), st)
    return [heading, table, Spacer(1, 1.5 * mm), _p(legend, st.note)]


def _signature_line(s: SignatureRow) -> str:
    """Exactly what was checked of one signature, each check in green when it held, red when not."""
    if s.verified is None:
        return "未校验"
    checks = [(f"签名有效（Ed25519，按登记公钥校验，日志第 {s.seq} 条）", True) if s.verified
              else (f"签名无法确认（日志第 {s.seq} 条在校验失败处之后）", False)]
    if s.registered_seq == 0:
        checks.append(("签名人的公钥未在日志中登记", False))
    elif s.registered_seq is not None:
        before = s.registered_seq < s.seq
        checks.append((f"签名人公钥于日志第 {s.registered_seq} 条登记，{'早于' if before else '晚于'}签名", before))
    if s.decisions_match is not None:
        checks.append(("所签决定集哈希与记录的决定一致" if s.decisions_match else "所签决定集哈希与记录的决定不一致",
                       s.decisions_match))
    checks += [(f"异常：{label(ANOMALIES, code)}（日志第 {seq} 条，{code}）", False) for code, seq in s.anomalies]
    return "；".join(_color(markup(text), OK if good else BAD) for text, good in checks)


def _signatures_table(signatures: Sequence[SignatureRow], st: Styles) -> Flowable:
    if not signatures:
        return _p("尚无签名。", st.body)
    rows = [[_p(markup(label(SIGN_ROLES, s.role)), st.cell), _p(markup(s.name), st.cell),
             _p(markup(fmt_time(s.at)), st.cell), _p(markup(s.fingerprint), st.mono_small),
             _p(_signature_line(s), st.cell)] for s in signatures]
    return _grid(("环节", "签名人", "时间", "公钥指纹", "签名校验"), rows, (18, 20, 30, 56, 50), st)


def _publications_table(item: ItemReport, st: Styles) -> Flowable:
    if not item.publications:
        return _p("未生成公开文本。", st.body)
    rows = []
    for p in item.publications:
        kind = "内部存档（非公开）" if p.archive else label(ATTRIBUTES, p.attribute, DASH)
        residual = p.residual or DASH
        residual = _color("通过", OK) if residual == "passed" else _color(markup(residual), BAD)
        steps = "、".join(label(SANITIZE_STEPS, code) for code in p.sanitized) or "无"
        rows.append([_p(markup(fmt_time(p.at)), st.cell), _p(f"{markup(p.output_name)}<br/>{markup(kind)}", st.cell),
                     _p(markup(p.sha256_out), st.mono_small), _p(markup(steps), st.cell), _p(residual, st.cell),
                     _p(markup(p.by), st.cell)])
    return _grid(("时间", "输出文件", "输出 SHA-256", "清理报告", "残留检查", "发布人"), rows,
                 (26, 30, 46, 38, 16, 18), st)


def _chain_lines(item: ItemReport) -> list[tuple[str, str]]:
    out = []
    if item.supersedes:
        out.append(("取代", f"本审查取代已撤销的审查 {item.supersedes}"))
    if item.revoked_at:
        out.append(("撤销", f"{item.revoked_by or DASH} 于 {fmt_time(item.revoked_at)} 撤销，理由：{item.revoke_reason}"))
    if item.superseded_by:
        out.append(("后续审查", f"由审查 {item.superseded_by} 取代"))
    return out


def _conclusion(item: ItemReport) -> str:
    counts = Counter(d.action for d in item.decisions)
    parts = [f"{label(ACTIONS, a)} {n} 项" for a, n in counts.items()]
    text = f"共发现 {len(item.decisions)} 项，" + ("、".join(parts) if parts else "无需处理") + "。"
    if item.attribute:
        text += f"拟{label(ATTRIBUTES, item.attribute)}"
        if item.attribute_basis_label:
            text += f"，依据{item.attribute_basis_label}"
        if item.attribute_reason:
            text += f"，理由：{item.attribute_reason}"
        text += "。"
    return text


def _stage_cell(item: ItemReport, role: str) -> str:
    rows = [s for s in item.signatures if s.role == role]
    if not rows:
        return "未签署"
    s = rows[-1]
    return f"{markup(s.name)}　{markup(fmt_time(s.at))}<br/>{_signature_line(s)}"


def _kind_rows(item: ItemReport, st: Styles) -> list[tuple[str, Paragraph]]:
    """文件类型, 公开期限 and 缺少的必备要素 (双公示 fields, 救济渠道) from the kind record."""
    if item.kind is None:
        return []
    kind = label(DOCUMENT_KINDS, item.kind) + ("（审查人指定）" if item.kind_overridden else "")
    due = DASH
    if item.deadline_rule:
        due = label(DEADLINE_RULES, item.deadline_rule) + (f"，截止 {item.due}" if item.due else "，起算日期不详")
        due += "（估算：超出节假日历）" if item.due_estimated else ""
    missing = "、".join(label(REQUIRED_FIELDS, m) for m in item.missing) or "无"
    return [("文件类型", _p(markup(kind), st.body)), ("公开期限", _p(markup(due), st.body)),
            ("缺少的必备要素", _p(_color(markup(missing), BAD) if item.missing else markup(missing), st.body))]


def _form(item: ItemReport) -> str:
    """摘要公开 when the reviewer signed it so (plan item 5), else 全文公开 (未签署 before the sign-off)."""
    if item.signed_at is None:
        return "未签署"
    return SUMMARY_FORM if item.summary else FULL_FORM


def review_form(item: ItemReport, st: Styles) -> list[Flowable]:
    """The one-page 审查单 of an item, in the layout agencies file (title block, conclusion, stages)."""
    record = dict(item.record)
    basis = _basis(item.attribute_basis, item.attribute_basis_label) if item.attribute != "public" else "不适用"
    rows = [
        ("标题", _p(markup(item.title or item.file_name), st.body)),
        ("文号", _p(markup(item.doc_number), st.body)),
        ("拟稿单位 / 承办人", _p(markup(" / ".join(x for x in (record.get("drafting_unit"), record.get("handler"))
                                                    if x) or None), st.body)),
        ("拟公开方式", _p(markup(label(ATTRIBUTES, item.attribute, "未确定")), st.body)),
        ("公开形式", _p(_form(item), st.body)),
        ("公开范围", _p(markup(record.get("scope")), st.body)),
        ("公开时间", _p(markup(record.get("publish_date")), st.body)),
        ("不予公开依据", _p(basis, st.body)),
        ("审查意见 / 结论", _p(markup(record.get("opinion")) + "<br/>" + markup(_conclusion(item)), st.body)),
        ("审查策略", _p(markup(item.policy), st.body)),
        *_kind_rows(item, st),
        ("初审", _p(_stage_cell(item, "reviewer"), st.body)),
        ("复审", _p(_stage_cell(item, "countersigner"), st.body)),
        ("批准", _p(_stage_cell(item, "approver"), st.body)),
        ("审查编号", _p(markup(item.review_id), st.body)),
        ("文件 SHA-256", _p(markup(item.sha256_in), st.mono)),
    ]
    rows += [(name, _p(markup(text), st.body)) for name, text in _chain_lines(item)]
    out: list[Flowable] = [_p(FORM_TITLE, st.title), Spacer(1, 3 * mm)]
    if item.tampered:
        out.append(_p(_color(TAMPERED, BAD), st.body))
    out += [_fields(rows, st, label_mm=34), PageBreak()]
    return out


def item_section(n: int, item: ItemReport, st: Styles) -> list[Flowable]:
    heading = _p(f"{n}．{markup(item.title or item.file_name)}", st.h1)
    info = _fields(
        [
            ("审查编号", _p(markup(item.review_id), st.body)),
            ("文件名", _p(markup(item.file_name), st.body)),
            ("标题", _p(markup(item.title), st.body)),
            ("文号", _p(markup(item.doc_number), st.body)),
            ("状态", _p(markup(label(STATUSES, item.status)), st.body)),
            ("输入 SHA-256", _p(markup(item.sha256_in), st.mono)),
            ("输出 SHA-256", _p(markup(item.sha256_out, empty="尚未生成"), st.mono)),
            ("审查策略", _p(markup(item.policy), st.body)),
            ("开始时间", _p(markup(fmt_time(item.started_at)), st.body)),
            ("签署时间", _p(markup(fmt_time(item.signed_at, "未签署")), st.body)),
            ("发布时间", _p(markup(fmt_time(item.published_at, "未发布")), st.body)),
        ],
        st,
    )
    attribute = _fields(
        [
            ("公开属性", _p(markup(label(ATTRIBUTES, item.attribute, "未确定")), st.body)),
            ("依据", _p(_basis(item.attribute_basis, item.attribute_basis_label), st.body)),
            ("理由", _p(markup(item.attribute_reason), st.body)),
        ],
        st,
    )
    warning = [_p(_color(TAMPERED, BAD), st.body)] if item.tampered else []
    chain = _chain_lines(item)
    return [
        *review_form(item, st),
        KeepTogether([heading, *warning, info]),
        KeepTogether([_p("审查人与复核人", st.h2), _reviewers_table(item.reviewers, st)]),
        KeepTogether([_p("签名与校验", st.h2), _signatures_table(item.signatures, st)]),
        KeepTogether([_p("公开属性", st.h2), attribute]),
        *([KeepTogether([_p("审查沿革（撤销与取代）", st.h2),
                         _fields([(a, _p(markup(b), st.body)) for a, b in chain], st)])] if chain else []),
        KeepTogether([_p(f"发布记录（{len(item.publications)} 次）", st.h2), _publications_table(item, st)]),
        *_decisions_block(item.decisions, st),
    ]
