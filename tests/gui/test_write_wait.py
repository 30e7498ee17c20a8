"""A save in the window while another program holds the database for writing: the window
goes on answering (a 50 ms timer keeps firing) instead of freezing up to ten seconds,
says whom it waits for, saves once the other program is done, and a Stop gives the save
up with nothing written."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ct05_desktop.gui.form_model import COL_VALUE
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session, StorageError

from .conftest import longest_pause, ticking


def members(db_path: Path) -> int | None:
    with Session(db_path) as session:
        return session.repo.unit_values("SL.ML", 2019).get("members_total")


def type_members(window: MainWindow, value: str) -> None:
    assert window.org_panel.select("SL.ML")
    form = window.form.model
    assert form.setData(form.index(form.row_of("members_total"), COL_VALUE), value)


def held(db_path: Path) -> sqlite3.Connection:
    """Another program's connection, holding the write lock."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def waiting_dialog() -> QProgressDialog | None:
    found = QApplication.activeModalWidget()
    return found if isinstance(found, QProgressDialog) else None


def test_a_save_waits_with_the_window_answering(window: MainWindow, db_path: Path) -> None:
    type_members(window, "6234")
    other = held(db_path)
    seen: list[str] = []

    def look_then_release() -> None:
        dialog = waiting_dialog()
        seen.append(dialog.labelText() if dialog is not None else "")
        other.execute("COMMIT")  # the other program is done

    QTimer.singleShot(2000, look_then_release)
    with ticking() as ticks:
        result = window.form.save()
    other.close()
    assert result.ok and members(db_path) == 6234
    assert seen and "Đang chờ chương trình khác ghi xong" in seen[0]
    pause = longest_pause(ticks)
    # frozen, the window let no tick through for the 2 s; waiting, it answers each try
    assert len(ticks) >= 5 and pause < 1.0, f"longest pause {pause:.3f} s"
    assert waiting_dialog() is None  # gone once the save went through


def test_stop_waiting_gives_the_save_up(window: MainWindow, db_path: Path) -> None:
    before = members(db_path)
    type_members(window, "7777")
    other = held(db_path)

    def stop() -> None:
        dialog = waiting_dialog()
        assert dialog is not None
        dialog.cancel()

    QTimer.singleShot(1200, stop)
    try:
        with pytest.raises(StorageError) as refused:
            window.form.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.code == "db_wait_given_up"
    assert members(db_path) == before
    assert window.form.model.pending == {"members_total": "7777"}  # still on screen
    assert waiting_dialog() is None
