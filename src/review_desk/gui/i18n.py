"""Interface language: the stored choice and the Qt translators that apply it.

The source strings of the desk are English (``self.tr("…")``); Chinese comes from
``resources/translations/review_desk_zh_CN.qm``, compiled from the ``.ts`` file by
``make translations`` (``make ts`` refreshes the ``.ts`` from the code).  Qt's own
``qtbase_zh_CN.qm`` is loaded too, so standard dialogs and buttons (OK, Cancel, file dialogs)
speak the same language.

The choice is stored in ``QSettings`` under ``ui/language`` and takes effect at the next start
(:func:`install_translators` is called once, before the first window is built).  A missing
``.qm`` falls back to the English source strings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from review_desk.core.paths import resource

LANGUAGES: dict[str, str] = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"

_TRANSLATOR_NAME = "review_desk.i18n"


def translation_file(code: str) -> Path:
    """The compiled translation of the desk's own strings for ``code``."""
    return resource("translations", f"review_desk_{code}.qm")


def qt_translations_dir() -> str:
    """Qt's bundled translations (``qtbase_*.qm``) shipped with PySide6."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language(settings: QSettings | None = None) -> str:
    """The stored interface language (a key of :data:`LANGUAGES`); ``zh_CN`` when unset or unknown."""
    value = (settings or QSettings()).value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str, settings: QSettings | None = None) -> None:
    """Store the interface language; it applies from the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the translators a previous :func:`install_translators` call put on ``app``."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == _TRANSLATOR_NAME:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _loaded(app: QCoreApplication, path: str | Path) -> QTranslator | None:
    """A translator (child of ``app``, not yet installed) holding ``path``; ``None`` if it won't load."""
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(str(path)):
        return translator
    translator.setParent(None)
    return None


def install_translators(app: QCoreApplication, settings: QSettings | None = None,
                        language: str | None = None) -> str:
    """Install the translators for the stored (or given) language; return the language in effect.

    ``"en"`` needs none.  For another language the desk's ``.qm`` must load; Qt's own
    ``qtbase_<code>.qm`` is then added for the standard dialogs.  If the desk's file is missing or
    unreadable nothing is installed and the English source strings are used (``"en"`` is returned).
    Calling it again replaces the earlier translators.
    """
    remove_translators(app)
    code = language if language is not None else current_language(settings)
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    if code == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    own = _loaded(app, translation_file(code))
    if own is None:
        return SOURCE_LANGUAGE
    qt_dir = Path(qt_translations_dir())
    for name in (f"qtbase_{code}.qm", f"qt_{code}.qm"):  # qt_<code> is the older meta-catalogue
        qt = _loaded(app, qt_dir / name) if (qt_dir / name).is_file() else None
        if qt is not None:
            QCoreApplication.installTranslator(qt)
            break
    QCoreApplication.installTranslator(own)  # installed last: searched first
    return code
