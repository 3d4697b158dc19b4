"""Replaces PyInstaller's hook for PySide6.QtGui (user hooks take priority): the same collection,
then only the Qt plugins a QtWidgets desk with no images needs.  Dropping the others before the
binary analysis also keeps their libraries out (QtNetwork, QtSvg, QtOpenGL, QtWaylandClient, the
GTK stack of the gtk3 platform theme).

Kept: platforms xcb / windows / offscreen / minimal (cocoa on macOS), the xcb GL integrations, the
input-method contexts (ibus, compose: Chinese input on Linux).  Dropped: wayland (Qt falls back to
xcb under XWayland), eglfs / linuxfb / vnc, platform themes (Qt's own dialogs are used), image
formats and the SVG icon engine (the desk shows no images; PNG is built into QtGui).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP = {
    "platforms": {"qxcb", "qwindows", "qoffscreen", "qminimal", "qcocoa"},
    "xcbglintegrations": None,  # None: every plugin of this type
    "platforminputcontexts": None,
    "styles": None,
}


def _keep(src: str, dest: str) -> bool:
    parts = PurePath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True  # not a plugin
    plugin_type = "/".join(parts[parts.index("plugins") + 1:])
    if plugin_type not in KEEP:
        return False
    name = PurePath(src).name.split(".")[0]
    name = name[3:] if name.startswith("lib") else name
    return KEEP[plugin_type] is None or name in KEEP[plugin_type]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
