"""Columns that fit the window: figures keep a fixed width, the texts a person reads
(labels, comments, checks, results) share what is left by weight, and the headers wrap
onto more lines instead of being cut. From an office laptop (1024×700) to full HD."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
PAD = 8  # a header section's text margins, both sides together


@dataclass(frozen=True)
class Column:
    """How one column takes width: at least `minimum`; `weight` > 0 shares the spare width
    with the other weighted columns, up to `maximum` (0: no limit). When the minimums do
    not fit, a column with a `floor` below its minimum narrows down to it (0: it does not)."""

    index: int
    minimum: int
    weight: int = 0
    maximum: int = 0
    floor: int = 0


def widths(available: int, columns: Sequence[Column]) -> dict[int, int]:
    """Each column's width in `available` pixels: the minimums first, then what is left
    shared by weight; a column at its maximum gives its share back to the others. When
    the minimums alone do not fit, the columns with a floor narrow, each in proportion to
    what it can give, and only below their floors does the view scroll."""
    width = {c.index: c.minimum for c in columns}
    short = sum(width.values()) - available
    if short > 0:
        give = {c.index: c.minimum - c.floor for c in columns if 0 < c.floor < c.minimum}
        room = sum(give.values())
        for index, most in give.items():
            width[index] -= min(most, -(-short * most // room))  # rounded up: it fits
        return width
    growing = [c for c in columns if c.weight > 0]
    spare = available - sum(width.values())
    while spare > 0 and growing:
        total = sum(c.weight for c in growing)
        capped = [
            c
            for c in growing
            if c.maximum and width[c.index] + spare * c.weight // total >= c.maximum
        ]
        if not capped:
            for c in growing:
                width[c.index] += spare * c.weight // total
            break
        for c in capped:
            spare -= max(0, c.maximum - width[c.index])
            width[c.index] = max(width[c.index], c.maximum)
        growing = [c for c in growing if c not in capped]
    return width


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto as many lines as their width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._later = QTimer(self)  # the height follows the widths once they are all set
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._relayout)
        self.sectionResized.connect(self._resized)

    def _text(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation()) if model else None
        return "" if value is None else str(value)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def text_height(self) -> int:
        """The height of the tallest title, wrapped in its section's width."""
        metrics = QFontMetrics(self._bold())
        tallest = metrics.height()
        for logical in range(self.count()):
            if self.isSectionHidden(logical) or not self._text(logical):
                continue
            room = QRect(0, 0, max(self.sectionSize(logical) - PAD, 16), 10_000)
            tallest = max(tallest, metrics.boundingRect(room, WRAP, self._text(logical)).height())
        return tallest

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.text_height() + PAD))

    def _resized(self, *_args: object) -> None:
        self._later.start()  # not inside the header's own resizing

    def _relayout(self) -> None:
        self.updateGeometry()
        view = self.parent()
        if isinstance(view, QTableView):
            view.updateGeometries()

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text, option.text = option.text, ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        if option.state & QStyle.StateFlag.State_On:  # the current cell's column, as Qt does
            painter.setFont(self._bold())
        painter.drawText(rect.adjusted(PAD // 2, 2, -PAD // 2, -2), WRAP, text)
        painter.restore()


def fit(view: QTableView, columns: Sequence[Column]) -> None:
    """Size the view's visible columns to its viewport (call from its resizeEvent)."""
    shown = [c for c in columns if not view.isColumnHidden(c.index)]
    for index, width in widths(view.viewport().width(), shown).items():
        view.setColumnWidth(index, width)
