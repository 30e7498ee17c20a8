"""Translations: English source strings, Vietnamese by default.

The Vietnamese ``.ts`` file is the source; it is compiled to ``.qm`` with
``pyside6-lrelease`` (shipped with PySide6) into the user's cache folder the
first time, or whenever the ``.ts`` is newer. A packaged build ships the
``.qm`` beside the ``.ts`` instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ct05_desktop.domain.settings import LANGUAGE
from ct05_desktop.domain.wording import in_lang
from ct05_desktop.files.app_dirs import resources_dir, user_cache_dir
from ct05_desktop.gui import preferences

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"


CATALOGUES = ("ct05", "qt")  # the application's strings; Qt's own buttons and dialogs


def ts_path(lang: str = "vi", catalogue: str = "ct05") -> Path:
    return resources_dir() / "i18n" / f"{catalogue}_{lang}.ts"


def _lrelease() -> list[str] | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (
        folder / "lrelease",
        folder / "lrelease.exe",
        folder / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.exists():
            return [str(candidate)]
    script = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return [script] if Path(script).exists() else None


def compiled_qm(lang: str = "vi", catalogue: str = "ct05") -> Path | None:
    """The .qm for a language: shipped, cached, or compiled now. None if impossible."""
    source = ts_path(lang, catalogue)
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    cached = user_cache_dir() / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [*tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, check=False
    )
    return cached if result.returncode == 0 and cached.exists() else None


def chosen_language() -> str:
    lang = preferences.read(LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    preferences.write(LANGUAGE, lang)


_installed: list[str] = []  # the language the window speaks, once installed


def window_language() -> str:
    """The language of the running window (a choice made since applies at the next start)."""
    return _installed[-1] if _installed else chosen_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the translations for lang (none needed for English) and install them."""
    _installed.append(lang)
    QLocale.setDefault(
        QLocale(in_lang(lang, QLocale.Language.Vietnamese, QLocale.Language.English))
    )
    installed: list[QTranslator] = []
    if in_lang(lang, False, True):  # the window's own words are written in English
        return installed
    for catalogue in CATALOGUES:
        qm = compiled_qm(lang, catalogue)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(installed: list[QTranslator]) -> None:
    """Undo the last install_translators (tests that switch language for a while)."""
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    if _installed:
        _installed.pop()
    if _installed:
        vietnamese = _installed[-1] == "vi"
        QLocale.setDefault(
            QLocale(QLocale.Language.Vietnamese if vietnamese else QLocale.Language.English)
        )
    else:
        QLocale.setDefault(QLocale.system())
