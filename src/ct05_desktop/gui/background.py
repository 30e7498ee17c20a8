"""A short task of a menu (an export, the demo, carrying a year over) run as an operation:
off the GUI thread, a progress dialog when it takes more than a moment, Stop, what it wrote
announced to the views, and how it ended told on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from ct05_desktop.domain.progress import step_words
from ct05_desktop.gui import crash, i18n
from ct05_desktop.gui.operations import Operation, Task, run_operation


def run_in_background(
    parent: QWidget,
    path: Path,
    title: str,
    task: Task,
    succeeded: Callable[[Any], Any],
    *,
    failed: Callable[[BaseException], Any] | None = None,
    changed: Callable[[Any], Any] | None = None,
    ended: Callable[[], Any] | None = None,
) -> Operation:
    """Run task(session, progress) on the database at path. A refusal or an expected
    fault is told in words under title (unless failed takes it), a bug is shown; ended runs
    after any outcome (Stop too)."""
    waiting = QProgressDialog(
        title, QCoreApplication.translate("Background", "&Stop"), 0, 100, parent
    )
    waiting.setWindowTitle(title)
    waiting.setMinimumDuration(400)  # a quick task shows nothing

    def progressed(percent: int, step: str) -> None:
        waiting.setValue(percent)
        if step:
            waiting.setLabelText(step_words(step, i18n.window_language()))

    def then(slot: Callable[..., Any] | None) -> Callable[..., None]:
        def finish(*args: Any) -> None:
            waiting.reset()
            waiting.deleteLater()
            if slot is not None:
                slot(*args)
            if ended is not None:
                ended()

        return finish

    operation = run_operation(
        path,
        task,
        parent,
        progressed=progressed,
        changed=changed,
        succeeded=then(succeeded),
        failed=then(failed or (lambda exc: crash.tell(parent, title, exc))),
        cancelled=then(None),
    )
    waiting.canceled.connect(operation.cancel)
    return operation
