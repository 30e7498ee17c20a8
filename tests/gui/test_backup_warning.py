"""A backups folder the day's backup could not be written in: the window opens all the
same and says so in words, naming the folder."""

import errno

from PySide6.QtCore import QSettings

from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session


def test_the_window_says_the_days_backup_was_not_made(
    qtbot, demo: Session, vietnamese: None
) -> None:  # type: ignore[no-untyped-def]
    QSettings().clear()
    demo.db.backup_fault = NotADirectoryError(errno.ENOTDIR, "Not a directory", "backups")
    win = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(win)
    said = win.statusBar().currentMessage()
    assert said.startswith("Chưa sao lưu được trong ngày vào thư mục")
    assert "backups" in said
