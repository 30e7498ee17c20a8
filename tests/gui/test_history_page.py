"""The history page: 2017 shows 110 breakthrough models, the jumps are marked, the chart drawn."""

import pytest
from PySide6.QtCharts import QBarSeries, QCategoryAxis
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from ct05_desktop.gui.history_page import HistoryModel, HistoryPage
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session


def test_history_model(qtmodeltester, demo: Session) -> None:  # type: ignore[no-untyped-def]
    model = HistoryModel(demo)
    model.load("SL")
    qtmodeltester.check(model)
    row = next(n for n, i in enumerate(model.indicators) if i.code == "breakthrough_models")
    col = {y: n for n, y in enumerate(model.years)}
    assert model.years[0] == 2017
    assert [model.index(row, col[y]).data() for y in (2017, 2018, 2019)] == ["110", "560", "59"]
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(row, col[2017]).data(background) is None
    assert model.index(row, col[2018]).data(background) is not None  # 560 > 3 × 110
    assert model.index(row, col[2019]).data(background) is not None  # 59 < 560 / 3
    tip = model.index(row, col[2018]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("tăng 450 so với năm 2017")
    model.load(None)
    qtmodeltester.check(model)


def test_history_tab_follows_the_unit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.history.loaded, timeout=30000):  # computed off the GUI thread
        window.tabs.setCurrentWidget(window.history)
    assert window.history.model.years[0] == 2017
    assert window.history.chart.series()  # breakthrough models charted by default
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        assert window.org_panel.select("SL.ML")
    ml = window.history.model
    row = next(n for n, i in enumerate(ml.indicators) if i.code == "members_total")
    assert "5.770" in [ml.index(row, c).data() for c in range(ml.columnCount())]


def test_history_tab_shows_a_new_register_row_and_a_csv_import(  # type: ignore[no-untyped-def]
    window: MainWindow, tmp_path, answer, qtbot
) -> None:
    """Both change the figures behind the tab: it shows them without reopening anything."""
    from PySide6.QtGui import QGuiApplication

    from ct05_desktop.domain.registers import REGISTERS

    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        window.tabs.setCurrentWidget(window.history)
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        assert window.org_panel.select("SL.ML")
    model = window.history.model
    row = next(n for n, i in enumerate(model.indicators) if i.code == "breakthrough_models")
    col = model.years.index(2019)
    assert model.index(row, col).data() == "1"
    breakthrough = next(n for n, s in enumerate(REGISTERS) if s.key == "breakthrough_models")
    page = window.register_pages[breakthrough]
    QGuiApplication.clipboard().setText("Mô hình chè hữu cơ\r\n")
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        assert page.paste_rows() == 1
    assert window.history.model.index(row, col).data() == "2"
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL.ML,2019,members_total,5800\n", "utf-8")
    with qtbot.waitSignals([window.files.imported, window.history.loaded], timeout=30000):
        window.files.import_files([str(csv)])  # off the GUI thread
    members = next(n for n, i in enumerate(model.indicators) if i.code == "members_total")
    assert window.history.model.index(members, col).data() == "5.800"


def test_a_cancelled_unit_switch_keeps_tree_header_and_form_together(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, answer
) -> None:
    from ct05_desktop.gui.form_model import COL_VALUE

    assert window.org_panel.select("SL.TC")
    model = window.form.model
    assert model.setData(model.index(model.row_of("members_total"), COL_VALUE), "abc")
    view = window.org_panel.view
    target = window.org_panel.proxy.mapFromSource(window.org_panel.model.index_of("SL.ML"))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(target).center()
    )
    # the tree is put back once the click has finished
    qtbot.waitUntil(lambda: window.org_panel.current_code() == "SL.TC", timeout=2000)
    assert "Figures not saved" in answer or "Số liệu chưa được lưu" in answer
    assert window.org == "SL.TC" and window.org_panel.current_code() == "SL.TC"
    selected = view.selectionModel().selectedRows()
    assert [window.org_panel.proxy.mapToSource(i).data() for i in selected] == [
        "Huyện ủy Thuận Châu"
    ]
    assert window.path_label.text().endswith("Huyện ủy Thuận Châu")


@pytest.fixture
def kept_years():  # type: ignore[no-untyped-def]
    """As the window's program runs: whole years kept between tasks."""
    from ct05_desktop.workflows.session import keep_years_between_tasks

    keep_years_between_tasks()
    yield
    keep_years_between_tasks(False)


