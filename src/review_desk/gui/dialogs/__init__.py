"""The dialogs of Review Desk: reviewer identity, sign-off, audit log and manual findings.

Each is a plain :class:`~PySide6.QtWidgets.QDialog` whose fields are public attributes, so a test
(or the main window) can fill them and call ``accept()`` / ``reject()`` without a modal ``exec()``.
"""

from review_desk.gui.dialogs.audit_log import AuditLogDialog, AuditLogModel
from review_desk.gui.dialogs.identity import FirstRunDialog, SignInDialog
from review_desk.gui.dialogs.manual_finding import ManualFindingDialog
from review_desk.gui.dialogs.signoff import SignOffDialog

__all__ = [
    "AuditLogDialog",
    "AuditLogModel",
    "FirstRunDialog",
    "ManualFindingDialog",
    "SignInDialog",
    "SignOffDialog",
]
