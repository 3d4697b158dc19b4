"""EMAIL_ADDRESS: e-mail addresses inside running Chinese text.

Presidio's built-in e-mail regex relies on ``\\b`` and swallows the Chinese word before the
address (``邮箱zhangsan@163.com``); this one allows only ASCII in the local part, so the match
starts at the address, and stops before Chinese punctuation after it.  A government mailbox
(``….gov.cn``, a provincial government mail domain) or a mailbox published as an agency's contact
is not reported (:mod:`.agency_contact`).
"""

from __future__ import annotations


from presidio_analyzer import RecognizerResult

from .agency_contact import agency_contact, government_mailbox
from .base import ChinesePatternRecognizer

__all__ = ["EmailRecognizer"]

_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])" + _LOCAL + r"@" + r"(?:" + _LABEL + r"\.)+" + r"[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9\-])"
)


class EmailRecognizer(ChinesePatternRecognizer):
    """E-mail addresses."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (("email", _EMAIL, 0.9),)
    CONTEXT = ("邮箱", "邮件", "email", "e-mail", "电邮")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject ``..`` in the local part and a local part ending in a dot."""
        local = pattern_text.split("@", 1)[0]
        return ".." in local or local.endswith(".")

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Drop government and agency mailboxes."""
        return not government_mailbox(text[result.start : result.end]) and not agency_contact(text, result.start)