def test_with_years_kept_the_tab_and_the_form_still_follow_every_change(  # type: ignore[no-untyped-def]
    kept_years, window: MainWindow, tmp_path, answer, qtbot
) -> None:
    """The province's figures come from the years kept; an import from an operation and a
    save from the form both reach them."""
    from ct05_desktop.gui.form_model import COL_VALUE

    assert window.org == "SL"  # the province, shown first
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        window.tabs.setCurrentWidget(window.history)
    model = window.history.model
    members = next(n for n, i in enumerate(model.indicators) if i.code == "members_total")
    col = model.years.index(2019)
    before = model.index(members, col).data()
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL,2019,members_total,77777\n", "utf-8")
    with qtbot.waitSignals([window.files.imported, window.history.loaded], timeout=30000):
        window.files.import_files([str(csv)])
    assert model.index(members, col).data() == "77.777" != before
    window.tabs.setCurrentWidget(window.form)
    form = window.form.model
    assert form.index(form.row_of("members_total"), COL_VALUE).data() == "77.777"
    assert form.setData(form.index(form.row_of("members_total"), COL_VALUE), "77778")
    assert window.form.save().ok
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        window.tabs.setCurrentWidget(window.history)
    assert window.history.model.index(members, col).data() == "77.778"


def test_the_years_read_ahead_while_the_form_is_shown(  # type: ignore[no-untyped-def]
    kept_years, window: MainWindow, qtbot
) -> None:
    """Read ahead in the background (as the program does once its window is up), the
    tab has the unit's years before it is opened, and opening it computes nothing."""
    assert window.tabs.currentWidget() is not window.history
    with qtbot.waitSignal(window.history.loaded, timeout=30000):
        window.history.read_ahead()
    assert not window.history.isVisible()
    assert window.history.loaded_for == window.org and window.history.model.years[0] == 2017
    operation = window.history.operation
    window.tabs.setCurrentWidget(window.history)
    assert window.history.operation is operation  # nothing started again


def as_text_item(item: QGraphicsItem) -> QGraphicsTextItem | None:
    """The scene's text items (PySide6 6.11 hands them over as plain QGraphicsItem: their
    QObject side has the real class)."""
    if isinstance(item, QGraphicsTextItem):
        return item
    as_object = item.toGraphicsObject()
    return as_object if isinstance(as_object, QGraphicsTextItem) else None


def drawn_count_labels(page: HistoryPage) -> list[str]:
    """The labels QtCharts drew left of the plot (the counts' axis), from bottom to top."""
    page.chart_view.viewport().repaint()
    left = page.chart.mapToScene(page.chart.plotArea().topLeft()).x()
    texts = [
        item
        for item in map(as_text_item, page.chart_view.scene().items())
        if item is not None
        and item.isVisible()
        and item.toPlainText()
        and item.sceneBoundingRect().right() <= left
    ]
    texts.sort(key=lambda item: -item.sceneBoundingRect().center().y())
    return [item.toPlainText() for item in texts]


def count_axis(page: HistoryPage) -> QCategoryAxis:
    (axis,) = page.chart.axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QCategoryAxis)
    return axis


def tallest_bar(page: HistoryPage) -> float:
    (series,) = page.chart.series()
    assert isinstance(series, QBarSeries)
    return max(max(bar.at(i) for i in range(bar.count())) for bar in series.barSets())


def assert_axis(page: HistoryPage, qtbot, labels: list[str], top: int) -> None:  # type: ignore[no-untyped-def]
    axis = count_axis(page)
    assert axis.categoriesLabels() == labels
    assert (axis.min(), axis.max()) == (0, top)
    assert tallest_bar(page) <= top  # no bar rises above the top line
    qtbot.waitUntil(lambda: drawn_count_labels(page) == labels, timeout=5000)


def select_rows(page: HistoryPage, *codes: str) -> None:
    model, selection = page.model, page.view.selectionModel()
    selection.clearSelection()
    for code in codes:
        row = next(n for n, i in enumerate(model.indicators) if i.code == code)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(model.index(row, 0), flags)


