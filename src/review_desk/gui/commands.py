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
    def __init__(self, draft: DraftReview, span: tuple[str, str, int, int], entity_type: str,
                 changed: Callable[[str | None], None], text: str) -> None:
        super().__init__(text)
        self.draft, self.span, self.entity_type, self.changed = draft, span, entity_type, changed
        self.fid: str | None = None

    def redo(self) -> None:
        finding = self.draft.add_manual(*self.span, self.entity_type)
        self.fid = finding.id
        self.changed(self.fid)

    def undo(self) -> None:
        if self.fid:
            self.draft.remove_manual(self.fid)
        self.changed(None)
