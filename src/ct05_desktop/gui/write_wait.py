"""A save made on the window's own thread while another program writes the database
(domain.md §10): the window goes on answering while the save waits its turn, and after a
moment says whom it waits for, with a Cancel that gives the save up (nothing written,
told in words). Without this, a save waited up to GUI_WRITE_WAIT_S with the window
frozen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.gui import i18n
from ct05_desktop.workflows.session import Session, StorageError

GUI_WRITE_WAIT_S = 10.0  # a save on the window's own thread waits this long for a writer
SHOW_AFTER_S = 0.5  # a wait shorter than this passes unseen


class WriteWait:
    """Told by the storage at each try of a waiting write (every quarter second)."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.dialog: QProgressDialog | None = None

    def attach(self, session: Session) -> None:
        session.when_waiting(self.waiting, limit=self.limit, over=self.over)

    def waiting(self, seconds: float) -> None:
        if self.dialog is None and seconds >= SHOW_AFTER_S:
            self.dialog = self._dialog()
        if self.dialog is None:  # before the dialog: no click may start another task
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return
        words = Refusal("db_waiting", seconds=int(seconds)).words(i18n.window_language())
        self.dialog.setLabelText(words[:1].upper() + words[1:])
        self.dialog.setValue(min(int(seconds), self.dialog.maximum() - 1))
        QCoreApplication.processEvents()  # the dialog is modal: only its Cancel is clickable
        if self.dialog.wasCanceled():
            raise StorageError("db_wait_given_up")

    def over(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _dialog(self) -> QProgressDialog:
        stop = QCoreApplication.translate("WriteWait", "Stop waiting")
        dialog = QProgressDialog("", stop, 0, 1, QApplication.activeWindow())
        dialog.setWindowTitle(QCoreApplication.translate("WriteWait", "Waiting to save"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        bar = QProgressBar(dialog)
        bar.setTextVisible(False)  # the seconds are in the words
        dialog.setBar(bar)
        dialog.setRange(0, int(self.limit) + 1)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.show()
        return dialog
