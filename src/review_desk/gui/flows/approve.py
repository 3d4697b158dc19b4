"""Approving (批准), the third stage a review policy may ask for: after the reviewer's sign-off
(初审) and, where the policy asks for it, the countersignature (复审), an approver — a third person,
e.g. the office's leader — signs with their own key.  The sign-in dialog the countersignature uses
asks whose key and its passphrase.  Offered only when the review's policy asks for 批准 and the
earlier stages are signed; a refusal of the core is shown by its code's Chinese sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from review_desk.core.errors import ReviewDeskError
from review_desk.core.names import error_text
from review_desk.core.review.rules import missing_stages
from review_desk.core.review.stages import APPROVAL, required_stages

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ApproveFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def available(self) -> bool:
        """Whether the open review waits for its 批准: the policy asks for it, every earlier stage is
        signed, and it is not approved, revoked or published yet."""
        draft = self.window.draft
        review = draft.review if draft is not None else None
        if review is None or review.signature is None or review.approval is not None \
                or review.status in ("revoked", "published"):
            return False
        try:
            required = required_stages(draft.policy)
        except ReviewDeskError:  # a policy file that went bad: the core refuses and says why on approve
            return False
        return APPROVAL in required and missing_stages(review, required) == [APPROVAL]

    def choose(self) -> None:
        window = self.window
        if not self.available():
            window.show_error(QCoreApplication.translate(
                "ApproveFlow", "Approval (批准) is for a review whose policy asks for it, after the sign-off and "
                "the countersignature."))
            return
        from ..dialogs import SignInDialog

        review = window.draft.review
        signers = {review.reviewer} | ({review.countersignature.fingerprint} if review.countersignature else set())
        others = [r.name for r in window.desk.log.reviewers() if r.fingerprint not in signers]
        dialog = SignInDialog(window.desk, window, preselect=others[0] if others else None)
        dialog.setWindowTitle(QCoreApplication.translate("ApproveFlow", "Approve (批准)"))
        window.show_dialog(dialog, lambda: self.approve(dialog.identity))

    def approve(self, identity) -> bool:
        """批准 as ``identity`` (unlocked by the dialog); the core checks the stages and the person."""
        window = self.window
        try:
            state = window.desk.approve(window.draft.review.review_id, identity)
        except Exception as exc:  # noqa: BLE001 - the rule that refused it is shown, never raised
            window.show_error(error_text(exc))
            return False
        window.draft.review = state
        window.apply_state()
        window.statusBar().showMessage(QCoreApplication.translate("ApproveFlow", "Review {0} approved (批准) by {1}.")
                                       .format(state.review_id, identity.name))
        return True
