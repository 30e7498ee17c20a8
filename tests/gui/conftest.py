"""GUI helpers: typing Vietnamese through real key events, a window over a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ct05_desktop.gui import ask
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session


def focused(window: QWidget) -> QWidget:
    """The widget of this window that has (or last had) the keyboard focus."""
    return window.focusWidget() or window


def type_text(window: QWidget, text: str) -> None:
    """Type text key by key into the window's focused widget, as a keyboard does;
    works for any Vietnamese letter (unlike qtbot.keyClicks)."""
    for ch in text:
        target = focused(window)
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def press(
    window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = focused(window)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()  # the delegate commits on Enter through a queued call


@pytest.fixture(scope="session", autouse=True)
def widgets_gone_before_exit(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every window and dialog deleted while Python still runs: a widget with methods
    written in Python, left for the interpreter's shutdown, can crash it there."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's own words in Vietnamese, as a clerk sees them (list it before
    `window`: the window takes its words when it is built)."""
    from ct05_desktop.gui import i18n

    installed = i18n.install_translators(qapp, "vi")
    assert installed, "the Vietnamese translations did not load"
    yield
    i18n.remove_translators(installed)


@pytest.fixture
def window(
    qtbot,
    demo: Session,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> Iterator[MainWindow]:
    QSettings().clear()  # each test starts as on a first run

    def unexpected(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {title}: {args[:1]}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(ask, "choose", unexpected)
    monkeypatch.setattr(ask, "tell", unexpected)
    win = MainWindow(demo, "vi", 2019)  # closed below, not by qtbot: its close comes first
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    # a test that leaves figures unsaved must not block on the closing question
    monkeypatch.setattr(ask, "choose", lambda *a, **k: 1)  # "close without saving"
    win.close()
    win.deleteLater()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers every QMessageBox with Yes/Save; records the titles that were asked."""
    asked: list[str] = []

    def reply(result: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def box(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(str(title))
            return result

        return box

    monkeypatch.setattr(QMessageBox, "question", reply(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", reply(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", reply(QMessageBox.StandardButton.Ok))

    def choose(_parent, title, text, options, default, escape, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(str(title))
        return escape  # the safe answer: what Esc would choose

    monkeypatch.setattr(ask, "choose", choose)

    def tell(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(str(title))

    monkeypatch.setattr(ask, "tell", tell)
    return asked


def tree_change(qtbot, window: MainWindow, kind: str, codes: list[str], year: int, **fields):  # type: ignore[no-untyped-def]
    """The window's dialog of one change of the tree for these units, its fields filled
    (a line edit's text, a list's item by its code), once its dry run has come back."""
    from PySide6.QtWidgets import QComboBox

    dialog = window.units.dialog(kind, codes)
    assert dialog is not None
    dialog.year.setValue(year)
    for name, value in fields.items():
        widget = getattr(dialog, name)
        if isinstance(widget, QComboBox):
            assert widget.findData(value) >= 0, (name, value)
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    checked(qtbot, dialog)
    return dialog


def checked(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Wait for the dialog's last check (or save) to come back: its answer shown (the
    operation's own flag turns before its answer reaches the GUI thread)."""
    qtbot.waitUntil(
        lambda: not dialog._timer.isActive() and dialog.operation is not None and not dialog.busy,
        timeout=15000,
    )


def save_change(qtbot, dialog) -> bool:  # type: ignore[no-untyped-def]
    """Press Save; True when the change was written (the dialog closed)."""
    from PySide6.QtWidgets import QDialog

    if not dialog.save_button.isEnabled():
        return False
    dialog.save()
    checked(qtbot, dialog)
    return bool(dialog.result() == QDialog.DialogCode.Accepted)


def add_town(qtbot, window: MainWindow) -> bool:  # type: ignore[no-untyped-def]
    """Add 'Đảng bộ thị trấn Mộc Châu' (SL.MC.TT) under Huyện ủy Mộc Châu from 2019,
    through the window's dialog."""
    from ct05_desktop.domain.tree_changes import NEW

    assert window.org_panel.select("SL.MC")
    dialog = tree_change(
        qtbot,
        window,
        NEW,
        ["SL.MC"],
        2019,
        new_code="SL.MC.TT",
        new_name="Đảng bộ thị trấn Mộc Châu",
    )
    return save_change(qtbot, dialog)


def rename_in_locked_2019(qtbot, window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    """Lock 2019, then ask to rename Thành ủy Sơn La from 2019 on through the window's
    dialog; the dialog, its dry run done."""
    from ct05_desktop.domain.tree_changes import RENAME

    window.year_box.setValue(2019)
    assert window.years.lock()
    assert window.org_panel.select("SL.TP")
    return tree_change(qtbot, window, RENAME, ["SL.TP"], 2019, name=name)


def write_templates(qtbot, dialog) -> list:  # type: ignore[no-untyped-def]
    """The export dialog's Write, waited for (the templates are written off the GUI
    thread): the files it wrote."""
    with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
        dialog.write()
    return list(done.args[0])


def province_shape(path: Path, districts: int, year: int, seed: int) -> Path:
    """A province of districts × 50 communes × 4 cells (codes P.d.c.k; one district: P.0)
    with a year of the communes' figures (every flow that is no total, no part)."""
    import random

    from ct05_desktop.domain.orgs import Org

    rng = random.Random(seed)
    with Session(path) as s:
        orgs = [Org("P", "Tỉnh ủy Thử nghiệm", "province")]
        for d in range(districts):
            orgs.append(Org(f"P.{d}", f"Huyện ủy số {d}", "district", "P"))
            for c in range(50):
                orgs.append(Org(f"P.{d}.{c}", f"Đảng bộ xã {d}-{c}", "grassroots", f"P.{d}"))
                orgs += [
                    Org(f"P.{d}.{c}.{k}", f"Chi bộ {d}-{c}-{k}", "cell", f"P.{d}.{c}")
                    for k in range(4)
                ]
        s.repo.upsert_orgs(orgs, "test")
        flows = [c for c in s.catalogue.codes if not s.catalogue[c].whole]
        flows = [c for c in flows if not s.catalogue[c].parts]
        values = {
            (o.code, year, c): rng.randint(0, 50)
            for o in orgs
            if o.level == "grassroots"
            for c in flows
        }
        s.repo.write_values(values, "test")
    return path


@contextmanager
def ticking() -> Iterator[list[float]]:
    """The times a 50 ms timer fires while the block runs: the window answering."""
    import time

    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(50)
    try:
        yield ticks
    finally:
        timer.stop()


def longest_pause(ticks: list[float]) -> float:
    """The longest time between two ticks (printed, for a person reading the run)."""
    import itertools

    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"longest pause {max(gaps):.3f} s over {len(ticks)} ticks")
    return max(gaps)
