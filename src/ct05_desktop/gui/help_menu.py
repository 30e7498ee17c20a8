"""The Help menu: About (the version, and where the database, its backups and the log
are: what a clerk is asked for when something goes wrong)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ct05_desktop import __version__
from ct05_desktop.paths import log_path
from ct05_desktop.workflows.backups import backups_folder

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


def add_help_menu(window: MainWindow) -> None:
    # the main window's words (its context, as its own tr() would look them up)
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About CT05 Desktop"), window)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)


def about_text(window: MainWindow) -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "CT05 Desktop {0}\nEntering, consolidating and reporting the results of "
        "Directive 05-CT/TW.\n\nDatabase: {1}\nBackups: {2}\nLog: {3}",
    ).format(__version__, window.session.path, backups_folder(window.session), log_path())


def show_about(window: MainWindow) -> None:
    title = QCoreApplication.translate("MainWindow", "About CT05 Desktop")
    QMessageBox.about(window, title, about_text(window))
