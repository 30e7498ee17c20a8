"""Operations belong to the application, not to the widget that started one: a widget
closed mid-task leaves the task to end quietly; closing the window stops and waits for
every task; a bug in a worker thread is logged there and shown by the GUI thread; a hard
crash's stacks go to a log of their own."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ct05_desktop.domain.progress import Progress
from ct05_desktop.gui import crash
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.operations import run_operation, runner
from ct05_desktop.workflows.session import Session


def until_stopped(session: Session, progress: Progress) -> int:
    """A long task: it tells its progress until it is asked to stop."""
    for n in range(2000):
        progress(n % 100, "")
        time.sleep(0.005)
    return 1


def test_a_widget_closed_mid_task_is_not_called_and_nothing_raises(
    qtbot, demo: Session, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: hooked.append(a))
    widget = QWidget()
    called: list[object] = []
    started = threading.Event()

    def task(session: Session, progress: Progress) -> str:
        started.wait(5)
        time.sleep(0.2)
        progress(50, "")
        return "done"

    operation = run_operation(
        demo.path, task, widget, succeeded=called.append, progressed=lambda *a: called.append(a)
    )
    widget.deleteLater()
    QApplication.processEvents()
    started.set()
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    for _ in range(20):
        QApplication.processEvents()
    assert called == [] and hooked == []
    assert operation not in runner().operations


def test_closing_the_window_stops_and_waits_for_its_tasks(
    window: MainWindow, demo: Session
) -> None:
    ended: list[str] = []
    operation = run_operation(
        demo.path, until_stopped, window, cancelled=lambda: ended.append("stopped")
    )
    time.sleep(0.1)
    assert operation.running
    started = time.perf_counter()
    window.close()
    assert not operation.running  # waited for: the task had ended when close returned
    assert time.perf_counter() - started < 5  # stopped, not run to its end (10 s)


def test_a_bug_in_a_worker_thread_is_shown_by_the_gui_thread(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    log = crash.install(tmp_path / "logs" / "ct05.log", qt_messages=False)
    shown: list[object] = []

    def critical(*args: object) -> QMessageBox.StandardButton:
        shown.append(QThread.currentThread())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)

    def worker() -> None:
        try:
            raise ZeroDivisionError("a bug off the GUI thread")
        except ZeroDivisionError as exc:
            crash.report_bug(type(exc), exc, exc.__traceback__, log)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert shown == []  # nothing built on the worker's thread
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    assert shown == [QApplication.instance().thread()]
    assert "a bug off the GUI thread" in log.read_text(encoding="utf-8")
    assert log.with_name("crash-native.log").exists()  # faulthandler's file, for hard crashes
