"""The window at national scale starts with what is on screen (issue 26): the tree makes
a unit's row when its parent's rows are first shown, and a large tree's years are rolled
up off the GUI thread, the form showing the unit's figures once they are."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ct05_desktop.gui import form_model
from ct05_desktop.gui.form_model import COL_CHILDREN, COL_PREVIOUS, COL_VALUE
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.org_tree_model import ORG_CODE_ROLE, OrgFilterProxy, OrgTreeModel
from ct05_desktop.workflows.session import Session, keep_years_between_tasks


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The demo's tree taken for a large one (rolled up in the background), its years
    kept between tasks as in the window's program."""
    monkeypatch.setattr(form_model, "BACKGROUND_UNITS", 1)
    keep_years_between_tasks()
    yield
    keep_years_between_tasks(False)


def shown(model: form_model.IndicatorFormModel, code: str, col: int) -> str:
    return str(model.index(model.row_of(code), col).data())


def test_a_large_trees_figures_come_from_the_background_and_typing_is_kept(  # type: ignore[no-untyped-def]
    large, demo: Session, qtbot
) -> None:
    keep_years_between_tasks(False)
    reference = form_model.IndicatorFormModel(demo)  # as without the years kept
    reference.load("SL", 2019)
    keep_years_between_tasks()
    window = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(window)
    model = window.form.model
    assert window.org == "SL" and model.rolling  # shown before the years are rolled up
    assert shown(model, "members_total", COL_PREVIOUS) == "…"
    assert shown(model, "members_total", COL_CHILDREN) == "…"
    assert shown(model, "members_total", COL_VALUE) == "…"  # not typed: added up, not yet
    assert window.form.status.text() == "Adding up the units below and last year…"
    entered = shown(reference, "breakthrough_models", COL_VALUE)
    assert entered == "59" == shown(model, "breakthrough_models", COL_VALUE)  # its own: at once
    assert model.setData(model.index(model.row_of("study_sessions"), COL_VALUE), "12")
    with qtbot.waitSignal(window.form.figures_shown, timeout=30_000):
        pass
    assert not model.rolling and window.form.status.text() == "Changes not saved yet."
    for code in ("members_total", "study_sessions", "awards_district_collective"):
        typed = code == "study_sessions"  # its value is what was typed: compared below
        for col in (
            (COL_PREVIOUS, COL_CHILDREN) if typed else (COL_VALUE, COL_PREVIOUS, COL_CHILDREN)
        ):
            assert shown(model, code, col) == shown(reference, code, col), (code, col)
    assert model.pending == {"study_sessions": "12"}  # what was typed is still there
    window.org_panel.select("SL.MC")  # the next unit of the year: from the years kept
    assert not model.rolling
    assert shown(model, "members_total", COL_PREVIOUS) != "…"
    model.pending.clear()
    window.close()


def test_the_tree_makes_rows_as_they_are_shown_and_finds_any_unit(  # type: ignore[no-untyped-def]
    demo: Session, qtmodeltester
) -> None:
    tree = demo.tree()
    model = OrgTreeModel()
    model.load(tree, 2019, {})
    assert model.branch_codes() == []  # nothing made before a view asks
    root = model.index(0, 0)
    assert model.hasChildren(root) and model.branch_codes() == []  # known without making them
    assert model.rowCount(root) == 17 and model.branch_codes() == ["SL"]
    deep = model.index_of("SL.MS.CM.NS")  # a cell whose district was never opened
    assert deep.isValid() and deep.data(ORG_CODE_ROLE) == "SL.MS.CM.NS"
    assert model.parent(deep).data(ORG_CODE_ROLE) == "SL.MS.CM"
    assert model.parent(model.parent(model.parent(deep))) == root
    order: list[str] = []  # every unit in tree order, as a walk of the whole tree gives

    def walk(code: str) -> None:
        order.append(code)
        for org in tree.children(code, 2019):
            walk(org.code)

    for org in tree.roots(2019):
        walk(org.code)
    assert model.codes() == order
    assert not model.index_of("SL.NOPE").isValid()
    qtmodeltester.check(model)
    fresh = OrgTreeModel()
    fresh.load(tree, 2019, {})
    proxy = OrgFilterProxy()
    proxy.setSourceModel(fresh)
    proxy.set_query("na san")  # a search reaches units never shown
    found = proxy.index(0, 0, proxy.index(0, 0, proxy.index(0, 0, proxy.index(0, 0))))
    assert found.data(ORG_CODE_ROLE) == "SL.MS.CM.NS"


