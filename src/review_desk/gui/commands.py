"""Undoable edits of the draft review (QUndoStack): deciding findings, adding manual findings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from review_desk.core.review.draft import DraftReview


class DecideCommand(QUndoCommand):
    def __init__(self, draft: DraftReview, fids: list[str], action: str, basis: str | None, note: str | None,
                 changed: Callable[[list[str]], None], text: str) -> None:
        super().__init__(text)
        self.draft, self.fids, self.action, self.basis, self.note = draft, fids, action, basis, note
        self.changed = changed
        self.previous = None

    def redo(self) -> None:
        self.previous = self.draft.decide(self.fids, self.action, self.basis, self.note)
        self.changed(self.fids)

    def undo(self) -> None:
        self.draft.restore(self.previous or {})
        self.changed(self.fids)


class AddFindingCommand(QUndoCommand):
    """Add one or more manual findings (``spans``) of one type; ``changed(first id or None)``."""

    def __init__(self, draft: DraftReview, spans: list[tuple[str, str, int, int]], entity_type: str,
                 changed: Callable[[str | None], None], text: str) -> None:
        super().__init__(text)
        self.draft, self.spans, self.entity_type, self.changed = draft, list(spans), entity_type, changed
        self.fids: list[str] = []

    @property
    def fid(self) -> str | None:
        return self.fids[0] if self.fids else None

    def redo(self) -> None:
        known = set(self.draft.by_id)
        added = [self.draft.add_manual(*span, self.entity_type).id for span in self.spans]
        self.fids = [fid for fid in dict.fromkeys(added) if fid not in known]
        self.changed(added[0] if added else None)

    def undo(self) -> None:
        for fid in self.fids:
            self.draft.remove_manual(fid)
        self.changed(None)
