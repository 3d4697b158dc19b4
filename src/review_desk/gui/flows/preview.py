"""Before / after: one key (P) toggles the document view between the draft and the text as it will
be published — masks and removals in place per the current decisions (the policy's suggestion for
what is still undecided), the sanitizer applied and the disclosure stamp line shown.

The text comes from :func:`review_desk.core.publish.preview.preview_publication` (the real pipeline,
run in the background); the desk only displays it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from review_desk.core.publish.preview import PublicationPreview

    from ..main_window import MainWindow


def stamp_attribute(window: MainWindow) -> str:
    """The signed disclosure attribute, else 主动公开 (what a draft would be published as)."""
    review = window.draft.review if window.draft else None
    signature = review.signature if review is not None else None
    return (signature.attribute if signature is not None else None) or "public"


def stamp_line(window: MainWindow) -> str:
    from review_desk.core.publish import ATTRIBUTES
    from review_desk.core.publish.stamp import LABEL

    return f"{LABEL}：{ATTRIBUTES[stamp_attribute(window)]}"


def compute_preview(window: MainWindow, done: Callable[[PublicationPreview], None]) -> None:
    """Build the publication preview of the window's draft in the background, then ``done(preview)``."""
    draft = window.draft
    document, findings, decisions, policy = draft.document, list(draft.findings), dict(draft.decisions), draft.policy
    attribute = stamp_attribute(window)
    review_id = draft.review.review_id if draft.review is not None else None

    def work():
        from review_desk.core.publish.preview import preview_publication, redactions_for

        return preview_publication(document, redactions_for(findings, decisions, policy), policy,
                                   attribute=attribute, review_id=review_id)

    window.statusBar().showMessage(QCoreApplication.translate("PreviewFlow", "Preparing the text as it will be published…"))
    window.run_in_background(work, done)


class PreviewFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def toggle(self) -> None:
        window = self.window
        window.preview_action.setChecked(window.view.preview_mode)  # until the preview is shown
        if window.draft is None:
            return
        if window.view.preview_mode:
            self.back_to_draft()
        else:
            compute_preview(window, self.show)

    def show(self, preview: PublicationPreview) -> None:
        window = self.window
        if window.draft is None or preview.document.path != window.draft.document.path:
            return  # another document was opened meanwhile
        window.view.show_preview(preview, window.draft.status, stamp_line(window))
        window.preview_action.setChecked(True)
        replaced = sum(1 for a in preview.applied if a.replacement)
        window.statusBar().showMessage(QCoreApplication.translate(
            "PreviewFlow", "As published: {0} value(s) masked or removed, stamped “{1}”. Press P to return to the draft.").format(replaced, stamp_line(window)))

    def back_to_draft(self) -> None:
        window = self.window
        if not window.view.preview_mode:
            return
        window.view.show_document(window.draft.document, window.draft.findings, window.draft.status,
                                  window.doc_layout)
        window.preview_action.setChecked(False)
        fid = window.current_fid()
        if fid:
            window.view.scroll_to(fid)
        window.statusBar().showMessage(QCoreApplication.translate("PreviewFlow", "The draft."))
