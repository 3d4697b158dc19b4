"""Make Chinese text render on machines without a CJK font by registering the bundled font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from review_desk.core.paths import resource

BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")


def install_bundled_font(app: QGuiApplication) -> str | None:
    """Register the bundled font; make it the application font when the system lacks CJK glyphs.

    Returns the family used for Chinese text, or ``None`` if the font file is missing.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource(*BUNDLED_FONT)))
    if font_id < 0:
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    system_has_cjk = any(
        fam != family and QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(fam)
        for fam in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    )
    if not system_has_cjk:
        font = QFont(app.font())
        font.setFamilies([family])
        app.setFont(font)
    return family
