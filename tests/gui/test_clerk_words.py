"""What the window says follows the data, and its buttons say what they do (issue 13:
discarding clears the errors, nothing saved is said plainly, staying is not "Hủy", a
deletion names its rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ct05_desktop.domain.registers import AWARDS as AWARD_SPEC
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.gui import ask
from ct05_desktop.gui.main_window import MainWindow

from .conftest import press, type_text
from .test_entry_form import go_to

AWARDS = REGISTERS.index(AWARD_SPEC)


def test_discarding_clears_the_errors_and_the_status(vietnamese: None, window: MainWindow) -> None:
    go_to(window, "SL.PY", "study_sessions")
    type_text(window, "abc")
    press(window, Qt.Key.Key_Return)
    assert window.form.issues.isVisible()
    assert "1 lỗi" in window.form.status.text()
    window.form.discard_button.click()
    assert window.form.model.pending == {}
    assert not window.form.issues.isVisible() and window.form.issues.count() == 0
    assert window.form.status.text() == ""


def test_saving_with_errors_says_nothing_was_saved(vietnamese: None, window: MainWindow) -> None:
    go_to(window, "SL.PY", "study_sessions")
    type_text(window, "abc")
    press(window, Qt.Key.Key_Return)
    type_text(window, "12")
    press(window, Qt.Key.Key_Return)
    result = window.form.save()
    assert not result.ok
    first = window.form.status.text().splitlines()[0]
    assert first == "Chưa lưu: còn 1 lỗi."
    assert "abc" in window.form.status.text()  # and which one


def test_leaving_with_errors_offers_to_stay_in_plain_words(
    vietnamese: None, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[str], int, int]] = []

    def choose(_parent, title, text, options, default, escape, **_kw):  # type: ignore[no-untyped-def]
        asked.append((text, [label for label, _role in options], default, escape))
        return 1  # discard

    monkeypatch.setattr(ask, "choose", choose)
    go_to(window, "SL.PY", "study_sessions")
    type_text(window, "abc")
    press(window, Qt.Key.Key_Return)
    assert window.org_panel.select("SL.YC")
    [(text, labels, default, escape)] = asked
    assert labels == ["Ở lại để sửa", "Bỏ các thay đổi"]
    assert labels[default] == labels[escape] == "Ở lại để sửa"  # Enter and Esc stay
    assert text.startswith("Chưa lưu: còn 1 lỗi.")
    assert window.org == "SL.YC"  # discarded, moved on


def test_a_deletion_names_the_rows(
    vietnamese: None, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.org_panel.select("SL")
    page = window.register_pages[AWARDS]
    page.view.selectRow(0)
    assert not page.delete_rows()
    [text] = asked
    assert page.model.rows[0]["number"] == "03-QĐ/TU (minh họa)"
    assert text.startswith("Xóa 1 dòng khỏi sổ Quyết định khen thưởng?")
    assert "dòng 1: 03-QĐ/TU (minh họa), 20/05/2019" in text
    assert "Không thể hoàn tác" in text
