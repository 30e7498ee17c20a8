"""The tab "Nội dung báo cáo": the written parts of the unit's report for the year, one
editor a part in the report's order (I, II and a paragraph per topic, III to VI). Text
pasted from Word comes in as plain paragraphs; Tab goes to the next part. Saved with the
figures (Ctrl+S, or when the clerk moves to another unit or year), refused as they are in a
locked year or for an approved unit-year."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.report_texts import RESULTS, clean_text, part_title
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import i18n
from ct05_desktop.gui.unit_texts_panel import UnitTextsPanel
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.report_texts import ordered_parts, save_texts, unit_texts
from ct05_desktop.workflows.session import Session


class ReportTextPage(QWidget):
    saved = Signal()  # texts written: the window announces what changed

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, lang
        self.org: str | None = None
        self.year = 0
        self.stored: dict[str, str] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        inside = QWidget(self)
        column = QVBoxLayout(inside)
        for key in ordered_parts(session):
            title = QLabel(part_title(key, session.catalogue, lang), inside)
            topic = key.startswith(f"{RESULTS}.")
            if not topic:
                font = title.font()
                font.setBold(True)
                title.setFont(font)
            column.addWidget(title)
            editor = QPlainTextEdit(inside)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(64 if topic else 96)
            editor.setPlaceholderText(
                self.tr("The office's own paragraph on this topic (the figures follow it)")
                if topic
                else self.tr("Type or paste the text of this part (one paragraph a line)")
            )
            editor.textChanged.connect(self._edited)
            editor.installEventFilter(self)
            column.addWidget(editor)
            self.editors[key] = editor
        column.addStretch(1)
        self.parts_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inside)
        self.units = UnitTextsPanel(session, lang, self)
        self.units.insert.connect(self._insert)
        self.units.part_chosen.connect(self._show_part)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(scroll)
        split.addWidget(self.units)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("&Discard the changes"), self)
        self.save_button = QPushButton(self.tr("Save the text"), self)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._loading = False
        self._enable()

    # -- what is shown ------------------------------------------------------------------
    def load(self, org: str | None, year: int, read_only: str = "") -> None:
        """The unit's parts of the year; read only (with why) in a locked or approved year."""
        self.org, self.year = org, year
        self.stored = unit_texts(self.session, org, year) if org else {}
        self._loading = True
        try:
            for key, editor in self.editors.items():
                editor.setPlainText(self.stored.get(key, ""))
                editor.setReadOnly(bool(read_only) or org is None)
        finally:
            self._loading = False
        name = self.session.tree().name_in(org, year) if org else ""
        self.hint.setText(
            self.tr(
                "The written parts of the report of {0} for {1}: what the Word report says "
                "besides the figures. Leave a part empty if it has nothing to say."
            ).format(name, year)
        )
        self.status.setText(read_only)
        has_units = org is not None and bool(self.session.tree().children(org, year))
        self.units.setVisible(has_units)
        if has_units:
            self.units.load(org, year, not read_only)
        self._enable()

    def typed(self) -> dict[str, str]:
        """The parts whose text differs from what is stored, as they would be kept."""
        out = {}
        for key, editor in self.editors.items():
            text = clean_text(editor.toPlainText())
            if text != self.stored.get(key, ""):
                out[key] = text
        return out

    @property
    def dirty(self) -> bool:
        return self.org is not None and bool(self.typed())

    def focus_part(self, key: str) -> None:
        editor = self.editors.get(key)
        if editor is not None:
            editor.setFocus()
            editor.ensureCursorVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The units' texts follow the part the clerk is writing."""
        if event.type() == QEvent.Type.FocusIn and not self.units.isHidden():
            key = next((k for k, e in self.editors.items() if e is watched), None)
            if key is not None:
                self.units.show_part(key)
        return super().eventFilter(watched, event)

    def _show_part(self, key: str) -> None:
        editor = self.editors.get(key)
        if editor is not None:
            self.parts_area.ensureWidgetVisible(editor)

    def _insert(self, key: str, passage: str) -> None:
        """A unit's passage into the office's part, at its cursor, on a line of its own."""
        editor = self.editors.get(key)
        if editor is None or editor.isReadOnly():
            return
        cursor = editor.textCursor()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            passage = "\n" + passage
        cursor.insertText(passage)
        editor.setTextCursor(cursor)
        self.parts_area.ensureWidgetVisible(editor)
        editor.setFocus()

    # -- saved, or put back -------------------------------------------------------------
    def save(self) -> bool:
        """Write what was typed; False (the reason shown) when it cannot be."""
        changes = self.typed()
        if self.org is None or not changes:
            return True
        try:
            save_texts(self.session, self.org, self.year, changes, FORM)
        except InputRefused as exc:
            self.status.setText(self.tr("Not saved: {0}").format(exc.words(i18n.window_language())))
            return False
        self.stored.update(changes)
        self.stored = {k: v for k, v in self.stored.items() if v}
        self.status.setText(self.tr("Saved."))
        self._enable()
        self.saved.emit()
        return True

    def discard(self) -> None:
        self.load(self.org, self.year, "" if not self._read_only() else self.status.text())

    def _read_only(self) -> bool:
        return any(e.isReadOnly() for e in self.editors.values())

    def _edited(self) -> None:
        if not self._loading:
            self.status.setText(self.tr("Not saved yet."))
            self._enable()

    def _enable(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
