"""The desk's menus, declared as data: one tuple per menu, one entry per action.

An entry is ``(attribute, text, slot, shortcut)``: ``attribute`` names the window attribute that
keeps the action (``None``: not kept), ``slot`` is a window method (dotted for a flow, ``decide:mask``
for a method with one argument), ``shortcut`` a key sequence, a standard key or ``None``.
``SEPARATOR``, ``RECENT`` (the recent-files submenu), ``UNDO_REDO`` and ``LANGUAGE`` are built by
the window.  Texts are translated in the ``MainWindow`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

SEPARATOR, RECENT, UNDO_REDO, LANGUAGE = "separator", "recent", "undo_redo", "language"
_KEY = QKeySequence.StandardKey

MENUS = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        (None, QT_TRANSLATE_NOOP("MainWindow", "&Open…"), "choose_file", _KEY.Open),
        (None, QT_TRANSLATE_NOOP("MainWindow", "Open the &sample draft"), "open_sample", None),
        RECENT,
        SEPARATOR,
        ("save_action", QT_TRANSLATE_NOOP("MainWindow", "&Save decisions to the log"), "save_progress", _KEY.Save),
        ("publish_action", QT_TRANSLATE_NOOP("MainWindow", "&Publish…"), "choose_publish", "Ctrl+P"),
        ("export_action", QT_TRANSLATE_NOOP("MainWindow", "&Export review log (PDF)…"), "choose_export", "Ctrl+E"),
        SEPARATOR,
        (None, QT_TRANSLATE_NOOP("MainWindow", "Shared &register…"), "choose_register", None),
        SEPARATOR,
        (None, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", _KEY.Quit),
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (UNDO_REDO,)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Review"), (
        ("redact_action", QT_TRANSLATE_NOOP("MainWindow", "&Redact"), "decide:redact", "R"),
        ("mask_action", QT_TRANSLATE_NOOP("MainWindow", "&Mask"), "decide:mask", "M"),
        ("keep_action", QT_TRANSLATE_NOOP("MainWindow", "&Keep"), "decide:keep", "K"),
        ("block_action", QT_TRANSLATE_NOOP("MainWindow", "&Block (a classification mark)"), "decide:block", "B"),
        ("not_mark_action", QT_TRANSLATE_NOOP("MainWindow", "Not a classification mar&k"), "decide:not_a_mark", "X"),
        ("next_action", QT_TRANSLATE_NOOP("MainWindow", "&Next undecided"), "next_undecided", "N"),
        ("all_action", QT_TRANSLATE_NOOP("MainWindow", "Toggle &every occurrence"), "toggle_all", "A"),
        SEPARATOR,
        ("add_action", QT_TRANSLATE_NOOP("MainWindow", "&Add selected text as a finding…"), "add_manual_finding",
         "Ctrl+M"),
        ("search_action", QT_TRANSLATE_NOOP("MainWindow", "&Find and add as findings…"), "find_and_add", "Ctrl+F"),
        SEPARATOR,
        ("sign_action", QT_TRANSLATE_NOOP("MainWindow", "&Sign off…"), "choose_sign_off", "Ctrl+Shift+S"),
        ("countersign_action", QT_TRANSLATE_NOOP("MainWindow", "&Countersign as a second reviewer…"),
         "choose_countersign", None),
        ("approve_action", QT_TRANSLATE_NOOP("MainWindow", "A&pprove as the approver (批准)…"), "approve_flow.choose",
         None),
        ("revoke_action", QT_TRANSLATE_NOOP("MainWindow", "Re&voke the signed review…"), "revoke_flow.choose", None),
        (None, QT_TRANSLATE_NOOP("MainWindow", "&Audit log…"), "show_audit_log", "Ctrl+L"),
    )),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), (
        ("preview_action", QT_TRANSLATE_NOOP("MainWindow", "&Preview as published"), "preview_flow.toggle", "P"),
        SEPARATOR,
        LANGUAGE,
    )),
)
