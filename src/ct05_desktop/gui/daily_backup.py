"""The day's first backup made after the window has opened, on the thread pool (domain.md
§10): a big database's copy and its check take seconds, and the clerk starts working
meanwhile. A backup already made today, or a database with nothing in it, makes none. A
folder where the backup cannot be written is said in the status bar (the work goes on);
a copy that fails its check says the database is damaged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ct05_desktop.gui import crash
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.workflows.backups import daily_backup_skipped

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


def back_up_daily(window: MainWindow) -> Operation:
    """Start the day's backup of the window's database (the operation's session makes it
    as it opens, when it is due)."""

    def failed(exc: BaseException) -> None:
        title = QCoreApplication.translate("DailyBackup", "The day's backup")
        crash.tell(window, title, exc)

    return run_operation(
        window.session.path,
        lambda session, _progress: daily_backup_skipped(session),
        window,
        succeeded=window.backup_skipped,
        failed=failed,
    )
