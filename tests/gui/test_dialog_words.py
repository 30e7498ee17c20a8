"""The dialogs as a Vietnamese clerk reads them (issue 13): the status of the figures named
as such, a change's source, the ending of a unit in the chosen year's words, the unit
code explained, the backups' table sized to its texts, the report dialog without an
empty box and its header beside its button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ct05_desktop.domain.tree_changes import DISSOLVE, MERGE, MOVE, NEW, RENAME
from ct05_desktop.gui.backup_dialog import BackupDialog
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.gui.review_dialogs import AuditDialog
from ct05_desktop.gui.settings_dialog import SettingsDialog
from ct05_desktop.workflows.backups import DAILY, MANUAL, backup_before, backup_now


def labels(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_status_box_says_it_is_the_figures_status(vietnamese: None, window: MainWindow) -> None:
    assert "Tình trạng số liệu:" in labels(window)
    assert window.org_panel.select("SL.ML")
    shown = window.status_box.currentText()
    assert shown[:1].isupper() and shown.lower() == window.org_panel.model.status_text(
        window.org_panel.model.status("SL.ML")
    )  # the same words as the tree's, capitalised


def test_the_change_log_names_the_source(vietnamese: None, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(window.session, None, 2019, None, window)
    qtbot.addWidget(dialog)
    headers = [
        dialog.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.model.columnCount())
    ]
    assert headers[-1] == "Nguồn" and "Qua" not in headers


def test_every_change_of_the_tree_asks_from_which_year_in_the_same_words(
    vietnamese: None, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    for kind in (RENAME, MOVE, MERGE, DISSOLVE, NEW):
        dialog = window.units.dialog(kind, ["SL.MS.CM"])
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert "Từ năm:" in labels(dialog)
        if kind != NEW:
            assert dialog.year_hint.text() == "Các năm trước 2019 giữ nguyên cây tổ chức như cũ."
        dialog.year.setValue(2021)
        assert dialog.year_hint.text() in (
            "Các năm trước 2021 giữ nguyên cây tổ chức như cũ.",
            "Đơn vị hoạt động từ năm 2021.",
        )
        dialog.reject()
    merge = window.units.dialog(MERGE, ["SL.MS.CM"])
    assert merge is not None
    qtbot.addWidget(merge)
    assert merge.target.itemText(0).startswith("Một đơn vị mới do hợp nhất")
    assert merge.target.itemText(1) == "Đảng bộ xã Cò Nòi — thuộc Huyện ủy Mai Sơn"


def test_the_settings_say_what_the_symbol_and_the_button_are(
    vietnamese: None, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.session, "SL.ML", window)
    qtbot.addWidget(dialog)
    assert "Ký hiệu trong số báo cáo (…-BC/HU)" in labels(dialog)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Điền lại &giá trị gợi ý" in texts


def test_the_backups_table_fits_its_texts_at_1024(
    vietnamese: None, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    backup_before(window.session, MANUAL)
    backup_now(window.session)
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024
    table = dialog.table
    assert table.rowCount() >= 1
    reasons = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert all(r[:1].isupper() for r in reasons)  # each starts its cell
    assert dialog._reason(DAILY) == "Lần mở đầu tiên trong ngày"
    metrics = table.fontMetrics()
    for column in range(3):
        widest = max(
            metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount())
        )
        assert table.columnWidth(column) >= widest + 6, column  # nothing cut
    # the reason column as wide as the longest reason, not the rest of the table
    assert table.columnWidth(1) < table.viewport().width() / 2
    total = sum(table.columnWidth(c) for c in range(3))
    assert total <= table.viewport().width()


def test_the_backups_folder_is_cut_in_the_middle_with_the_whole_path_in_its_tooltip(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    full = dialog.folder.toolTip()
    assert Path(full).name == "backups" and full == dialog.folder.full
    assert dialog.folder.text() == full  # room enough: whole
    dialog.folder.resize(200, dialog.folder.height())  # as in a narrow dialog
    cut = dialog.folder.text()
    assert cut != full and "…" in cut
    assert cut.endswith("backups") and cut[:3] == full[:3]  # both ends kept
    assert "\n" not in cut


def test_the_report_dialog_has_no_empty_box_and_the_header_beside_its_button(
    vietnamese: None, window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(window.session, "SL.ML", 2019, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.progress.isVisible()  # nothing to show yet
    assert dialog.number.placeholderText() == "Để trống nếu ghi số bằng tay"
    metrics = dialog.number.fontMetrics()
    assert dialog.number.width() > metrics.horizontalAdvance(dialog.number.placeholderText())
    text, button = dialog.header_text, dialog.edit_header
    assert "T/M BAN THƯỜNG VỤ" in text.text()
    shown = QRect(text.mapTo(dialog, text.rect().topLeft()), text.size())
    pressed = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
    assert not shown.intersects(pressed)
    assert text.width() >= text.sizeHint().width()  # every line whole
    assert text.height() >= text.sizeHint().height()
    dialog.destination.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_building, timeout=30000):
        assert dialog.build()
        assert dialog.progress.isVisible()  # while the files are made
    dialog.excel.setChecked(False)
    dialog.word.setChecked(False)
    assert not dialog.build()
    assert not dialog.progress.isVisible()  # a refusal: the words alone
