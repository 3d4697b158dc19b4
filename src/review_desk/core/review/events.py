"""Names and payload shapes of the review events in the audit log (one item, one review).

Every payload is canonical JSON (no floats: scores are stored in thousandths).  Findings are
stored with a masked ``preview`` and a keyed ``value_hash`` (HMAC under the desk's secret), never
with their text; their position (part, location, start, end) lets the publish step take the text
from the document itself, whose SHA-256 the review is bound to.

=====================  =====================================================================
event                  payload
=====================  =====================================================================
review_started         review_id, sha256, file_name, format, size, title, doc_number, kind, policy,
                       findings: [finding record], supersedes (the revoked review it replaces)
finding_added          review_id, finding: finding record (manual = true)
finding_decided        review_id, finding_id, action (redact|mask|keep), basis, note, suggested
review_signed          review_id, sha256, attribute, basis, reason, decisions (digest), counts,
                       record: the 审查单 fields (RECORD_FIELDS) that were given,
                       summary (true: published as a summary, 摘要公开)
review_countersigned   review_id, sha256, decisions (digest)
document_published     review_id, sha256_in, sha256_out, output_name, attribute, stamp, sanitized,
                       residual (passed | what was found), archive (true: an internal archive copy)
review_revoked         review_id, sha256, reason (撤销: by the reviewer or a countersigner)
review_approved        review_id, sha256, decisions (digest) (批准: the third stage, by an approver)
log_exported           review_id, from, to, pdf_sha256, pdf_size, export_id (printed in the PDF and its
                       keywords), items: what ``log verify-pdf`` compares a PDF with
=====================  =====================================================================
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from review_desk.core.audit.canonical import canonical_json

REVIEW_STARTED = "review_started"
FINDING_ADDED = "finding_added"
FINDING_DECIDED = "finding_decided"
REVIEW_SIGNED = "review_signed"
REVIEW_COUNTERSIGNED = "review_countersigned"
DOCUMENT_PUBLISHED = "document_published"
LOG_EXPORTED = "log_exported"
REVIEW_REVOKED = "review_revoked"
REVIEW_APPROVED = "review_approved"


def decisions_digest(decisions: Mapping[str, Mapping[str, object]]) -> str:
    """SHA-256 over the sorted ``(finding id, action, basis)`` triples: what a signature covers."""
    rows = sorted([fid, d["action"], d.get("basis")] for fid, d in decisions.items())
    return hashlib.sha256(canonical_json(rows)).hexdigest()


#: The fields of an agency's 保密审查 form that the sign-off may record (标题 and 文号 come from the document).
RECORD_FIELDS = ("drafting_unit", "handler", "opinion", "scope", "publish_date")


def record_fields(record: Mapping[str, object] | None) -> dict[str, str]:
    """The known, non-empty 审查单 fields of ``record`` as stripped text."""
    out = {}
    for name in RECORD_FIELDS:
        value = str((record or {}).get(name) or "").strip()
        if value:
            out[name] = value
    return out
