"""The import dialog: a hint while it is empty, files dropped on it, the refused files kept
in view once the others are saved, dates as dd/mm/yyyy."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ct05_desktop.gui.template_dialogs import TemplateImportDialog
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import write_unit_templates

from ..test_templates import fill
from .test_template_dialogs import received_files


@pytest.fixture
def files(demo: Session, tmp_path: Path) -> tuple[Path, Path]:
    """A good file for Bắc Yên, a file for Phù Yên with a word where a number goes."""
    by = write_unit_templates(demo, "SL.BY", 2019, tmp_path / "mau_by.xlsx")[0]
    py = write_unit_templates(demo, "SL.PY", 2019, tmp_path / "mau_py.xlsx")[0]
    good = fill(by, tmp_path / "by.xlsx", {("SL.BY", "study_sessions"): 7})
    bad = fill(py, tmp_path / "py.xlsx", {("SL.PY", "study_sessions"): "bảy"})
    return good, bad


def checked(qtbot, dialog: TemplateImportDialog, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.check(files)


def test_a_hint_until_files_are_chosen(qtbot, vietnamese: None, demo: Session, files) -> None:  # type: ignore[no-untyped-def]
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    hint = dialog.preview.placeholderText()
    assert "Chọn tệp…" in hint and "kéo thả các tệp .xlsx vào đây" in hint
    assert dialog.preview.toPlainText() == ""  # so the hint is what shows
    checked(qtbot, dialog, list(files))
    assert "by.xlsx" in dialog.preview.toPlainText()  # the hint is gone


def test_refused_files_stay_in_view_once_the_others_are_saved(
    qtbot, vietnamese: None, demo: Session, files
) -> None:  # type: ignore[no-untyped-def]
    good, bad = files
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog, [good, bad])
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.save()
    text = dialog.preview.toPlainText()
    assert "✔ by.xlsx: đã lưu (1 thay đổi)." in text
    assert "py.xlsx: không nhận, không lưu gì, vì:" in text
    assert "trang 'Số liệu', ô C7" in text  # the error, where it is
    assert "1 tệp không được nhận, chưa lưu" in text
    assert demo.repo.unit_values("SL.BY", 2019) == {"study_sessions": 7}
    assert demo.repo.unit_values("SL.PY", 2019) == {}
    when = {name: at for name, (_file, at) in received_files(dialog).items()}
    day, time = when["Huyện ủy Bắc Yên"].split(" ")
    assert len(day) == 10 and day[2] == day[5] == "/" and len(time) == 5  # dd/mm/yyyy hh:mm


def drag(target, files: list[Path]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag files over target and drop them, through the application as a real drag
    is delivered (to the first widget under the mouse that takes it); whether the drag
    was taken, whether the drop was."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), action, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(20, 20), action, data, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_xlsx_files_dropped_on_the_preview_are_checked(
    qtbot, demo: Session, files, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    other = tmp_path / "notes.txt"
    other.write_text("x")
    assert drag(dialog.preview.viewport(), [other]) == (False, False)
    assert dialog.checked == []
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        assert drag(dialog.preview.viewport(), [*files, other]) == (True, True)
    assert [c.path.name for c in dialog.checked] == ["by.xlsx", "py.xlsx"]  # not notes.txt
    assert "by.xlsx" in dialog.preview.toPlainText()


def test_a_dialogue_row_is_told_by_its_date_as_dd_mm_yyyy(
    qtbot, demo: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    ws = wb["Hội nghị đối thoại"]
    row = ["SL.TC", "14/06/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Chiềng Bôm", 85]
    for col, value in enumerate(row, start=1):
        ws.cell(9, col).value = value
    wb.save(path)
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog, [path])
    text = dialog.preview.toPlainText()
    assert "+ Hội nghị đối thoại: Chiềng Bôm, 14/06/2019" in text
    assert "2019-06-14" not in text


def test_the_written_parts_a_unit_sent_are_in_the_preview(
    qtbot, demo: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ..test_template_texts import type_parts

    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    filled = type_parts(path, tmp_path / "filled.xlsx", {"han_che": "Sơ kết còn chậm."})
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog, [filled])
    text = dialog.preview.toPlainText()
    assert "✎ Nội dung báo cáo, III. Hạn chế, khuyết điểm và nguyên nhân: mới (16 ký tự)" in text


def test_a_template_written_before_a_correction_is_imported_only_when_asked(
    qtbot, demo: Session, tmp_path: Path, vietnamese: None, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The preview names the figure the file would set back; 'Vẫn nhập…' asks, and only
    then are the file's figures saved."""
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.gui import ask
    from ct05_desktop.workflows.entry import save_values

    filled = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]  # sent back as is
    assert save_values(demo, [ValueChange("SL.TC", 2019, "reception_sessions", 380)], FORM).ok
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog, [filled])
    assert "mẫu ghi 376, nhưng số liệu này đã được sửa thành 380" in dialog.preview.toPlainText()
    assert not dialog.older_button.isHidden() and not dialog.save_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(ask, "choose", lambda _p, title, *a, **k: asked.append(title) or 1)
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.older_button.click()
    assert asked == ["Mẫu xuất trước khi sửa số liệu"]
    assert dialog.save_button.isEnabled() and dialog.older_button.isHidden()
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.save()
    assert demo.repo.unit_values("SL.TC", 2019)["reception_sessions"] == 376
