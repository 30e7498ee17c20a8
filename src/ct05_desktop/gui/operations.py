"""Long work off the GUI thread, in the manner of Anki's CollectionOp: one runner on a
QThreadPool; each task opens its own connection to the database (WAL lets it read while
the window reads too), tells its progress, can be cancelled, and reports its result or
its error back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ct05_desktop.domain.progress import Cancelled, Progress
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.gui import i18n
from ct05_desktop.workflows.session import Session

Task = Callable[[Session, Progress], Any]


class Operation(QObject):
    """One task under way: its signals arrive on the GUI thread."""

    progressed = Signal(int, str)
    changed = Signal(object)  # Changes: what the task wrote, sent before how it ended
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._percent = 0
        self.running = True

    def cancel(self) -> None:
        """Ask the task to stop at its next progress step; it writes nothing then."""
        self._stop.set()

    def _tell(self, percent: int, step: str) -> None:
        if self._stop.is_set():
            raise Cancelled
        self._percent = percent
        self.progressed.emit(percent, step)

    def _waiting(self, seconds: float) -> None:
        """Another program is writing: said where the progress is shown; Stop gives up."""
        words = Refusal("db_waiting", seconds=int(seconds)).words(i18n.window_language())
        self._tell(self._percent, words)


class _Runnable(QRunnable):
    def __init__(self, path: Path, task: Task, operation: Operation) -> None:
        super().__init__()
        self.path, self.task, self.operation = path, task, operation

    def run(self) -> None:
        op = self.operation
        try:
            with Session(self.path) as session:
                session.when_waiting(op._waiting)
                try:
                    result = self.task(session, op._tell)
                finally:  # what was written before a stop or an error is told too
                    changes = session.take_changes()
                    if changes:
                        op.changed.emit(changes)
        except Cancelled:
            op.running = False
            op.cancelled.emit()
        except BaseException as exc:  # told on the GUI thread: words, or the crash dialog
            op.running = False
            op.failed.emit(exc)
        else:
            op.running = False
            op.succeeded.emit(result)


def run_operation(
    path: Path,
    task: Task,
    parent: QObject | None = None,
    *,
    progressed: Callable[[int, str], Any] | None = None,
    changed: Callable[[Any], Any] | None = None,
    succeeded: Callable[[Any], Any] | None = None,
    failed: Callable[[BaseException], Any] | None = None,
    cancelled: Callable[[], Any] | None = None,
) -> Operation:
    """Start task(session, progress) on the thread pool with a session of its own. The
    slots are connected before the task starts: a quick task may end before this returns,
    and a signal sent before its slot is connected is lost."""
    operation = Operation(parent)
    for signal, slot in (
        (operation.progressed, progressed),
        (operation.changed, changed),
        (operation.succeeded, succeeded),
        (operation.failed, failed),
        (operation.cancelled, cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    QThreadPool.globalInstance().start(_Runnable(path, task, operation))
    return operation
