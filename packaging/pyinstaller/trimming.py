"""The parts of Qt no part of the program uses, left out of the bundle by their file
names, as they are on Linux (libQt6Quick.so.6, plugins/imageformats/libqtiff.so,
PySide6/Qt/translations/) and on Windows (Qt6Quick.dll, plugins\\imageformats\\qtiff.dll,
PySide6\\translations\\): a list written for one system's names only kept ~7 MB of Qt's
translations in the Windows bundle. Used by ct05.spec; tests check both systems' names."""

from __future__ import annotations

import re

# whole Qt modules, by the name their library has on both systems (Qt6Quick in
# libQt6Quick.so.6 and Qt6Quick.dll), and libraries only unused plugins pull in
_MODULES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "Qt6WebEngine",
    "Qt6Network",
    "Qt6Svg",
    "Qt6Multimedia",
    "Qt6Graphs",
    "Qt6DataVisualization",
    "Qt63D",
    "Qt6Designer",
    "Qt6Sql",
    "Qt6Test",
    "Qt6Xml",
    "Qt6Positioning",
    "Qt6Sensors",
    "Qt6SerialPort",
    "Qt6Bluetooth",
    "Qt6Nfc",
    "Qt6RemoteObjects",
    "Qt6Scxml",
    "Qt6ShaderTools",
    "Qt6SpatialAudio",
    "Qt6TextToSpeech",
    "Qt6WebChannel",
    "Qt6WebSockets",
    "Qt6HttpServer",
    "Qt6Location",
    "Qt6Help",
    "Qt6Concurrent",
    "Qt6Charts3D",
    "Qt6EglFs",
    "virtualkeyboard",
    "libgtk-3",
    "libgdk-3",
    "libpango",
    "libcairo",
    "libatk",
    "libtiff",
    "libwebp",
)
# plugins, with or without the "lib" of Linux and whatever their ending
_PLUGINS = (
    "platformthemes/(lib)?qgtk3",
    "imageformats/(lib)?q(pdf|tiff|webp|icns|tga|wbmp|svg)",
    "platforms/(lib)?q(eglfs|linuxfb|minimal|vkkhrdisplay|vnc|direct2d)",
    "egldeviceintegrations/",
    "generic/(lib)?qtuiotouchplugin",  # needs QtNetwork
    "iconengines/(lib)?qsvgicon",  # needs QtSvg
    "wayland-decoration-client/(lib)?adwaita",  # needs QtSvg; the bradient decoration stays
)
# Qt's own translations in 40 languages (the program ships qt_vi.qm) and WebEngine's
_FOLDERS = ("PySide6/Qt/translations/", "PySide6/translations/", "translations/qtwebengine")

DROPPED = re.compile(
    "|".join(
        [re.escape(m) for m in _MODULES]
        + [f"plugins/{p}" if not p.startswith("egl") else p for p in _PLUGINS]
        + [re.escape(f) for f in _FOLDERS]
    )
)
KEPT = ("opengl32sw",)  # Windows loads it at run time, when OpenGL drivers are missing


def wanted(name: str) -> bool:
    """Whether a file of the bundle (its path inside it, / or \\) is kept."""
    name = name.replace("\\", "/")
    return any(k in name for k in KEPT) or DROPPED.search(name) is None


def trimmed(entries: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """PyInstaller's TOC entries (destination name first) without the unused parts."""
    return [entry for entry in entries if wanted(entry[0])]
