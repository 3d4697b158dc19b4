"""Render a :class:`ReviewLogReport` as the PDF review log (审查记录) auditors read.

A4 portrait, Chinese throughout, the bundled font embedded.  Every page carries a running
header and a "第 N 页，共 M 页" footer (the canvas keeps the pages until it knows their number).
The file is written atomically: rendered into a temporary file beside the destination, synced
and renamed over it, so a failure never leaves a partial PDF behind.  Rendering is
deterministic (reportlab's invariant mode): the same report gives the same bytes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate

from review_desk.core.atomic import write_atomically

from .labels import fmt_time
from .model import ReviewLogReport
from .styles import BAD, MUTED, RULE, register_fonts, styles
from .tables import TITLE, item_section, summary_block, title_block, verification_block

__all__ = ["EXPORT_MARK", "write_review_log_pdf"]

#: Written with the export id in the PDF's keywords, where ``log verify-pdf`` finds it.
EXPORT_MARK = "review-desk-export:"

MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until ``save`` so each footer can say "共 M 页"."""

    def __init__(
        self, *args: Any, header_left: str = "", header_right: str = "", alarm: str = "", **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._header_left = header_left
        self._header_right = header_right
        self._alarm = alarm  # shown in red on every page (a failed log check)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        sans, _ = register_fonts()
        width, height = self._pagesize
        self.saveState()
        self.setFont(sans, 7.5)
        self.setFillColor(MUTED)
        top = height - MARGIN_TOP + 6 * mm
        self.drawString(MARGIN_X, top, _clip(self._header_left, sans, 7.5, (width - 2 * MARGIN_X) * 0.36))
        self.drawRightString(width - MARGIN_X, top, self._header_right)
        if self._alarm:
            self.setFillColor(BAD)
            self.drawCentredString(width / 2, top, self._alarm)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 2 * mm, width - MARGIN_X, top - 2 * mm)
        self.line(MARGIN_X, MARGIN_BOTTOM - 4 * mm, width - MARGIN_X, MARGIN_BOTTOM - 4 * mm)
        self.setFont(sans, 8.5)
        self.setFillColor(MUTED)
        self.drawCentredString(width / 2, MARGIN_BOTTOM - 9 * mm, f"第 {number} 页，共 {total} 页")
        self.restoreState()


def _clip(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` shortened with "…" to fit ``max_width`` points."""
    if stringWidth(text, font, size) <= max_width:
        return text
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text + "…"


def _story(report: ReviewLogReport) -> list:
    st = styles()
    story = [*title_block(report, st), *verification_block(report.verification, st), *summary_block(report.items, st)]
    for n, item in enumerate(report.items, 1):
        story.append(PageBreak())
        story.extend(item_section(n, item, st))
    return story


def _render(report: ReviewLogReport, stream: Any) -> None:
    sans, _ = register_fonts()
    agency = report.agency or ""
    doc = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=TITLE,
        author=agency,
        subject=f"{TITLE}（生成于 {fmt_time(report.generated_at)}）",
        creator="Review Desk",
        keywords=f"{EXPORT_MARK}{report.export_id}" if report.export_id else "",
        invariant=1,
        initialFontName=sans,  # the page preamble's font: no non-embedded Helvetica reference
    )
    header_left = f"{TITLE} · {agency}" if agency else TITLE
    header_right = f"生成时间 {fmt_time(report.generated_at)}"
    alarm = "" if report.verification.ok else "警告：日志校验未通过"
    canvasmaker = partial(_NumberedCanvas, header_left=header_left, header_right=header_right, alarm=alarm)
    doc.build(_story(report), canvasmaker=canvasmaker)


def write_review_log_pdf(report: ReviewLogReport, out_path: str | Path) -> None:
    """Write ``report`` as a PDF to ``out_path``, atomically (replacing any existing file).

    Raises whatever rendering or writing raised (``OSError``, reportlab errors); the
    destination is then untouched and no temporary file is left behind.
    """
    write_atomically(out_path, lambda stream: _render(report, stream))
