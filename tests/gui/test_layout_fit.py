"""The window fits an office laptop (1024×700) and uses a full-HD screen (1920×1080):
every column of the figures and of each register in view without scrolling sideways,
headers wrapped rather than cut, comments wider than the checks, all tabs in view, the
tree's width remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from ct05_desktop.gui.column_fit import PAD, WRAP, Column, WrappingHeader, widths
from ct05_desktop.gui.form_model import COL_CHECK, COL_COMMENT, COL_LABEL, COL_VALUE
from ct05_desktop.gui.form_view import LABEL_FLOOR
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.org_tree import COMPACT_BELOW
from ct05_desktop.workflows.session import Session


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture(params=[(1024, 700), (1920, 1080)], ids=["1024x700", "1920x1080"])
def sized(request, vietnamese: None, window: MainWindow) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window.setWindowState(Qt.WindowState.WindowNoState)  # the test screen is small: maximized
    settle()
    window.resize(*request.param)
    settle()
    yield window


def assert_fits(view: QTableView) -> None:
    """No sideways scrolling, and every header title whole in its wrapped lines."""
    settle()
    assert view.horizontalScrollBar().maximum() == 0, "the columns do not fit"
    header = view.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    model = view.model()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = str(model.headerData(column, header.orientation()))
        room = QRect(0, 0, header.sectionSize(column) - PAD, 10_000)
        lines = QFontMetrics(header.font()).boundingRect(room, WRAP, title)
        assert lines.height() <= header.height() - PAD // 2, title
        for word in title.split():  # no word wider than its column (would be cut)
            assert QFontMetrics(header.font()).horizontalAdvance(word) <= room.width(), word


@pytest.mark.parametrize("unit", ["SL", "SL.ML"])  # with, without units below
def test_the_figures_fit(sized: MainWindow, unit: str) -> None:
    assert sized.org_panel.select(unit)
    view = sized.form.view
    assert_fits(view)
    assert view.columnWidth(COL_COMMENT) > view.columnWidth(COL_CHECK)
    if sized.width() >= 1900:  # room enough: every indicator's name whole
        assert view.columnWidth(COL_LABEL) >= view.sizeHintForColumn(COL_LABEL)


# The window's first size, as the program opens it (screen_fit.open_main_window_size):
# on a 1024×768 screen 92% of it, maximized by the window manager when there is one; on a
# full-HD screen 1360×820, or maximized; on an 800×600 screen the columns cannot all fit.
FIRST_SIZES = {
    "800x600": (800, 600),
    "1024x768": (942, 706),
    "1024x768-maximized": (1024, 740),
    "1920x1080": (1360, 820),
    "1920x1080-maximized": (1920, 1050),
}


@pytest.mark.parametrize("size", FIRST_SIZES.values(), ids=FIRST_SIZES.keys())
def test_the_first_view_shows_the_names(
    qtbot,  # type: ignore[no-untyped-def]
    vietnamese: None,
    demo: Session,
    size: tuple[int, int],
) -> None:
    """The figures' first view beside their indicators' names: the window built (and its
    first unit loaded) before it has its size, as the program does."""
    QSettings().clear()  # a first run
    win = MainWindow(demo, "vi")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.setWindowState(Qt.WindowState.WindowNoState)  # the test screen is small: maximized
    settle()
    win.resize(*size)
    settle()
    view = win.form.view
    assert view.currentIndex().column() == COL_VALUE  # the cursor on the first figure
    assert view.horizontalScrollBar().value() == 0, "the names scrolled out of sight"
    assert view.columnViewportPosition(COL_LABEL) == 0
    assert view.columnWidth(COL_LABEL) >= LABEL_FLOOR  # wide enough to read
    if size[0] > 900:
        assert view.horizontalScrollBar().maximum() == 0, "some columns out of sight"
    else:  # they scroll, from the names
        assert view.horizontalScrollBar().maximum() > 0


def test_back_on_a_figure_the_names_come_back(vietnamese: None, window: MainWindow) -> None:
    """A window too narrow for every column (the test screen, 800 px): the checks are
    scrolled to, then a figure again: its indicator's name is in view beside it."""
    assert window.org_panel.select("SL")
    settle()
    view = window.form.view
    row = view.first_value_index().row()
    view.setCurrentIndex(view.model().index(row, COL_CHECK))
    settle()
    assert view.horizontalScrollBar().value() > 0  # the names out of sight, for now
    view.setCurrentIndex(view.model().index(row, COL_VALUE))
    settle()
    assert view.horizontalScrollBar().value() == 0
    assert view.columnViewportPosition(COL_LABEL) == 0


