"""Changes announced once: each task's changes reach the window in one data_changed signal,
and the tree, its statuses, the header, the form and the registers follow them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ct05_desktop.domain.changes import Changes
from ct05_desktop.gui.main_window import MainWindow

from .conftest import add_town


def spy(window: MainWindow) -> list[Changes]:
    seen: list[Changes] = []
    window.data_changed.connect(seen.append)
    return seen


def shown_unit(window: MainWindow) -> tuple[str | None, str | None, str | None]:
    """The unit selected in the tree, the one the form shows, the window's own."""
    return window.org_panel.current_code(), window.form.model.org, window.org


def test_a_pasted_register_row_is_announced_once_and_the_form_follows(
    window: MainWindow,
) -> None:
    assert window.org_panel.select("SL.BY")
    seen = spy(window)
    form = window.form.model
    page = next(p for p in window.register_pages if p.spec.key == "dialogues")
    QGuiApplication.clipboard().setText("02/05/2019\tCấp huyện\tTạ Khoa\t\n")
    assert page.paste_rows() == 1
    assert len(seen) == 1
    assert seen[0].unit_years == {("SL.BY", 2019)} and seen[0].registers == {"dialogues"}
    assert form.index(form.row_of("dialogues_district"), 1).data() == "1"
    assert window.org_panel.model.status("SL.BY") == "in_progress"


def test_a_csv_import_off_the_gui_thread_updates_the_tree_and_the_form(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.org_panel.select("SL.BY")
    assert window.org_panel.model.status("SL.BY") == "empty"
    seen = spy(window)
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL.BY,2019,members_total,4100\n", "utf-8")
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(csv)])
    assert [c.unit_years for c in seen] == [{("SL.BY", 2019)}]
    assert window.org_panel.model.status("SL.BY") == "in_progress"
    form = window.form.model
    assert form.index(form.row_of("members_total"), 1).data() == "4.100"


def test_a_lock_is_announced_and_the_form_turns_read_only(
    window: MainWindow, answer: list[str]
) -> None:
    assert window.org_panel.select("SL.ML")
    seen = spy(window)
    assert window.years.lock()
    assert [c.locks for c in seen] == [{2019}]
    assert window.form.model.read_only_reason
    assert not window.register_pages[0].add_button.isEnabled()


def test_ending_the_unit_shown_moves_tree_and_form_together(window: MainWindow) -> None:
    from ct05_desktop.gui.org_dialogs import EndUnitDialog

    seen = spy(window)
    assert add_town(window)
    assert seen[-1].tree and shown_unit(window) == ("SL.MC", "SL.MC", "SL.MC")
    window.year_box.setValue(2020)
    assert window.org_panel.select("SL.MC.TT")
    assert shown_unit(window) == ("SL.MC.TT", "SL.MC.TT", "SL.MC.TT")
    end = EndUnitDialog(window.session, "SL.MC.TT", 2019, window)  # gone from 2020 on
    end.exec = lambda: (end.apply(), end.result())[1]  # type: ignore[method-assign]
    assert window.units.change_tree(EndUnitDialog, end)
    tree, form, own = shown_unit(window)
    assert tree == form == own and own != "SL.MC.TT"
    assert own is not None and window.session.tree()[own].exists_in(2020)
