"""Reports as issued in the window: kept from the report dialog with a final version, a
number and a date; listed per unit with the figures changed since; their files saved
again exactly as sent."""

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import ask, file_choosers
from ct05_desktop.gui.issued_dialog import IssuedDialog
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.session import Session

MUONG_LA = "SL.ML"


def keep_as_sent(qtbot, session: Session, folder: Path) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(session, MUONG_LA, 2019)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(folder))
    dialog.date.setDate(QDate(2019, 12, 15))
    assert not dialog.issued.isEnabled()  # only a final version is kept as sent
    dialog.excel.setChecked(False)
    dialog.final.setChecked(True)
    dialog.issued.setChecked(True)
    assert dialog.word.isChecked() and dialog.excel.isChecked()  # kept whole
    assert not dialog.word.isEnabled() and not dialog.excel.isEnabled()
    return dialog


def test_kept_as_sent_from_the_report_dialog(
    qtbot,
    demo: Session,
    tmp_path: Path,
    vietnamese: None,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(ask, "choose", lambda *args, **kwargs: 1)  # without the empty parts
    out = tmp_path / "out"
    out.mkdir()
    dialog = keep_as_sent(qtbot, demo, out)
    assert not dialog.build()  # no number yet
    assert dialog.message.text() == "Báo cáo lưu làm bản đã gửi phải có số."
    assert list(out.iterdir()) == [] and demo.issued.records() == []
    dialog.number.setText("45-BC/HU")
    with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
        assert dialog.build()
    assert done.args == [True]
    assert "Đã lập và lưu làm bản đã gửi" in dialog.message.text()
    [record] = demo.issued.records()
    assert record.number == "45-BC/HU" and record.issued_on == "2019-12-15"
    assert {p.name for p in dialog.result_paths} >= set(record.files)
    dialog.final.setChecked(False)  # a draft is never kept
    assert not dialog.issued.isChecked() and not dialog.issued.isEnabled()
    assert dialog.word.isEnabled() and dialog.excel.isEnabled()


def test_the_list_names_what_changed_and_saves_the_files_as_sent(
    qtbot,
    demo: Session,
    tmp_path: Path,
    vietnamese: None,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(ask, "choose", lambda *args, **kwargs: 1)
    sent = tmp_path / "sent"
    sent.mkdir()
    dialog = keep_as_sent(qtbot, demo, sent)
    dialog.number.setText("45-BC/HU")
    with qtbot.waitSignal(dialog.finished_building, timeout=30000):
        dialog.build()
    [record] = demo.issued.records()
    as_sent = {name: (sent / name).read_bytes() for name in record.files}
    entered = demo.repo.entered_values([2019], [MUONG_LA])
    indicator = sorted(i for (_, _, i) in entered)[0]
    value = entered[(MUONG_LA, 2019, indicator)]
    assert save_values(demo, [ValueChange(MUONG_LA, 2019, indicator, value + 2)], FORM).ok

    listing = IssuedDialog(demo, "SL")
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.reports.rowCount() == 1, timeout=20000)
    cells = [listing.reports.item(0, c).text() for c in range(5)]
    assert cells[:4] == ["45-BC/HU", "15/12/2019", "Huyện ủy Mường La", "2019"]
    assert cells[4] == "đã thay đổi từ khi gửi: 1 số liệu"
    assert listing.changes.rowCount() == 1
    row = [listing.changes.item(0, c).text() for c in range(5)]
    assert row[:2] == ["Huyện ủy Mường La", "2019"]
    assert row[3:] == [str(value), str(value + 2)]
    assert "45-BC/HU" in listing.message.text()

    again = tmp_path / "again"
    again.mkdir()
    monkeypatch.setattr(file_choosers, "folder", lambda *args, **kwargs: again)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    listing.save_files.click()
    assert {p.name: p.read_bytes() for p in again.iterdir()} == as_sent
    assert opened == [str(again)]

    listing.unit.setCurrentIndex(listing.unit.findData("SL.TC"))  # another district
    qtbot.waitUntil(lambda: "Chưa có báo cáo" in listing.message.text(), timeout=20000)
    assert listing.reports.rowCount() == 0 and not listing.save_files.isEnabled()


def test_the_file_menu_opens_the_list(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str | None] = []
    monkeypatch.setattr(IssuedDialog, "exec", lambda self: shown.append(self.unit.currentData()))
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if "ent…" in a.text()]
    action.trigger()
    assert shown == [window.org]