def test_every_register_fits(sized: MainWindow) -> None:
    assert sized.org_panel.select("SL")
    for page in sized.register_pages:
        sized.tabs.setCurrentWidget(page)
        assert_fits(page.view)


def test_every_tab_in_view(sized: MainWindow) -> None:
    bar = sized.tabs.tabBar()
    settle()
    for tab in range(bar.count()):
        assert bar.tabRect(tab).right() <= bar.width(), sized.tabs.tabText(tab)
        assert "…" not in bar.tabText(tab)
    assert sized.tabs.tabToolTip(1) == "Mô hình, nội dung đột phá"  # the whole name


def test_the_tree_width_is_remembered(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    QSettings().clear()
    first = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)  # as on a large screen
    first.resize(1920, 1080)
    first.show()
    settle()
    assert 280 <= first.splitter.sizes()[0] <= 400  # a first run: a quarter of the window
    first.splitter.setSizes([330, 1500])
    first.close()
    again = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(again)
    again.setWindowState(Qt.WindowState.WindowNoState)
    again.resize(1920, 1080)
    again.show()
    settle()
    assert again.splitter.sizes()[0] == 330


def test_widths_share_what_is_left() -> None:
    columns = [Column(0, 200, 4, maximum=300), Column(1, 85), Column(2, 110, 3), Column(3, 90, 2)]
    assert widths(485, columns) == {0: 200, 1: 85, 2: 110, 3: 90}  # only the minimums
    assert widths(400, columns) == {0: 200, 1: 85, 2: 110, 3: 90}  # too narrow: they scroll
    assert widths(575, columns) == {0: 240, 1: 85, 2: 140, 3: 110}  # 90 shared 4:3:2
    # the first stops at its maximum and gives the rest to the others, 3:2
    assert widths(1485, columns) == {0: 300, 1: 85, 2: 110 + 540, 3: 90 + 360}


def test_widths_narrow_to_floors() -> None:
    columns = [Column(0, 200, 4, floor=180), Column(1, 85), Column(2, 110, 3, floor=70)]
    assert widths(395, columns) == {0: 200, 1: 85, 2: 110}  # the minimums fit
    # 30 short: 20 and 40 to give, a third and two thirds
    assert widths(365, columns) == {0: 190, 1: 85, 2: 90}
    assert widths(300, columns) == {0: 180, 1: 85, 2: 70}  # at their floors: they scroll


def test_the_history_gives_the_years_room(qtbot, sized: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert sized.org_panel.select("SL.ML")
    sized.tabs.setCurrentWidget(sized.history)
    qtbot.waitUntil(lambda: sized.history.model.columnCount() > 0, timeout=30000)
    settle()
    names = sized.history.view.verticalHeader()
    assert names.width() <= max(220, sized.history.width() * 2 // 5)
    shown = sized.history.view.viewport().width() // sized.history.view.columnWidth(0)
    assert shown >= (5 if sized.width() < 1900 else 10)  # years side by side
    model = sized.history.model
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


def test_dialogs_fit_a_small_screen(window: MainWindow) -> None:
    from PySide6.QtCore import QSize

    from ct05_desktop.gui.review_dialogs import AuditDialog
    from ct05_desktop.gui.screen_fit import fitted, free_area

    assert fitted(QSize(1100, 600), QSize(1024, 660)) == QSize(942, 600)  # a 1024×700 laptop
    assert fitted(QSize(1100, 600), QSize(1920, 1040)) == QSize(1100, 600)
    free = free_area(window)  # the test screen: 800×800
    log = AuditDialog(window.session, None, 2019, None, window)
    assert log.width() <= free.width() * 0.92 and log.height() <= free.height() * 0.92
    assert window.isMaximized()  # a first run on a screen smaller than 1360×820


@pytest.mark.parametrize("tree_width", [285, 400])
def test_the_tree_leaves_the_names_whole(sized: MainWindow, tree_width: int) -> None:
    tree, model = sized.org_panel.view, sized.org_panel.model
    sized.splitter.setSizes([tree_width, sized.width() - tree_width])
    settle()
    assert tree.header().sectionSize(0) >= tree.sizeHintForColumn(0), "names cut"
    unit = tree.model().index(0, 0, tree.model().index(0, 0))  # a unit under the province
    words = unit.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert words and "nhập" in words  # its status in words, always in the tooltip
    shown = unit.siblingAtColumn(1).data()
    if tree_width < COMPACT_BELOW:  # a narrow panel: the coloured dot only
        assert model.compact and shown == ""
    else:
        assert not model.compact and shown in ("đang nhập", "chưa nhập")
