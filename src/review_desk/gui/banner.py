"""The state banner above the document: where the review stands (open, signed, countersigned,
published, withheld) in a colour you cannot miss, who signed it and when, and the way forward.
Once signed the desk is read-only and the banner says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from review_desk.core.names import ATTRIBUTES, label

_STYLE = "QLabel {{ background: {0}; color: {1}; padding: 6px 10px; font-weight: bold; border-radius: 3px; }}"
COLOURS = {
    "open": ("#e8f1fb", "#1f4e79"),
    "signed": ("#fff4d6", "#7a5200"),
    "countersigned": ("#fff4d6", "#7a5200"),
    "withheld": ("#f6dede", "#7a1f1f"),
    "approved": ("#fff4d6", "#7a5200"),
    "published": ("#dff3e4", "#1b5e20"),
    "revoked": ("#e6e6e6", "#444444"),
}


def banner_state(review) -> str:
    """``open`` / ``signed`` / ``countersigned`` / ``withheld`` / ``published`` of a logged review."""
    if review is None:
        return "open"
    if review.status == "revoked":
        return "revoked"
    if review.status == "published":
        return "published"
    if review.signature is not None and review.signature.attribute == "withheld":
        return "withheld"
    return review.status if review.status in COLOURS else "signed"


class StateBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.state = "open"
        self.hide()

    def show_state(self, review, name_of, awaiting_approval: bool = False) -> None:
        """Show the state of ``review`` (``None``: a draft not yet in the log); ``name_of(fingerprint)``
        gives a reviewer's name; ``awaiting_approval``: its policy asks for 批准, which is the next step."""
        self.state = state = banner_state(review)
        when = lambda iso: (iso or "")[:16].replace("T", " ")
        sig = review.signature if review is not None else None
        attribute = label(ATTRIBUTES, sig.attribute if sig else None)
        if state == "open":
            text = self.tr("Open review: decide every finding (R / M / K), then sign off with Ctrl+Shift+S.")
        elif state == "revoked":
            rev = review.revocation
            text = self.tr("Revoked {0} by {1}: {2}. Its decisions no longer stand; a new review of the same file "
                           "supersedes it.").format(when(rev.at), name_of(rev.fingerprint), rev.reason)
        elif state == "approved":
            text = self.tr("Signed by {0} and approved (批准) by {1} ({2}): the decisions are read-only. Publish "
                           "with Ctrl+P.").format(name_of(sig.fingerprint), name_of(review.approval.fingerprint),
                                                  attribute)
        elif state == "published":
            pub = review.publications[-1]
            text = self.tr("Published {0} ({1}) as {2}: this review is closed and read-only.").format(
                when(pub.at), pub.output_name, attribute)
        elif state == "withheld":
            text = self.tr("Signed {0} by {1}: 不予公开 (withheld), not to be published. The decisions are "
                           "read-only.").format(when(sig.at), name_of(sig.fingerprint))
        elif awaiting_approval and state in ("signed", "countersigned"):
            text = self.tr("Signed by {0} ({1}); the review's policy asks for approval (批准) before publishing: "
                           "the approver signs with Review → Approve.").format(name_of(sig.fingerprint), attribute)
        elif state == "countersigned":
            text = self.tr("Signed by {0} and countersigned by {1} ({2}): the decisions are read-only. "
                           "Publish with Ctrl+P.").format(name_of(sig.fingerprint),
                                                           name_of(review.countersignature.fingerprint), attribute)
        else:
            text = self.tr("Signed {0} by {1} ({2}): the decisions are read-only. Publish with Ctrl+P, or have a "
                           "second reviewer countersign.").format(when(sig.at), name_of(sig.fingerprint), attribute)
        if state not in ("open", "revoked"):
            text += " " + self.tr("To change a decision, revoke the review (Review → Revoke…) and review the file "
                                  "again.")
        background, foreground = COLOURS[state]
        self.setStyleSheet(_STYLE.format(background, foreground))
        self.setText(text)
        self.show()
