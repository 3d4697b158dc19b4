"""A realistic review log report for the PDF tests (three items, one with 64 decisions)."""

from __future__ import annotations

import hashlib

from review_desk.core.report import DecisionRow, ItemReport, ReviewerRow, ReviewLogReport, VerificationSummary


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


FP_WANG = "SHA256:" + sha("wang-key")
FP_LI = "SHA256:" + sha("li-key")
ROOT = sha("checkpoint-root")

NOTE = "当事人系自然人，其身份信息与公开目的无关，应予删除后公开 <见附件> & 说明"
_KINDS = [
    ("PERSON", "张*", "redact", "pipl-28", "《个人信息保护法》第二十八条"),
    ("PHONE_NUMBER", "138****5678", "mask", "ogi-15", "《政府信息公开条例》第十五条"),
    ("CN_ID_CARD", "110101********1234", "redact", "ogi-15", "《政府信息公开条例》第十五条"),
    ("CN_ADDRESS", "北京市朝阳区****", "mask", "pipl-28", "《个人信息保护法》第二十八条"),
    ("ORGANIZATION", "北京某某科技有限公司", "keep", None, None),
]


def decisions(count: int, prefix: str = "F") -> tuple[DecisionRow, ...]:
    rows = []
    for i in range(count):
        kind, preview, action, basis, basis_label = _KINDS[i % len(_KINDS)]
        rows.append(
            DecisionRow(
                finding_id=f"{prefix}{sha(str(i))[:11]}",
                type=kind,
                where=f"正文第 {i // 3 + 1} 段" if i % 4 else f"表格 1 第 {i + 2} 行第 3 列（当事人）",
                preview=preview,
                action=action,
                basis=basis,
                basis_label=basis_label,
                note=NOTE if i % 7 == 0 else None,
                decided_by="王建国" if i % 2 else "李明",
                decided_at=f"2026-03-02T10:{i % 60:02d}:33+08:00",
                suggested=i % 6 != 5,
                manual=i % 13 == 12,
            )
        )
    return tuple(rows)


REVIEWERS = (
    ReviewerRow("王建国", "市司法局政务公开科", FP_WANG, "reviewer", "2026-03-02T11:20:00+08:00"),
    ReviewerRow("李明", "市司法局法制审核科", FP_LI, "countersigner", "2026-03-02T15:05:10+08:00"),
)


def items() -> tuple[ItemReport, ...]:
    return (
        ItemReport(
            review_id="R-20260302-0001",
            file_name="关于2026年度行政处罚决定公开的通知.docx",
            title="关于2026年度行政处罚决定公开的通知",
            doc_number="京司发〔2026〕12号",
            sha256_in=sha("in-1"),
            sha256_out=sha("out-1"),
            status="published",
            started_at="2026-03-02T09:12:45+08:00",
            signed_at="2026-03-02T15:05:10+08:00",
            published_at="2026-03-03T09:00:00+08:00",
            attribute="public",
            attribute_basis="ogi-19",
            attribute_basis_label="《政府信息公开条例》第十九条",
            attribute_reason="涉及公众切身利益，需要公众广泛知晓，依法主动公开。",
            reviewers=REVIEWERS,
            decisions=decisions(64),
        ),
        ItemReport(
            review_id="R-20260305-0002",
            file_name="行政许可审批结果（第3批）.docx",
            title="行政许可审批结果公示（第3批）",
            doc_number=None,
            sha256_in=sha("in-2"),
            sha256_out=None,
            status="open",
            started_at="2026-03-05T14:00:00+08:00",
            signed_at=None,
            published_at=None,
            attribute="on-request",
            attribute_basis="ogi-27",
            attribute_basis_label="《政府信息公开条例》第二十七条",
            attribute_reason="申请人依法申请公开 <b>许可结果</b> & 附件（A&B 两项）",
            reviewers=(REVIEWERS[0],),
            decisions=decisions(4, prefix="G"),
        ),
        ItemReport(
            review_id="R-20260309-0003",
            file_name="内部会议纪要.txt",
            title=None,
            doc_number="京司纪〔2026〕3号",
            sha256_in=sha("in-3"),
            sha256_out=None,
            status="countersigned",
            started_at="2026-03-09T08:30:00+08:00",
            signed_at="2026-03-09T10:00:00+08:00",
            published_at=None,
            attribute="withheld",
            attribute_basis="ogi-16",
            attribute_basis_label="《政府信息公开条例》第十六条（内部事务信息）",
            attribute_reason="属于行政机关内部事务信息，不予公开。",
            reviewers=REVIEWERS,
            decisions=(),
        ),
    )


def verification(ok: bool = True) -> VerificationSummary:
    return VerificationSummary(
        ok=ok,
        entries=213,
        problem=None if ok else "第 57 条记录的哈希与前一条不连续（日志可能被篡改）",
        checkpoint_size=213 if ok else 200,
        checkpoint_root=ROOT,
        checked_at="2026-03-31T17:45:00+08:00",
        checkpoint_time="2026-03-31T17:40:00+08:00",
        checkpoint_signer=f"王建国（{FP_WANG}）",
    )


def report(ok: bool = True, with_items: bool = True) -> ReviewLogReport:
    return ReviewLogReport(
        generated_at="2026-03-31T17:45:12+08:00",
        period_from="2026-03-01",
        period_to="2026-03-31",
        items=items() if with_items else (),
        verification=verification(ok),
        agency="北京市某区司法局",
        export_id="0123456789abcdef0123456789abcdef",
    )
