"""Every string the window shows has a Vietnamese translation, Qt's own buttons included."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from ct05_desktop.gui import i18n

GUI = Path(__file__).resolve().parents[1] / "src" / "ct05_desktop" / "gui"


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every self.tr("…") and QCoreApplication.translate("ctx", "…")."""
    found: set[tuple[str, str]] = set()
    for path in GUI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.add((cls.name, node.args[0].value))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))  # type: ignore[union-attr]
    return found


def translations(catalogue: str) -> dict[tuple[str, str], str]:
    out = {}
    root = ET.parse(i18n.ts_path("vi", catalogue)).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = tr.text or "".join(n.text or "" for n in tr.iter("numerusform"))
            out[(name, msg.findtext("source"))] = text
    return out


def test_every_window_string_is_translated() -> None:
    strings = source_strings()
    assert len(strings) > 60
    done = translations("ct05")
    missing = sorted(s for s in strings if not done.get(s))
    assert missing == []


def test_qt_standard_buttons_and_menus_are_translated() -> None:
    done = translations("qt")
    for key in [
        ("QPlatformTheme", "OK"),
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "&Yes"),
        ("QPlatformTheme", "&No"),
        ("QPlatformTheme", "Save"),
        ("QPlatformTheme", "Discard"),
        ("QLineEdit", "&Paste"),
        ("QLineEdit", "Select All"),
    ]:
        assert done.get(key), key


def test_translations_compile_and_translate(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    installed = i18n.install_translators(qapp, "vi")
    try:
        assert len(installed) == 2
        assert QCoreApplication.translate("OrgTreeModel", "not entered") == "chưa nhập"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    finally:
        i18n.remove_translators(installed)  # the tests after it run in their language
