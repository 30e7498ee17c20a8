"""Changes announced once: each task's changes reach the window in one data_changed signal,
and the tree, its statuses, the header, the form and the registers follow them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from ct05_desktop.domain.changes import Changes
from ct05_desktop.domain.tree_changes import DISSOLVE, RENAME
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session

from .conftest import add_town, save_change, tree_change


@pytest.fixture
def demo(demo_2019: Session) -> Session:
    """The tree changes here are made from years in which every district goes on."""
    return demo_2019


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
    assert seen[0].unit_years == {("SL.BY", 2019)} and seen[0].register_keys == {"dialogues"}
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


def test_ending_the_unit_shown_moves_tree_and_form_together(
    window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen = spy(window)
    assert add_town(qtbot, window)
    assert seen[-1].tree and shown_unit(window) == ("SL.MC", "SL.MC", "SL.MC")
    window.year_box.setValue(2020)
    assert window.org_panel.select("SL.MC.TT")
    assert shown_unit(window) == ("SL.MC.TT", "SL.MC.TT", "SL.MC.TT")
    end = tree_change(qtbot, window, DISSOLVE, ["SL.MC.TT"], 2020)  # gone from 2020 on
    assert save_change(qtbot, end)
    tree, form, own = shown_unit(window)
    assert tree == form == own and own != "SL.MC.TT"
    assert own is not None and window.session.tree()[own].exists_in(2020)


def test_a_units_csv_imported_off_the_gui_thread_shows_in_the_tree(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The import's own session changed the tree: the window's reads it again."""
    csv = tmp_path / "orgs.csv"
    csv.write_text(
        "code,name,level,parent_code,valid_from,valid_to\n"
        "SL.ML.NEW,Đảng bộ xã Mới,grassroots,SL.ML,2019,\n",
        "utf-8",
    )
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(csv)])
    assert window.org_panel.model.index_of("SL.ML.NEW").isValid()
    assert "SL.ML.NEW" in window.session.tree()


def test_the_form_follows_a_unit_below_and_last_year(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.gui.form_model import COL_CHILDREN, COL_PREVIOUS

    assert window.org_panel.select("SL.MS")
    form = window.form.model
    row = form.row_of("study_sessions")
    csv = tmp_path / "v.csv"
    csv.write_text(
        "org_code,year,indicator,value\n"
        "SL.MS.CM,2019,study_sessions,700\n"
        "SL.MS,2018,study_sessions,999\n",
        "utf-8",
    )
    before = form.index(row, COL_CHILDREN).data()
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(csv)])
    assert form.index(row, COL_PREVIOUS).data() == "999"
    assert form.index(row, COL_CHILDREN).data() != before


def test_a_register_cell_edit_keeps_the_cursor_where_it_is(window: MainWindow) -> None:
    assert window.org_panel.select("SL.TC")
    page = next(p for p in window.register_pages if p.spec.key == "dialogues")
    model = page.model
    assert model.rowCount() > 1
    where = model.index(1, 2)
    page.view.setCurrentIndex(where)
    assert model.setData(where, "Bản Mới")
    assert page.view.currentIndex() == where  # not reloaded under the cursor
    assert model.index(1, 2).data() == "Bản Mới"


def test_saved_stays_said_after_a_save(window: MainWindow) -> None:
    assert window.org_panel.select("SL.BY")
    form = window.form.model
    assert form.setData(form.index(form.row_of("members_total"), 1), "4100")
    assert window.form.save().ok
    assert window.form.status.text() in ("Đã lưu.", "Saved.")


def test_a_status_picked_with_figures_typed_is_kept(window: MainWindow, answer: list[str]) -> None:
    assert window.org_panel.select("SL.BY")
    form = window.form.model
    assert form.setData(form.index(form.row_of("members_total"), 1), "4100")
    box = window.status_box
    box.setCurrentIndex(box.findData("complete"))
    box.activated.emit(box.currentIndex())
    from ct05_desktop.workflows.reading import marked_status

    assert marked_status(window.session, "SL.BY", 2019) == "complete"
    assert window.session.repo.unit_values("SL.BY", 2019)["members_total"] == 4100


