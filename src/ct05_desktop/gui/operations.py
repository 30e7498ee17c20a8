"""Long work off the GUI thread, in the manner of Anki's CollectionOp: one runner on a
QThreadPool; each task opens its own connection to the database (WAL lets it read while
the window reads too), tells its progress, can be cancelled, and reports its result or
its error back on the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

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
    def __init__(self, path: Path, task: Task, operation: Operation, back_up: bool = True) -> None:
        super().__init__()
        self.path, self.task, self.operation, self.back_up = path, task, operation, back_up

    def run(self) -> None:
        tracer = threading.gettrace()  # a coverage run: Qt's threads are traced too
        if tracer is not None:
            sys.settrace(tracer)
        op = self.operation
        try:
            with Session(self.path, daily_backup=self.back_up) as session:
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


class Runner(QObject):
    """The application's operations, held here rather than by the widget that started
    one: a widget closed mid-task leaves its operation to end quietly (its slots are not
    called then), and the window, closing, stops and waits for them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations: set[Operation] = set()

    def add(self, operation: Operation) -> None:
        """Keep the operation until it ends (it has no parent: once no one holds it, it
        goes; a method slot, so that Qt knows its receiver)."""
        self.operations.add(operation)
        operation.succeeded.connect(self._ended)
        operation.failed.connect(self._ended)
        operation.cancelled.connect(self._ended)

    def _ended(self, *_: object) -> None:
        """Let the operation go once this signal has reached every slot (dropped now, it
        would be deleted in the middle of telling them)."""
        operation = self.sender()
        if isinstance(operation, Operation):
            QTimer.singleShot(0, self, lambda: self.operations.discard(operation))

    def stop_all(self, wait_ms: int = 15_000) -> bool:
        """Ask every running task to stop (each writes nothing from then on) and wait for
        the pool's threads; False when one was still at work after wait_ms."""
        for operation in list(self.operations):
            operation.cancel()
        return QThreadPool.globalInstance().waitForDone(wait_ms)


_RUNNER: list[Runner] = []


def runner() -> Runner:
    """The application's runner (made on first use, a child of the application)."""
    if not _RUNNER or not shiboken6.isValid(_RUNNER[0]):
        _RUNNER[:] = [Runner(QCoreApplication.instance())]
    return _RUNNER[0]


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
    back_up: bool = True,
) -> Operation:
    """Start task(session, progress) on the thread pool with a session of its own. The
    operation belongs to the application's runner; parent is the widget it is for: once
    that is gone, the slots are not called. The slots are connected before the task
    starts: a quick task may end before this returns, and a signal sent before its slot is
    connected is lost. What the task wrote (changed) is told even with its widget gone.
    back_up: the session makes the day's first backup as it opens, when it is due (False:
    a quick read that must not wait for it, such as the form's roll-up)."""
    operation = Operation()
    for signal, slot in (
        (operation.progressed, progressed),
        (operation.changed, changed),
        (operation.succeeded, succeeded),
        (operation.failed, failed),
        (operation.cancelled, cancelled),
    ):
        if slot is not None:
            signal.connect(_while_alive(parent, slot, always=signal is operation.changed))
    runner().add(operation)  # after the slots: the runner is told last
    QThreadPool.globalInstance().start(_Runnable(path, task, operation, back_up))
    return operation


def _while_alive(
    parent: QObject | None, slot: Callable[..., Any], always: bool = False
) -> Callable[..., None]:
    """slot, called only while parent (the widget the task was for) is there."""

    owner = getattr(slot, "__self__", None)  # a method's object: gone too, maybe

    def call(*args: Any) -> None:
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return
        if always or parent is None or shiboken6.isValid(parent):
            slot(*args)

    return call
