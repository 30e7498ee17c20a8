"""File → Backup and restore: a backup now, then a restore that asks first, backs up what
it replaces, brings the figures back, and the window follows."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.gui.backup_dialog import BackupDialog
from ct05_desktop.gui.form_model import COL_VALUE
from ct05_desktop.gui.main_window import MainWindow


def members(window: MainWindow) -> str:
    form = window.form.model
    return str(form.index(form.row_of("members_total"), COL_VALUE).data())


def test_back_up_change_and_restore_from_the_window(
    window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.org_panel.select("SL.ML")
    before = members(window)
    dialog = BackupDialog(window)
    with qtbot.waitSignal(dialog.back_up().succeeded, timeout=30000):
        pass
    assert dialog.found and dialog.found[0].reason == "manual"
    assert "Đã sao lưu" in dialog.status.text() or "Backed up" in dialog.status.text()
    form = window.form.model
    assert form.setData(form.index(form.row_of("members_total"), COL_VALUE), "6234")
    assert window.form.save().ok
    assert members(window) == "6.234"
    operation = dialog.restore_from(dialog.found[0])
    assert operation is not None
    with qtbot.waitSignal(operation.succeeded, timeout=30000):
        pass
    assert answer[-1] in ("Khôi phục", "Restore")  # asked before anything was done
    assert members(window) == before  # the window follows
    assert [b.reason for b in dialog.found[:2]] == ["restore", "manual"]
    assert dialog.table.rowCount() == len(dialog.found)


def test_a_damaged_file_is_refused_before_anything_is_asked(
    window: MainWindow, answer: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = BackupDialog(window)
    assert dialog.restore_from(bad) is None
    assert answer == [dialog.tr("Restore")]  # only the refusal was shown, no question
