"""Signing: the reviewer signs off the review they started (谁审查谁负责; the passphrase is asked
again), and a second reviewer countersigns it (复核).  The sign-off dialog says exactly what still
blocks signing; a refusal of the core is shown by its code's sentence, never raised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from review_desk.core.names import error_text

from ..messages import blocker_text

if TYPE_CHECKING:
    from ..main_window import MainWindow


class SignOffFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def choose(self) -> None:
        if self.window.draft is not None:
            self.window.with_identity(self.open_dialog)

    def open_dialog(self) -> None:
        from ..dialogs import SignOffDialog

        window = self.window
        fingerprint = window.identity.reviewer.fingerprint
        dialog = SignOffDialog(lambda a, b, r: [blocker_text(x) for x in window.draft.blockers(fingerprint, a, b, r)],
                               window, needs_passphrase=True)
        window.show_dialog(dialog, lambda: self.sign(dialog.attribute, dialog.basis, dialog.reason, dialog.passphrase,
                                                     summary=dialog.summary))

    def sign(self, attribute: str, basis: str | None, reason: str | None, passphrase: str | None = None, *,
             summary: bool = False) -> bool:
        """Save the decisions, then sign; ``passphrase`` unlocks the key again (``None``: the session's);
        ``summary``: 摘要公开 is recorded in the signed entry."""
        window = self.window
        try:
            signer = window.identity if passphrase is None else window.desk.identity(window.identity.name, passphrase)
        except Exception as exc:  # noqa: BLE001 - a wrong passphrase is shown, never raised
            window.show_error(error_text(exc))
            return False
        if not window.commit():
            return False
        try:
            state = window.desk.sign(window.draft.review.review_id, attribute, signer, None, basis, reason,
                                     summary=summary)
        except Exception as exc:  # noqa: BLE001 - shown to the reviewer, never raised
            window.show_error(error_text(exc))
            return False
        window.draft.review = state
        window.apply_state()
        window.statusBar().showMessage(QCoreApplication.translate("SignOffFlow", "Review {0} signed: {1}.").format(
            state.review_id, attribute))
        return True


class CountersignFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def choose(self) -> None:
        """复核: a second reviewer (not the signer) countersigns the signed review."""
        window = self.window
        review = window.draft.review if window.draft else None
        if review is None or review.signature is None:
            window.show_error(QCoreApplication.translate("CountersignFlow", "Only a signed review can be countersigned."))
            return
        from ..dialogs import SignInDialog

        others = [r.name for r in window.desk.log.reviewers() if r.fingerprint != review.signature.fingerprint]
        dialog = SignInDialog(window.desk, window, preselect=others[0] if others else None)
        dialog.setWindowTitle(QCoreApplication.translate("CountersignFlow", "Countersign (复核)"))
        window.show_dialog(dialog, lambda: self.countersign(dialog.identity))

    def countersign(self, identity) -> bool:
        window = self.window
        try:
            state = window.desk.countersign(window.draft.review.review_id, identity)
        except Exception as exc:  # noqa: BLE001 - the rule that refused it is shown
            window.show_error(error_text(exc))
            return False
        window.draft.review = state
        window.apply_state()
        window.statusBar().showMessage(QCoreApplication.translate("CountersignFlow", "Review {0} countersigned by {1}.")
                                       .format(state.review_id, identity.name))
        return True
