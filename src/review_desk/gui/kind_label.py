"""The row above the findings that says what kind of document this is (建议提案办理复文, 行政处罚决定书 …),
the policy its review uses, its publication deadline and the required fields it leaves out (双公示
fields, the 救济渠道 of a reply to an applicant), in red when some are missing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from review_desk.core.names import DOCUMENT_KINDS, REQUIRED_FIELDS, label

_PLAIN = "QLabel { padding: 3px 6px; }"
_MISSING = "QLabel { padding: 3px 6px; color: #7a1f1f; background: #f6dede; border-radius: 3px; }"


class KindLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("kindLabel")
        self.hide()

    def show_draft(self, draft) -> None:
        """The kind, policy, deadline and missing fields of a :class:`DraftReview` (hidden without one)."""
        info = draft.kind if draft is not None else None
        if info is None:
            self.hide()
            return
        kind = label(DOCUMENT_KINDS, info.kind.value)
        if info.overridden:
            kind = self.tr("{0} (chosen by the reviewer)").format(kind)
        parts = [self.tr("Kind: {0}").format(kind), self.tr("Policy: {0}").format(draft.policy.name)]
        if info.due is not None:
            parts.append(self.tr("Due: {0}").format(info.due.isoformat()))
        missing = "、".join(label(REQUIRED_FIELDS, code) for code in info.missing)
        if missing:
            parts.append(self.tr("Missing required fields: {0}").format(missing))
        self.setText(" · ".join(parts))
        self.setStyleSheet(_MISSING if missing else _PLAIN)
        self.show()
