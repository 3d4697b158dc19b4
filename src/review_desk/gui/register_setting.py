"""The desk's shared register setting: a ``postgresql://`` URL stored in ``QSettings`` under
``register/database_url`` (``REVIEW_DESK_DATABASE_URL`` wins over it, as on the command line);
empty means the desk's own log in its data folder.  The desk's File menu sets it (Shared register…);
it takes effect when the desk starts again.  A password belongs in the user's ``~/.pgpass``
(``%APPDATA%\\postgresql\\pgpass.conf``), not in the URL: the settings file is plain text."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from review_desk.core.home import database_url

SETTINGS_KEY = "register/database_url"


def stored_register_url(settings: QSettings | None = None) -> str:
    """The URL stored in the desk's settings ("" for none)."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def register_url(settings: QSettings | None = None) -> str | None:
    """The register the desk uses: ``REVIEW_DESK_DATABASE_URL``, else the stored URL, else None."""
    return database_url(None, stored_register_url(settings))


def set_register_url(url: str | None, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, (url or "").strip())
    settings.sync()
