"""Faults told, bugs logged and shown. A refusal or an expected fault (a file open in
Excel, a full disk, the database busy) is told in words in the window's language; anything
else is a bug: a rotating log in the user's data folder receives every uncaught exception
(also those raised inside Qt slots, which PySide6 hands to sys.excepthook) and Qt's own
warnings, and a dialog tells the person where the log is."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ct05_desktop.files.app_dirs import log_path
from ct05_desktop.gui import i18n
from ct05_desktop.workflows.faults import words_for

LOG = logging.getLogger("ct05_desktop")


def install(path: Path | None = None, qt_messages: bool = True) -> Path:
    """Log to path (the user's data folder by default) and show uncaught exceptions;
    qt_messages: route Qt's warnings to the log too."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.handlers = [handler]
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
    sys.excepthook = lambda kind, exc, tb: report_bug(kind, exc, tb, path)
    _RELAY[:] = [_Relay(QCoreApplication.instance())]  # made on the GUI thread
    # a hard crash (a fault in Qt or SQLite's C code) leaves its threads' stacks here
    native = open(path.with_name("crash-native.log"), "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(native, all_threads=True)  # the file stays open while the program runs
    for earlier in _NATIVE:
        earlier.close()
    _NATIVE[:] = [native]
    if qt_messages:
        qInstallMessageHandler(_qt_message)
    return path


def tell(
    parent: QWidget | None, title: str, exc: BaseException, name: str | Path | None = None
) -> None:
    """A refusal or an expected fault in words, in the window's language (name: the file
    being read or written); anything else is a bug, shown with the crash dialog."""
    text = words_for(exc, i18n.window_language(), name)
    if text is None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return
    LOG.info("told: %s", words_for(exc, "en", name))
    QMessageBox.warning(parent, title, text)


def report_bug(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None, path: Path
) -> None:
    """Write the traceback to the log and tell the person: an expected fault that escaped
    a slot (the database busy, a full disk) in words; a bug with the log's path."""
    trace = "".join(traceback.format_exception(kind, exc, tb))
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        # a worker thread builds no widget: logged here, shown by the GUI thread
        LOG.error("uncaught exception in a worker thread\n%s", trace)
        if _RELAY and shiboken6.isValid(_RELAY[0]):
            _RELAY[0].raised.emit(kind, exc, path)
        return
    text = words_for(exc, i18n.window_language())
    if text is not None:
        LOG.warning("expected fault outside a handler\n%s", trace)
        if QApplication.instance() is not None:
            QMessageBox.warning(None, QCoreApplication.translate("Crash", "Not done"), text)
        return
    LOG.error("uncaught exception\n%s", trace)
    _show(kind, exc, path)


def _show(kind: type[BaseException], exc: BaseException, path: Path) -> None:
    """The crash dialog, on the GUI thread."""
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Crash", "Program error"),
        QCoreApplication.translate(
            "Crash",
            "CT05 Desktop met an error it did not expect: {0}\n\nNothing more was saved than "
            "what you had saved before. The details are in the log file:\n{1}\n\nPlease send "
            "this file to whoever supports the program.",
        ).format(f"{kind.__name__}: {exc}", path),
    )


class _Relay(QObject):
    """Carries a worker thread's bug to the GUI thread, which shows it."""

    raised = Signal(object, object, object)  # kind, exception, the log's path

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.raised.connect(self._raised)

    def _raised(self, kind: type[BaseException], exc: BaseException, path: Path) -> None:
        text = words_for(exc, i18n.window_language())
        if text is not None:
            QMessageBox.warning(None, QCoreApplication.translate("Crash", "Not done"), text)
        else:
            _show(kind, exc, path)


_RELAY: list[_Relay] = []
_NATIVE: list[TextIO] = []


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    level = logging.WARNING if kind == QtMsgType.QtWarningMsg else logging.INFO
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        level = logging.ERROR
    LOG.log(level, "Qt: %s", message)
