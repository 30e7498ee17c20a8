"""Issue 22: what the packaging checks without Windows: the Qt parts left out by their
names on both systems, the installer script read as UTF-8 wherever it is compiled, and an
uninstaller that removes only what was installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NSI = ROOT / "packaging" / "windows" / "ct05.nsi"
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

from file_list import file_list  # noqa: E402
from trimming import wanted  # noqa: E402

DROPPED = [
    # Windows' names (PySide6's wheel for Windows has no Qt/ folder, and no "lib")
    r"PySide6\translations\qtbase_de.qm",
    r"PySide6\translations\qt_ja.qm",
    r"PySide6\Qt6Quick.dll",
    r"PySide6\Qt6Qml.dll",
    r"PySide6\Qt6Network.dll",
    r"PySide6\plugins\imageformats\qtiff.dll",
    r"PySide6\plugins\imageformats\qwebp.dll",
    r"PySide6\plugins\imageformats\qpdf.dll",
    r"PySide6\plugins\platforms\qminimal.dll",
    r"PySide6\plugins\platforms\qdirect2d.dll",
    r"PySide6\plugins\iconengines\qsvgicon.dll",
    r"PySide6\plugins\generic\qtuiotouchplugin.dll",
    # Linux's
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "libgtk-3.so.0",
]
KEPT = [
    r"PySide6\Qt6Core.dll",
    r"PySide6\Qt6Widgets.dll",
    r"PySide6\Qt6Charts.dll",
    r"PySide6\opengl32sw.dll",
    r"PySide6\plugins\platforms\qwindows.dll",
    r"PySide6\plugins\platforms\qoffscreen.dll",
    r"PySide6\plugins\imageformats\qpng.dll",
    r"PySide6\plugins\styles\qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "ct05_desktop/resources/i18n/qt_vi.qm",
]


@pytest.mark.parametrize("name", DROPPED)
def test_unused_qt_parts_are_left_out_by_either_systems_names(name: str) -> None:
    assert not wanted(name)


@pytest.mark.parametrize("name", KEPT)
def test_what_the_program_needs_is_kept(name: str) -> None:
    assert wanted(name)


def test_the_installer_script_is_read_as_utf8_wherever_it_is_compiled() -> None:
    """Windows' makensis reads a script without a BOM in the ANSI code page ("Dá»¯
    liá»‡u"): the script has a BOM, every build passes /INPUTCHARSET UTF8, and the
    script stops a build that read it otherwise."""
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Dữ liệu của bạn" in text and '!if "${EXPECT_VI}" != "Dữ liệu của bạn"' in text
    build = (ROOT / "packaging" / "build.sh").read_text("utf-8")
    workflow = (ROOT / ".github" / "workflows" / "windows-package.yml").read_text("utf-8")
    assert "-INPUTCHARSET" in build and "EXPECT_VI" in build
    assert "/INPUTCHARSET UTF8" in workflow and "EXPECT_VI" in workflow


def test_the_uninstaller_removes_only_what_was_installed(tmp_path: Path) -> None:
    """`RMDir /r "$INSTDIR"` with a free folder page: a clerk typing D:\\Tài liệu lost it on
    uninstall. The program gets a folder of its own; the uninstaller deletes the bundle's
    files one by one, and a folder only once empty."""
    text = NSI.read_text("utf-8-sig")
    code = [line.split(";")[0] for line in text.splitlines()]
    assert not [line for line in code if re.search(r"RMDir\s+/r", line, re.IGNORECASE)]
    assert "Function FolderOfItsOwn" in text and 'StrCpy $INSTDIR "$INSTDIR\\${FOLDER}"' in text
    bundle = tmp_path / "ct05-desktop"
    (bundle / "_internal" / "PySide6" / "plugins").mkdir(parents=True)
    (bundle / "ct05.exe").write_bytes(b"")
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"")
    (bundle / "_internal" / "PySide6" / "plugins" / "q$x.dll").write_bytes(b"")
    listed = file_list(bundle).splitlines()[1:]
    assert listed == [
        'Delete "$INSTDIR\\_internal\\PySide6\\Qt6Core.dll"',
        'Delete "$INSTDIR\\_internal\\PySide6\\plugins\\q$$x.dll"',
        'Delete "$INSTDIR\\ct05.exe"',
        'RMDir "$INSTDIR\\_internal\\PySide6\\plugins"',
        'RMDir "$INSTDIR\\_internal\\PySide6"',
        'RMDir "$INSTDIR\\_internal"',
    ]


def test_the_installer_guards_an_office_pc() -> None:
    text = NSI.read_text("utf-8-sig")
    for needed in (
        "${RunningX64}",  # 64-bit
        "${AtLeastBuild} 10240",  # Windows 10
        "Function ${PREFIX}RefuseWhileRunning",  # install and uninstall wait while it runs
        '!insertmacro RefuseWhileRunning "un."',
        "${VersionCompare}",  # a downgrade asks first
        "ExecWait '\"$0\\uninstall.exe\" /S _?=$0'",  # the previous version first
        "MUI_LANGDLL_REGISTRY_VALUENAME",  # the language remembered
        "VIProductVersion",
        "EstimatedSize",
        "$(CLI_LINK).lnk",
        'Section /o "$(SEC_DESKTOP)"',
    ):
        assert needed in text, needed


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed")
def test_a_script_read_in_an_ansi_code_page_stops_the_build(tmp_path: Path) -> None:
    """The script without its BOM, read as a Western Windows would: the build stops."""
    stripped = tmp_path / "ct05.nsi"
    stripped.write_bytes(NSI.read_bytes()[3:])
    done = subprocess.run(
        [
            "makensis",
            "-V1",
            "-INPUTCHARSET",
            "CP1252",
            "-DEXPECT_VI=Dữ liệu của bạn",
            str(stripped),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "was not read as UTF-8" in done.stdout + done.stderr


def test_a_portable_copy_keeps_its_data_beside_the_programs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The zip for PCs where installing is not allowed: with the marker beside the
    programs, the database (and backups, log, cache) go into data/ there; without it, to
    the user's folder as installed."""
    from ct05_desktop.files import app_dirs as paths

    folder = tmp_path / "CT05 Desktop"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "ct05.exe"))
    monkeypatch.delenv("CT05_DB", raising=False)
    assert paths.portable_dir() is None and paths.default_db_path().parent != folder / "data"
    (folder / paths.PORTABLE_MARKER).write_text("", "utf-8")
    assert paths.default_db_path() == folder / "data" / "ct05.db"
    assert paths.log_path().is_relative_to(folder / "data")
    assert paths.user_cache_dir() == folder / "data" / "cache"