def test_a_large_tree_is_searched_once_the_typing_pauses(  # type: ignore[no-untyped-def]
    demo: Session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ct05_desktop.gui import org_tree
    from ct05_desktop.gui.org_tree import OrgPanel

    monkeypatch.setattr(org_tree, "SEARCH_PAUSE_UNITS", 1)  # the demo's tree taken as large
    panel = OrgPanel()
    qtbot.addWidget(panel)
    panel.load(demo.tree(), 2019, {})
    searched: list[str] = []
    real = panel._filter
    monkeypatch.setattr(panel, "_filter", lambda text: (searched.append(text), real(text)))
    for n in range(1, len("na san") + 1):  # typed key by key
        panel.search.setText("na san"[:n])
    assert searched == [] and panel.proxy.rowCount(panel.proxy.index(0, 0)) == 17
    qtbot.waitUntil(lambda: searched == ["na san"], timeout=5_000)
    district = panel.proxy.index(0, 0, panel.proxy.index(0, 0))
    assert panel.proxy.rowCount(panel.proxy.index(0, 0)) == 1
    assert district.data(ORG_CODE_ROLE) == "SL.MS"


def test_a_unit_revealed_from_a_search_is_shown_at_once_in_a_large_tree(  # type: ignore[no-untyped-def]
    demo: Session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A jump to a unit the search hides (a register hit) lets go of the search at once,
    not after the typing pause: the unit is chosen and told."""
    from ct05_desktop.gui import org_tree
    from ct05_desktop.gui.org_tree import OrgPanel

    monkeypatch.setattr(org_tree, "SEARCH_PAUSE_UNITS", 1)
    panel = OrgPanel()
    qtbot.addWidget(panel)
    panel.load(demo.tree(), 2019, {})
    panel.search.setText("na san")
    qtbot.waitUntil(lambda: panel.proxy.rowCount(panel.proxy.index(0, 0)) == 1, timeout=5_000)
    with qtbot.waitSignal(panel.org_chosen) as chosen:
        assert panel.reveal("SL.TC")  # Thuận Châu: out of the search's sight
    assert chosen.args == ["SL.TC"] and panel.search.text() == ""
    assert panel.current_code() == "SL.TC"


def test_a_roll_up_that_fails_is_told_and_the_form_says_so(  # type: ignore[no-untyped-def]
    large, demo: Session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ct05_desktop.storage.database import StorageError

    def damaged(self: Session, years: list[int]) -> None:
        raise StorageError("db_damaged", name=str(self.path))

    told: list[str] = []
    monkeypatch.setattr(Session, "roll_up", damaged)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: told.append(text))
    window = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert str(demo.path) in told[0]
    assert window.form.status.text() == "The units below and last year could not be added up."
    assert shown(window.form.model, "members_total", COL_PREVIOUS) == "…"  # still unknown
    window.close()


def test_the_history_is_read_ahead_once_the_first_figures_are_shown(  # type: ignore[no-untyped-def]
    large, demo: Session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start the form's roll-up goes first; the history's years after it, once."""
    from ct05_desktop.gui import app

    real = Session.roll_up

    def slow(self: Session, years: list[int]) -> None:  # a national tree's second
        time.sleep(0.5)
        real(self, years)

    monkeypatch.setattr(Session, "roll_up", slow)
    monkeypatch.setattr(app, "READ_AHEAD_MS", 0)
    window = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(window.history, "read_ahead", lambda: asked.append("history"))
    assert window.form.model.rolling
    app.read_ahead(window)
    qtbot.wait(200)
    assert asked == [] and window.form.model.rolling  # not while the figures are rolled up
    qtbot.waitSignal(window.form.figures_shown, timeout=10_000).wait()
    qtbot.waitUntil(lambda: asked == ["history"], timeout=5_000)
    window.form.figures_shown.emit()  # shown again later (another year): not read again
    qtbot.wait(50)
    assert asked == ["history"]
    window.close()


def test_years_asked_again_while_rolled_up_are_rolled_up_once(  # type: ignore[no-untyped-def]
    large, demo: Session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """To another year and back while the first is rolled up: one roll-up of each pair."""
    real = Session.roll_up
    asked: list[list[int]] = []

    def slow(self: Session, years: list[int]) -> None:
        asked.append(list(years))
        time.sleep(0.3)
        real(self, years)

    monkeypatch.setattr(Session, "roll_up", slow)
    window = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(window)
    window.year_box.setValue(2020)
    window.year_box.setValue(2019)  # back, 2018–2019 still under way
    with qtbot.waitSignal(window.form.figures_shown, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not window.form.rolling, timeout=10_000)
    assert sorted(asked) == [[2018, 2019], [2019, 2020]]
    assert not window.form.model.rolling and window.form.model.year == 2019
    window.close()