def test_renaming_a_unit_hidden_by_the_search_keeps_it_and_what_was_typed(
    window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.org_panel.select("SL.BY")
    form = window.form.model
    assert form.setData(form.index(form.row_of("members_total"), 1), "4100")
    window.org_panel.search.setText("muong la")  # Bắc Yên filtered out of sight
    dialog = tree_change(qtbot, window, RENAME, ["SL.BY"], 2019, name="Huyện ủy Bắc Yên mới")
    assert save_change(qtbot, dialog)
    assert window.org == window.form.model.org == "SL.BY"
    assert window.path_label.text().endswith("Huyện ủy Bắc Yên mới")
    assert window.session.repo.unit_values("SL.BY", 2019)["members_total"] == 4100


def test_an_import_waiting_for_another_writer_says_so_then_writes(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Another program holds the write lock: the import's progress says it waits (in
    words), and once the other has finished the import writes."""
    import sqlite3

    other = sqlite3.connect(window.session.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL.BY,2019,members_total,4100\n", "utf-8")
    steps: list[str] = []
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        operation = window.files.import_files([str(csv)])
        operation.progressed.connect(lambda percent, step: steps.append(step))
        qtbot.waitUntil(lambda: any("đang chờ" in s for s in steps), timeout=10000)
        other.execute("COMMIT")
    other.close()
    assert (
        window.session.repo.entered_values([2019], ["SL.BY"])[("SL.BY", 2019, "members_total")]
        == 4100
    )


def test_the_demo_goes_only_into_a_database_without_figures(
    window: MainWindow, answer: list[str], monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Figures are there: nothing is loaded over them; the demo opens in a database of
    its own, in a new window, once the clerk agrees."""
    from ct05_desktop.workflows.session import Session

    opened: list[Path] = []
    monkeypatch.setattr(window.files, "open_window", opened.append)
    count = window.session.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with qtbot.waitSignal(window.files.demo_done, timeout=60000):
        window.files.load_demo()
    assert answer == ["Dữ liệu mẫu"] or answer == ["Demo data"]
    assert window.session.db.execute("SELECT count(*) FROM audit").fetchone()[0] == count
    assert len(opened) == 1 and opened[0] != window.session.path
    with Session(opened[0]) as demo:
        assert demo.repo.unit_values("SL.ML", 2019)["members_total"] == 5770
        sources = {r[0] for r in demo.db.execute("SELECT DISTINCT source FROM audit")}
    assert sources == {"csv:orgs_default.csv", "demo"}  # the default tree, then the demo


def test_an_organisation_file_changing_past_years_is_imported_only_once_confirmed(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Chiềng Mung under the province for all its years: the clerk is shown the years it
    changes; 'leave them' imports nothing, 'change the past years' imports it whole."""
    from ct05_desktop.gui import ask

    csv = tmp_path / "orgs.csv"
    csv.write_text(
        "code,name,level,parent_code,valid_from,valid_to\n"
        "SL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,\n",
        "utf-8",
    )
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(csv)])
    assert answer[-1] == "Change the tree of past years"  # asked, and left as it was
    assert window.session.tree().parent_in("SL.MS.CM", 2019) == "SL.MS"
    asked: list[str] = []

    def change_them(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return 0

    monkeypatch.setattr(ask, "choose", change_them)
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(csv)])
    qtbot.waitUntil(lambda: window.session.tree().parent_in("SL.MS.CM", 2019) == "SL")
    assert "orgs.csv\n  Các năm 2016–2019:\n  - Tỉnh ủy Sơn La: 17 → 18 đơn vị" in asked[0]


def test_stop_inside_a_big_file_keeps_the_files_before_it(
    window: MainWindow, tmp_path: Path, answer: list[str], qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: a big file is written in parts inside one transaction; Stop pressed in
    its midst writes nothing of it, keeps the file imported before it, and says which."""
    from ct05_desktop.workflows import csv_values

    monkeypatch.setattr(csv_values, "CHUNK_ROWS", 5)  # many parts, many progress steps
    first = tmp_path / "a.csv"
    first.write_text("org_code,year,indicator,value\nSL.BY,2019,members_total,4100\n", "utf-8")
    big = tmp_path / "b.csv"
    units = [o.code for o in window.session.tree().in_order()]
    rows = [f"{u},{y},reception_sessions,{y - 2000}" for u in units for y in range(2016, 2025)]
    big.write_text("org_code,year,indicator,value\n" + "\n".join(rows) + "\n", "utf-8")
    audit = window.session.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    told: list[list[str]] = []
    window.files.imported.connect(told.append)
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        operation = window.files.import_files([str(first), str(big)])

        def step(percent: int, name: str) -> None:
            if name == "b.csv" and percent >= 85:
                operation.cancel()

        operation.progressed.connect(step)
    lines = told[-1]
    assert lines[0].startswith("a.csv: 1") and len(lines) == 2
    assert "b.csv" in lines[1] and ("Stopped" in lines[1] or "dừng" in lines[1])
    values = window.session.repo.entered_values([2019], ["SL.BY"])
    assert values[("SL.BY", 2019, "members_total")] == 4100
    assert ("SL.BY", 2019, "reception_sessions") not in values
    count = window.session.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert count == audit + 1  # a.csv's one change, nothing of b.csv


def test_the_demo_loads_off_the_gui_thread_into_an_empty_database(
    session: Session, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Tệp → Nạp dữ liệu mẫu in a database with the tree only: loaded by an operation, then
    the window shows 2019 and the figures it holds."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    win = MainWindow(session, "vi", 2024)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.files.demo_done, timeout=60000):
        assert win.files.load_demo() is not None
    assert win.year == 2019
    assert win.org_panel.select("SL.ML")
    form = win.form.model
    assert form.index(form.row_of("members_total"), 1).data() == "5.770"
