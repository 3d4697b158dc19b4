"""The PDF review log (审查记录): plain report data and its renderer."""

from .model import (DecisionRow, ItemReport, PublicationRow, ReviewerRow, ReviewLogReport, SignatureRow,
                    VerificationSummary)
from .pdf import write_review_log_pdf

__all__ = [
    "DecisionRow",
    "ItemReport",
    "PublicationRow",
    "ReviewLogReport",
    "ReviewerRow",
    "SignatureRow",
    "VerificationSummary",
    "write_review_log_pdf",
]
