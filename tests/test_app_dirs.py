"""The program's folders come from platformdirs and stay where every earlier version put
them, so that no clerk's database is left behind after an update (files/app_dirs.py)."""

from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest

from ct05_desktop.files import app_dirs


def test_windows_keeps_the_database_in_appdata_roaming(monkeypatch: pytest.MonkeyPatch) -> None:
    """%APPDATA%\\CT05Desktop: roaming, no company folder (appauthor=False); the cache in
    %LOCALAPPDATA%\\CT05Desktop without platformdirs' "Cache" folder under it."""
    monkeypatch.setattr(app_dirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    monkeypatch.setenv("APPDATA", r"C:\Users\Văn thư\AppData\Roaming")
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\Văn thư\AppData\Local")
    monkeypatch.delenv("CT05_DB", raising=False)

    def windows(path: Path) -> PureWindowsPath:
        return PureWindowsPath(str(path))

    assert windows(app_dirs.user_data_dir()) == PureWindowsPath(
        r"C:\Users\Văn thư\AppData\Roaming\CT05Desktop"
    )
    assert windows(app_dirs.default_db_path()) == PureWindowsPath(
        r"C:\Users\Văn thư\AppData\Roaming\CT05Desktop\ct05.db"
    )
    assert windows(app_dirs.log_path()) == PureWindowsPath(
        r"C:\Users\Văn thư\AppData\Roaming\CT05Desktop\logs\ct05.log"
    )
    assert windows(app_dirs.user_cache_dir()) == PureWindowsPath(
        r"C:\Users\Văn thư\AppData\Local\CT05Desktop"
    )


def test_linux_keeps_the_xdg_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CT05_DB", raising=False)
    assert app_dirs.user_data_dir() == tmp_path / "data" / "CT05Desktop"
    assert app_dirs.default_db_path() == tmp_path / "data" / "CT05Desktop" / "ct05.db"
    assert app_dirs.user_cache_dir() == tmp_path / "cache" / "CT05Desktop"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert app_dirs.user_data_dir() == tmp_path / "home" / ".local" / "share" / "CT05Desktop"
    assert app_dirs.user_cache_dir() == tmp_path / "home" / ".cache" / "CT05Desktop"


def test_ct05_db_names_the_database_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CT05_DB", str(tmp_path / "khác.db"))
    assert app_dirs.default_db_path() == tmp_path / "khác.db"


def test_macos_keeps_application_support(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs.macos

    monkeypatch.setattr(app_dirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME")  # (set for the tests; a Mac seldom has it)
    assert app_dirs.user_data_dir() == tmp_path / "Library" / "Application Support" / "CT05Desktop"
