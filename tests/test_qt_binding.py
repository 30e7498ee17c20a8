"""The Qt binding the program is pinned to keeps Python's objects whole.

PySide6 6.12.0 dropped one reference to True at every signal emitted from Python: after
a few thousand emits (an hour of a clerk's typing) True's count reached zero and the
program aborted ("bool_dealloc: deallocating True or False"). pyproject.toml pins a
version without the fault; this test fails on one that has it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(object)


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return "x"


def test_emitting_signals_keeps_true_and_false_counted(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter, model = _Emitter(), _Model()
    emits = (
        emitter.plain.emit,
        lambda: emitter.with_value.emit(1),
        lambda: model.dataChanged.emit(model.index(0, 0), model.index(1, 1)),
        lambda: model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1),
    )
    for emit in emits:
        true, false = sys.getrefcount(True), sys.getrefcount(False)
        for _ in range(200):
            emit()
        assert sys.getrefcount(True) - true > -20, "each emit loses a reference to True"
        assert sys.getrefcount(False) - false > -20
