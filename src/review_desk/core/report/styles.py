"""Fonts, colours and paragraph styles of the review log PDF.

The bundled WenQuanYi Micro Hei collection is registered as two TrueType fonts (proportional
and monospaced subfaces), so reportlab embeds a subset of it: every string, Chinese or not,
is set in it.  reportlab's CID fonts (STSong-Light) are never used, since they are not embedded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.paths import resource

SANS = "ReviewDeskSans"
MONO = "ReviewDeskMono"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#59636e")
RULE = colors.HexColor("#b8c0c8")
HEADER_BG = colors.HexColor("#2f4a6d")
LABEL_BG = colors.HexColor("#eef2f6")
STRIPE_BG = colors.HexColor("#f7f9fb")
OK = colors.HexColor("#1a7f37")
BAD = colors.HexColor("#cf222e")
OK_BG = colors.HexColor("#eaf6ec")
BAD_BG = colors.HexColor("#fdecec")
MANUAL_INK = colors.HexColor("#9a6700")


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the bundled font once per process; returns the (sans, mono) font names."""
    path = resource(*FONT_FILE)
    if not path.is_file():
        raise ReviewDeskError(ErrorCode.RESOURCE_MISSING, f"The bundled font {path} is missing; reinstall Review Desk.",
                              str(path))
    for name, index in ((SANS, 0), (MONO, 1)):
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        # <b>/<i> in markup must not fall back to a non-embedded base-14 font.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return SANS, MONO


@dataclass(frozen=True)
class Styles:
    """The paragraph styles one document uses."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    mono_small: ParagraphStyle
    note: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    sans, mono = register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": sans, "fontSize": 9, "leading": 12.5, "textColor": INK}
        base["wordWrap"] = "CJK"  # break anywhere: Chinese text and long hex strings alike
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontSize=19, leading=25, alignment=TA_CENTER, spaceAfter=4),
        subtitle=style("subtitle", fontSize=10, leading=15, alignment=TA_CENTER, textColor=MUTED),
        h1=style("h1", fontSize=13, leading=18, spaceBefore=10, spaceAfter=6, textColor=HEADER_BG),
        h2=style("h2", fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=4, textColor=HEADER_BG),
        body=style("body"),
        cell=style("cell", fontSize=8, leading=10.5),
        cell_small=style("cell_small", fontSize=7, leading=9, textColor=MUTED),
        head=style("head", fontSize=8, leading=10.5, textColor=colors.white),
        label=style("label", fontSize=8.5, leading=11.5, textColor=MUTED),
        mono=style("mono", fontName=mono, fontSize=8, leading=11),
        mono_small=style("mono_small", fontName=mono, fontSize=7, leading=9),
        note=style("note", fontSize=7.5, leading=10, textColor=MUTED),
    )
