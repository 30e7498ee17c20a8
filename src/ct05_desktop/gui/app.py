"""Starting the window: the database, the language, the first run."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ct05_desktop.domain.sources import FORM
from ct05_desktop.files.app_dirs import default_db_path, portable_dir, resources_dir
from ct05_desktop.gui import crash, i18n
from ct05_desktop.gui.daily_backup import back_up_daily
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.backups import backups_beside, restore_over_damaged
from ct05_desktop.workflows.reading import has_tree
from ct05_desktop.workflows.session import (
    Session,
    StorageError,
    keep_years_between_tasks,
    open_elsewhere,
    window_lock_file,
)
from ct05_desktop.workflows.setup import init_database, load_demo

READ_AHEAD_MS = 400  # after the window has shown its first unit, while the clerk looks


def open_session(path: Path, ask_demo: bool = True) -> Session:
    """Open the database; on the first run create it and offer the demo data."""
    first_run = not path.exists()
    session = Session(path, daily_backup=False)  # made once the window is up
    if not has_tree(session):
        init_database(session)
        first_run = True
    if first_run and ask_demo:
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("App", "Welcome to CT05 Desktop"),
            QCoreApplication.translate(
                "App",
                "A new database was created with the default organisation tree:\n{0}\n\n"
                "Load the demo data (the figures of the Son La article) to try the program?",
            ).format(path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            load_demo(session)
    return session


def claim_database(path: Path, lang: str) -> QLockFile | None:
    """One window per database: a lock file beside it, held while the window is open
    (left by a window that crashed, it is taken over). None, once the clerk has been told
    which window has it, when another one holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(window_lock_file(path)))
    lock.setStaleLockTime(0)  # stale only when the process that took it is gone
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return lock  # a folder it cannot write in: opening the database will say so
    info: tuple[object, ...] = tuple(lock.getLockInfo())  # (pid, host name, program name)
    pid, host = int(str(info[0])), str(info[1])
    QMessageBox.warning(
        None,
        QCoreApplication.translate("App", "Already open"),
        open_elsewhere(path, pid, host).words(lang),
    )
    return None


def open_or_restore(path: Path, lang: str) -> Session | None:
    """Open the database; when it is damaged and has backups, offer the newest (the damaged
    file kept aside); None, once told why, when it cannot be opened."""
    title = QCoreApplication.translate("App", "Cannot open the database")
    try:
        return open_session(path)
    except StorageError as exc:
        newest = backups_beside(path)[:1] if exc.code == "db_damaged" else []
        if not newest:
            QMessageBox.critical(None, title, exc.words(lang))
            return None
        question = QCoreApplication.translate(
            "App",
            "Restore the newest backup, of {0}? The damaged file is kept in the backups folder.",
        ).format(newest[0].made.strftime("%d/%m/%Y %H:%M"))
        answer = QMessageBox.question(None, title, exc.words(lang) + "\n\n" + question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        restore_over_damaged(path, newest[0].path, FORM, from_window=True)
        return open_session(path)
    except StorageError as exc:
        QMessageBox.critical(None, title, exc.words(lang))
        return None


def read_ahead(window: MainWindow) -> None:
    """The history's years computed in the background a moment after the first unit's
    figures are shown: a large tree's are rolled up first, and the two at once would
    only slow each other down."""

    def soon() -> None:
        QTimer.singleShot(READ_AHEAD_MS, window.history.read_ahead)

    if window.form.model.rolling:
        window.form.figures_shown.connect(soon, Qt.ConnectionType.SingleShotConnection)
    else:
        soon()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ct05-desktop")
    parser.add_argument("--db", dest="database", type=Path, default=None)
    parser.add_argument("--year", type=int, default=None)
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    portable = portable_dir()
    if portable is not None:  # the settings beside the data, not in the registry
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable / "settings")
        )
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("CT05Desktop")
    app.setApplicationName("CT05 Desktop")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ct05-256.png")))
    crash.install()
    lang = i18n.chosen_language()
    i18n.install_translators(app, lang)
    path = args.database or default_db_path()
    keep_years_between_tasks()
    lock = claim_database(path, lang)
    if lock is None:
        return 3
    session = open_or_restore(path, lang)
    if session is None:
        return 2
    window = MainWindow(session, lang, args.year)
    window.show()
    back_up_daily(window)
    read_ahead(window)
    code = app.exec()
    session.close()
    lock.unlock()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
