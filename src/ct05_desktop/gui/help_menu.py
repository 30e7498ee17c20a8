"""The Help menu: the user guide (offline, shipped with the program), and About (the
version, and where the database, its backups and the log are: what a clerk is asked for
when something goes wrong)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout

from ct05_desktop import __version__
from ct05_desktop.files.app_dirs import guide_path, log_path
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.workflows.backups import backups_folder

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


def add_help_menu(window: MainWindow) -> None:
    # the main window's words (its context, as its own tr() would look them up)
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = QAction(QCoreApplication.translate("MainWindow", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: show_guide(window))
    menu.addAction(guide)
    about = QAction(QCoreApplication.translate("MainWindow", "&About CT05 Desktop"), window)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)


def show_guide(window: MainWindow) -> QDialog:
    """The user guide, shipped with the program: read offline, its pictures beside it."""
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "User guide"))
    size_to_screen(dialog, 900, 700)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(True)
    browser.setSource(QUrl.fromLocalFile(str(guide_path())))
    _fit_pictures(browser, 820)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    dialog.setModal(False)
    dialog.show()
    return dialog


def about_text(window: MainWindow) -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "CT05 Desktop {0}\nEntering, consolidating and reporting the results of "
        "Directive 05-CT/TW.\n\nDatabase: {1}\nBackups: {2}\nLog: {3}",
    ).format(__version__, window.session.path, backups_folder(window.session), log_path())


def show_about(window: MainWindow) -> None:
    title = QCoreApplication.translate("MainWindow", "About CT05 Desktop")
    QMessageBox.about(window, title, about_text(window))


def _fit_pictures(browser: QTextBrowser, width: int) -> None:
    """The guide's screenshots shown at most width pixels wide (no sideways scrolling)."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            picture = fragment.charFormat().toImageFormat()
            if picture.isValid():
                image = browser.loadResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    browser.source().resolved(QUrl(picture.name())),
                )
                if isinstance(image, QByteArray | bytes):
                    image = QImage.fromData(image)
                if isinstance(image, QImage | QPixmap) and image.width() > width:
                    picture.setWidth(width)
                    picture.setHeight(image.height() * width / image.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(picture)
            fragments += 1
        block = block.next()