def test_the_chart_counts_in_round_whole_steps_with_dots_between_thousands(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    """The province's 110/560/59 models reach 600, its members 8.000; Mường La's single
    model gets 0 and 1 (not 0, 0, 1, 1), and 0, 1, 2 once a second one is entered."""
    from PySide6.QtGui import QGuiApplication

    from ct05_desktop.domain.registers import REGISTERS

    window.resize(1366, 768)  # room for the labels (a cramped chart elides them to "…")
    page = window.history
    with qtbot.waitSignal(page.loaded, timeout=30000):
        window.tabs.setCurrentWidget(page)
    assert_axis(page, qtbot, ["0", "200", "400", "600"], 600)
    select_rows(page, "members_total", "members_registered", "breakthrough_models")
    assert_axis(page, qtbot, ["0", "2.000", "4.000", "6.000", "8.000"], 8000)
    with qtbot.waitSignal(page.loaded, timeout=30000):
        assert window.org_panel.select("SL.ML")
    assert_axis(page, qtbot, ["0", "1"], 1)
    breakthrough = next(n for n, s in enumerate(REGISTERS) if s.key == "breakthrough_models")
    QGuiApplication.clipboard().setText("Mô hình chè hữu cơ\r\n")
    with qtbot.waitSignal(page.loaded, timeout=30000):
        assert window.register_pages[breakthrough].paste_rows() == 1
    assert_axis(page, qtbot, ["0", "1", "2"], 2)


def test_an_english_window_writes_the_counts_as_its_table_does(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    page = HistoryPage(demo, "en")
    qtbot.addWidget(page)
    page.resize(900, 700)
    with qtbot.waitSignal(page.loaded, timeout=30000):  # its own (empty) years, shown first
        page.show()
    qtbot.waitExposed(page)
    page.model.show([2018, 2019], {("members_total", 2018): 679, ("members_total", 2019): 6465})
    select_rows(page, "members_total")
    assert_axis(page, qtbot, ["0", "2.000", "4.000", "6.000", "8.000"], 8000)


def year_headers(page: HistoryPage, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal, role) for c in range(len(model.years))]


def test_a_successors_history_marks_its_predecessors_years_and_says_whose(  # type: ignore[no-untyped-def]
    qtbot, vietnamese, window: MainWindow
) -> None:
    """Đảng bộ xã Mai Sơn, from 2025: its 2018–2024 are Cò Nòi's and Hát Lót's figures:
    those years marked in the table and the chart, the note under them; Chiềng Mung, a
    unit of its own, has neither."""
    from PySide6.QtCharts import QBarCategoryAxis

    window.year_box.setValue(2025)
    assert window.org_panel.select("SL.XMS")
    page = window.history
    with qtbot.waitSignal(page.loaded, timeout=30000):  # computed off the GUI thread
        window.tabs.setCurrentWidget(page)
    assert page.model.years == list(range(2018, 2026))
    assert year_headers(page) == [*(f"{y}*" for y in range(2018, 2025)), "2025"]
    tips = year_headers(page, Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == (
        "2018: số liệu của các đơn vị hợp nhất thành đơn vị này, trước khi đơn vị được "
        "thành lập năm 2025 (xem ghi chú dưới biểu đồ)."
    )
    assert tips[-1] == "2025"
    colours = year_headers(page, Qt.ItemDataRole.ForegroundRole)
    assert colours[1] is not None and colours[-1] is None  # 2019 coloured, 2025 not
    fonts = year_headers(page, Qt.ItemDataRole.FontRole)
    assert fonts[1].italic() and fonts[-1] is None
    members = next(n for n, i in enumerate(page.model.indicators) if i.code == "members_total")
    assert [page.model.index(members, c).data() for c in (0, 1)] == ["597", "610"]
    assert page.note.isVisible()
    assert page.note.text() == (
        "* Các năm trước 2025 gồm số liệu của Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót "
        "(đến năm 2024), hợp nhất thành Đảng bộ xã Mai Sơn."
    )
    chart_bottom = page.chart_view.mapTo(page, page.chart_view.rect().bottomLeft()).y()
    assert page.note.geometry().top() >= chart_bottom  # under the table and the chart
    axis = next(a for a in page.chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[:2] == ["2018*", "2019*"] and axis.categories()[-1] == "2025"
    with qtbot.waitSignal(page.loaded, timeout=30000):
        assert window.org_panel.select("SL.MS.CM")
    assert not page.note.isVisible() and page.note.text() == ""
    assert not any(str(h).endswith("*") for h in year_headers(page))


def test_an_english_window_says_whose_years_a_successor_carries(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    page = HistoryPage(demo, "en")
    qtbot.addWidget(page)
    page.show()
    page.set_unit("SL.XMS")
    qtbot.waitUntil(lambda: page.loaded_for == "SL.XMS", timeout=30000)
    assert page.note.text() == (
        "* The years before 2025 hold the figures of Đảng bộ xã Cò Nòi, Đảng bộ thị trấn "
        "Hát Lót (up to 2024), merged into Đảng bộ xã Mai Sơn."
    )
    assert year_headers(page)[0] == "2018*"
