"""Measure the detector against the labelled corpus in ``tests/data``.

Text documents come with ``NAME.gold.json`` (entities with exact code-point spans, and traps that
must not be reported); a finding counts as a true positive when type, start and end all match a
gold entity.  A finding overlapping a trap is a *trap hit*.  The hiding-place ``.docx`` files come
with ``gold.json`` listing, per file, the values that must be found in a named package part.
Types the current detector does not produce (e.g. PERSON before an NER model is shipped) are
reported as not detected rather than as zero recall.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from presidio_analyzer import AnalyzerEngine

from review_desk.core.detect.detector import DetectConfig, Detector, load_word_list
from review_desk.core.detect.finding import Action
from review_desk.core.detect.policy import INFORMATIONAL_TYPES, PERSONAL_DATA_TYPES
from review_desk.core.detect.scanner import scan_path

#: traps on which even a kept (informational) finding is noise in the desk: a statute title or article,
#: a document number, a title standing alone
NOISE_TRAP_KINDS = frozenset({"statute", "doc_number", "case_number", "role_word"})


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0
    true_positive: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0


@dataclass
class EvaluationReport:
    documents: int = 0
    scores: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    traps: int = 0
    trap_hits: list[str] = field(default_factory=list)
    noise_hits: list[str] = field(default_factory=list)  # informational findings on a statute, 文号 or title
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # false negatives, for debugging
    false_positives: list[str] = field(default_factory=list)
    docx_expected: int = 0
    docx_found: int = 0
    docx_misses: list[str] = field(default_factory=list)
    detected_types: frozenset[str] = frozenset()

    def personal_data(self) -> TypeScore:
        """All personal-data types the detector produces, pooled (micro-averaged)."""
        pooled = TypeScore()
        for entity_type, s in self.scores.items():
            if entity_type in PERSONAL_DATA_TYPES and entity_type in self.detected_types:
                pooled.gold += s.gold
                pooled.predicted += s.predicted
                pooled.true_positive += s.true_positive
        return pooled

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "types": {
                t: {
                    "gold": s.gold,
                    "predicted": s.predicted,
                    "true_positive": s.true_positive,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "detected": t in self.detected_types,
                }
                for t, s in sorted(self.scores.items())
            },
            "personal_data": {
                "precision": round(self.personal_data().precision, 4),
                "recall": round(self.personal_data().recall, 4),
            },
            "traps": self.traps,
            "trap_hits": self.trap_hits,
            "noise_hits": self.noise_hits,
            "errors": self.errors,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "docx": {"expected": self.docx_expected, "found": self.docx_found, "misses": self.docx_misses},
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _score_text_document(report: EvaluationReport, gold_path: Path, detector: Detector) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc_path = gold_path.with_name(gold["file"])
    result = scan_path(str(doc_path), detector)
    if result.errors:
        report.errors.append(f"{doc_path.name}: {result.errors[0]['message']}")
        return
    report.documents += 1
    gold_spans = {(e["type"], e["start"], e["end"]) for e in gold["entities"]}
    for entity_type, _, _ in gold_spans:
        report.scores[entity_type].gold += 1
    for f in result.findings:
        if f.type not in report.detected_types:
            continue
        score = report.scores[f.type]
        score.predicted += 1
        if (f.type, f.start, f.end) in gold_spans:
            score.true_positive += 1
        elif f.type not in INFORMATIONAL_TYPES:
            report.false_positives.append(f"{doc_path.name}: {f.type} {f.text!r} [{f.start}:{f.end}]")
        for trap in gold.get("traps", ()):
            if not _overlaps(f.start, f.end, trap["start"], trap["end"]):
                continue
            if f.action is not Action.KEEP:
                report.trap_hits.append(f"{doc_path.name}: {trap['kind']} {trap['text']!r} hit by {f.type}")
            elif trap["kind"] in NOISE_TRAP_KINDS:
                report.noise_hits.append(f"{doc_path.name}: {trap['kind']} {trap['text']!r} "
                                         f"shown as {f.type} {f.text!r}")
    found = {(f.type, f.start, f.end) for f in result.findings}
    for e in gold["entities"]:
        if e["type"] in report.detected_types and (e["type"], e["start"], e["end"]) not in found:
            report.misses.append(f"{doc_path.name}: {e['type']} {e['text']!r} [{e['start']}:{e['end']}]")
    report.traps += len(gold.get("traps", ()))


def _score_docx(report: EvaluationReport, docx_dir: Path, detector: Detector) -> None:
    gold_file = docx_dir / "gold.json"
    if not gold_file.exists():
        return
    for item in json.loads(gold_file.read_text(encoding="utf-8")):
        result = scan_path(str(docx_dir / item["file"]), detector)
        if result.errors:
            report.errors.append(f"{item['file']}: {result.errors[0]['message']}")
        for expect in item["expect"]:
            if expect["type"] not in report.detected_types:
                continue
            report.docx_expected += 1
            hit = any(
                f.part == expect["part"] and f.type == expect["type"] and f.text == expect["text"]
                for f in result.findings
            )
            if hit:
                report.docx_found += 1
            else:
                report.docx_misses.append(f"{item['file']}: {expect['type']} {expect['text']!r} in {expect['part']}")


def evaluate_corpus(directory: str | Path, *, docx_directory: str | Path | None = None,
                    detector: Detector | None = None, analyzer: AnalyzerEngine | None = None) -> EvaluationReport:
    """Scan every labelled document under ``directory`` and score the findings.

    Without a ``detector`` one is built with the set's ``agency.txt`` allow list, on ``analyzer``
    when given (so that several sets share one loaded model), else on a freshly loaded one.
    """
    directory = Path(directory)
    if detector is None:
        config = DetectConfig()
        agency = directory / "agency.txt"
        if agency.exists():
            from dataclasses import replace

            config = replace(config, allow_list=config.allow_list + load_word_list(agency))
        detector = Detector(config, analyzer=analyzer)
    report = EvaluationReport(detected_types=frozenset(detector.supported_types()))
    for gold_path in sorted(directory.glob("*.gold.json")):
        _score_text_document(report, gold_path, detector)
    if docx_directory is not None:
        _score_docx(report, Path(docx_directory), detector)
    return report


def format_report(report: EvaluationReport) -> str:
    """A readable table of the report."""
    lines = [f"Documents: {report.documents}", "",
             f"{'type':<20}{'gold':>6}{'found':>7}{'TP':>6}{'precision':>11}{'recall':>8}"]
    for entity_type, s in sorted(report.scores.items()):
        if entity_type in INFORMATIONAL_TYPES and not s.gold:
            lines.append(f"{entity_type:<20}{'-':>6}{s.predicted:>7}   (informational, not scored)")
        elif entity_type in report.detected_types:
            lines.append(f"{entity_type:<20}{s.gold:>6}{s.predicted:>7}{s.true_positive:>6}"
                         f"{s.precision:>11.3f}{s.recall:>8.3f}")
        else:
            lines.append(f"{entity_type:<20}{s.gold:>6}   (not detected by this pipeline)")
    pooled = report.personal_data()
    lines.append(f"{'personal data (all)':<20}{pooled.gold:>6}{pooled.predicted:>7}{pooled.true_positive:>6}"
                 f"{pooled.precision:>11.3f}{pooled.recall:>8.3f}")
    lines += ["", f"Traps: {report.traps}, hit: {len(report.trap_hits)}"]
    lines += [f"  {t}" for t in report.trap_hits]
    lines.append(f"Noise (places/organisations on statutes, 文号, titles): {len(report.noise_hits)}")
    lines += [f"  {t}" for t in report.noise_hits[:30]]
    lines.append(f"Hiding-place .docx values found: {report.docx_found}/{report.docx_expected}")
    for title, items in (("Missed", report.misses), ("False positives", report.false_positives),
                         ("Missed in .docx", report.docx_misses), ("Errors", report.errors)):
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines += [f"  {m}" for m in items[:50]]
    return "\n".join(lines) + "\n"
