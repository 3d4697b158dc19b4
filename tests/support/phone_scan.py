"""A scan without a model for workflow tests: 11-digit mobile numbers only, through the real scanner.

``phone_scan(document)`` returns the findings :func:`review_desk.core.detect.scanner.scan_document`
makes of a detector that knows one pattern; the review workflow treats them like any other.
"""

from __future__ import annotations

import re

from review_desk.core.detect.finding import RawDetection
from review_desk.core.detect.scanner import scan_document


class PhoneDetector:
    """Finds 11-digit mobile numbers (enough to drive the workflow without Presidio or a model)."""

    pattern = re.compile(r"1[3-9]\d{9}")

    def detect_many(self, texts, *, contexts=None):
        return [[RawDetection("PHONE_NUMBER", m.start(), m.end(), 0.9, "PhoneDetector", m.group())
                 for m in self.pattern.finditer(text)] for text in texts]


def phone_scan(document):
    return scan_document(document, PhoneDetector())
