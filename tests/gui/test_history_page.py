"""The history page: 2017 shows 110 breakthrough models, the jumps are marked, the chart drawn."""

from PySide6.QtCore import Qt

from ct05_desktop.gui.history_page import HistoryModel
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


def test_history_tab_follows_the_unit(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.history)
    assert window.history.model.years[0] == 2017
    assert window.history.chart.series()  # breakthrough models charted by default
    assert window.org_panel.select("SL.ML")
    ml = window.history.model
    row = next(n for n, i in enumerate(ml.indicators) if i.code == "members_total")
    assert "5.770" in [ml.index(row, c).data() for c in range(ml.columnCount())]
