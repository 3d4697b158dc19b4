"""The desk's shared register setting: a ``postgresql://`` URL stored in ``QSettings`` under
``register/database_url`` (``REVIEW_DESK_DATABASE_URL`` wins over it, as on the command line);
empty means the desk's own log in its data folder.  It takes effect when the desk next opens its log."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from review_desk.core.home import database_url

SETTINGS_KEY = "register/database_url"


def register_url(settings: QSettings | None = None) -> str | None:
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return database_url(None, value.strip() if isinstance(value, str) else None)


def set_register_url(url: str | None, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, (url or "").strip())
    settings.sync()
