"""Publishing: refused before sign-off (先审查后公开); otherwise the publication preview is built in
the background and the publish dialog shows what the sanitizer will remove, the number of masked
or removed values and the stamp, and asks where the copy goes; confirming publishes it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .preview import compute_preview, stamp_line

if TYPE_CHECKING:
    from review_desk.core.publish.preview import PublicationPreview

    from ..main_window import MainWindow


class PublishFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def default_path(self) -> str:
        source = Path(self.window.draft.document.path)
        folder = source.parent if os.access(source.parent, os.W_OK) else Path.home()  # e.g. the bundled sample
        return str(folder / (source.stem + "_公开版" + source.suffix))

    def start(self) -> None:
        """Build the preview, then ask (the window checked that the review is signed)."""
        compute_preview(self.window, self.confirm)

    def confirm(self, preview: PublicationPreview) -> None:
        from ..dialogs.publish import PublishDialog

        window = self.window
        dialog = PublishDialog(preview, self.default_path(), stamp_line(window), window)
        window.statusBar().clearMessage()
        window.show_dialog(dialog, lambda: window.with_identity(lambda: self.publish_to(dialog.path)))

    def publish_to(self, path: str) -> None:
        """Publish in the background (the core refuses what the rules forbid); the banner follows."""
        window = self.window
        home, rid, identity = window.home, window.draft.review.review_id, window.identity
        database = window.desk.database
        document_path = window.draft.document.path

        def work():
            from review_desk.core.review import ReviewDesk

            with ReviewDesk(home, database) as desk:  # this thread's own connection to the log
                return desk.publish(rid, path, identity, None, file=document_path, force=True)

        def done(report) -> None:
            if window.draft is not None and window.draft.review is not None and window.draft.review.review_id == rid:
                window.draft.review = window.desk.review(rid)
                window.apply_state()
            window.statusBar().showMessage(QCoreApplication.translate("PublishFlow", "Published {0} (SHA-256 {1}…).")
                                           .format(Path(report.output_path).name, report.sha256_out[:16]))

        window.run_in_background(work, done)
