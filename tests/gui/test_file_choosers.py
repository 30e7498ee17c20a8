"""Every file chooser opens in Documents at first, then where the clerk went last for the
same purpose; Qt's own chooser speaks Vietnamese."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QToolButton, QWidget

from ct05_desktop.domain.settings import CSV_IMPORT_FOLDER, FILLED_TEMPLATES_FOLDER, REPORTS_FOLDER
from ct05_desktop.gui import file_choosers

GUI = Path(__file__).resolve().parents[2] / "src" / "ct05_desktop" / "gui"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with its Documents; no folder remembered yet."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    (tmp_path / "Documents").mkdir()
    QSettings().clear()
    return tmp_path


class Clerk:
    """Answers the static QFileDialog functions: each call is recorded (which chooser,
    its start folder) and answered with the next of answers (empty: cancelled)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answers: list[list[Path]] = []


@pytest.fixture
def clerk(monkeypatch: pytest.MonkeyPatch) -> Clerk:
    clerk = Clerk()
    calls, answers = clerk.asked, clerk.answers

    def opened(_parent, _title, start, _kinds):  # type: ignore[no-untyped-def]
        calls.append(("open", start))
        return [str(p) for p in answers.pop(0)], ""

    def saved(_parent, _title, start, _kinds):  # type: ignore[no-untyped-def]
        calls.append(("save", start))
        chosen = answers.pop(0)
        return (str(chosen[0]) if chosen else ""), ""

    def folder(_parent, _title, start):  # type: ignore[no-untyped-def]
        calls.append(("folder", start))
        chosen = answers.pop(0)
        return str(chosen[0]) if chosen else ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", opened)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", saved)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return clerk


def test_first_in_documents_then_in_the_folder_used_last_for_that_purpose(
    qtbot, home: Path, clerk: Clerk
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    units = home / "Thu tu don vi"
    units.mkdir()
    clerk.answers[:] = [[units / "a.xlsx", units / "b.xlsx"], [], []]
    chosen = file_choosers.open_files(parent, FILLED_TEMPLATES_FOLDER, "t", "*.xlsx")
    assert chosen == [units / "a.xlsx", units / "b.xlsx"]
    assert file_choosers.open_files(parent, FILLED_TEMPLATES_FOLDER, "t", "*.xlsx") == []
    assert file_choosers.open_files(parent, CSV_IMPORT_FOLDER, "t", "*.csv") == []
    assert clerk.asked == [
        ("open", str(home / "Documents")),  # the first time
        ("open", str(units)),  # where the files were chosen
        ("open", str(home / "Documents")),  # another purpose remembers its own
    ]
    units.rmdir()  # the folder is gone: Documents again
    assert file_choosers.start_folder(FILLED_TEMPLATES_FOLDER) == home / "Documents"


def test_save_and_folder_choosers_remember_too(qtbot, home: Path, clerk: Clerk) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    out = home / "Bao cao"
    out.mkdir()
    clerk.answers[:] = [[out], [], [home / "x.csv"]]
    assert file_choosers.folder(parent, REPORTS_FOLDER, "t", "relative/not/a/folder") == out
    assert file_choosers.folder(parent, REPORTS_FOLDER, "t", str(home)) is None  # cancelled
    assert file_choosers.save_file(parent, CSV_IMPORT_FOLDER, "t", "ct05_values.csv", "*.csv")
    assert clerk.asked == [
        ("folder", str(home / "Documents")),
        ("folder", str(home)),  # the folder shown beside the button, when it exists
        ("save", str(home / "Documents" / "ct05_values.csv")),
    ]
    assert file_choosers.start_folder(REPORTS_FOLDER) == out
    assert file_choosers.start_folder(CSV_IMPORT_FOLDER) == home


def test_every_file_dialog_of_the_window_goes_through_the_choosers() -> None:
    users = set()
    for path in GUI.glob("*.py"):
        names = set()
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(n, ast.Name):
                names.add(n.id)
            elif isinstance(n, ast.Attribute):
                names.add(n.attr)
            elif isinstance(n, ast.alias):
                names.add(n.name)
        if "QFileDialog" in names:
            users.add(path.name)
    assert users == {"file_choosers.py"}


def test_qt_file_chooser_speaks_vietnamese(qtbot, vietnamese: None, home: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Mẫu đã điền", str(home / "Documents"), "Tệp Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    label = dialog.labelText
    assert label(QFileDialog.DialogLabel.LookIn) == "&Tìm trong:"
    assert label(QFileDialog.DialogLabel.FileName) == "&Tên tệp:"
    assert label(QFileDialog.DialogLabel.FileType) == "&Kiểu tệp:"
    assert label(QFileDialog.DialogLabel.Accept) == "&Mở"
    assert label(QFileDialog.DialogLabel.Reject) == "Hủy"
    tips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips["backButton"] == "Quay lại"
    assert tips["toParentButton"] == "Thư mục cha"
    assert tips["detailModeButton"] == "Dạng chi tiết"
    model = dialog.findChild(QFileSystemModel)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Tên", "Kích thước", "Kiểu", "Ngày sửa"]
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert label(QFileDialog.DialogLabel.Accept) == "&Lưu"
