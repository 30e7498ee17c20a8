"""Starting the program: first run, search, language."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ct05_desktop.gui.app import open_session
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.org_tree_model import ORG_CODE_ROLE
from ct05_desktop.workflows.session import Session

from .conftest import type_text


def test_first_run_creates_the_database_and_offers_the_demo(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, title, *a: asked.append(title) or QMessageBox.StandardButton.Yes,
    )
    path = tmp_path / "new" / "ct05.db"
    with open_session(path) as session:
        # the default tree, the demo's communes and cells, and its 2025 xã Mai Sơn
        assert len(session.tree()) == 25
        assert session.repo.unit_values("SL.ML", 2019)["members_total"] == 5770
    assert len(asked) == 1
    with open_session(path) as session:  # second start: nothing asked
        assert len(asked) == 1


def test_search_ignores_accents_and_reads_d_for_dj(window: MainWindow) -> None:
    panel = window.org_panel
    panel.search.setFocus()
    type_text(window, "đảng ủy công")
    assert panel.search.text() == "đảng ủy công"
    root = panel.proxy.index(0, 0)
    names = [panel.proxy.index(r, 0, root).data() for r in range(panel.proxy.rowCount(root))]
    assert names == ["Đảng ủy Công an tỉnh"]
    panel.search.setText("muong la")
    names = [panel.proxy.index(r, 0, root).data() for r in range(panel.proxy.rowCount(root))]
    assert names == ["Huyện ủy Mường La"]
    panel.search.clear()
    assert panel.proxy.rowCount(panel.proxy.index(0, 0)) == 17


def test_breadcrumb_and_status_column(window: MainWindow) -> None:
    assert window.org_panel.select("SL.VH")
    assert window.path_label.text() == "Tỉnh ủy Sơn La › Huyện ủy Vân Hồ"
    model = window.org_panel.model
    status = model.index_of("SL.VH").siblingAtColumn(1)
    tip = status.data(Qt.ItemDataRole.ToolTipRole)  # wide or narrow
    assert tip.endswith((": đang nhập", ": in progress"))
    model.set_compact(False)
    assert status.data() in ("đang nhập", "in progress")


def test_a_second_window_on_the_same_database_is_told_which_has_it(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """One window per database: the second is refused, told the process and machine of
    the first; once the first has closed, the database opens again."""
    import os

    from ct05_desktop.gui.app import claim_database

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: told.append(text))
    path = tmp_path / "ct05.db"
    first = claim_database(path, "vi")
    assert first is not None and first.isLocked()
    assert claim_database(path, "vi") is None
    assert len(told) == 1 and f"tiến trình {os.getpid()}" in told[0] and str(path) in told[0]
    first.unlock()
    again = claim_database(path, "vi")
    assert again is not None and again.isLocked() and len(told) == 1
    again.unlock()


def test_a_damaged_database_offers_the_newest_backup(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Opened damaged, the window offers its newest backup; agreed, the backup comes back
    and the damaged file is kept aside."""
    import os

    from ct05_desktop.gui.app import open_or_restore
    from ct05_desktop.workflows.session import Session
    from ct05_desktop.workflows.setup import init_database, load_demo

    path = tmp_path / "ct05.db"
    with Session(path) as s:
        init_database(s)
        load_demo(s)
    Session(path).close()  # the day's first open: a backup
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2)
        f.write(os.urandom(min(8192, size // 4)))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    session = open_or_restore(path, "vi")
    assert session is not None and len(asked) == 1 and "bị hỏng" in asked[0]
    with session:
        assert session.repo.unit_values("SL.ML", 2019)["members_total"] == 5770
    assert list((tmp_path / "backups").glob("ct05-damaged-*.db"))


def test_the_title_and_about_say_the_version_and_where_things_are(window: MainWindow) -> None:
    from ct05_desktop import __version__
    from ct05_desktop.gui.help_menu import about_text

    assert __version__ in window.windowTitle()
    text = about_text(window)
    assert __version__ in text and str(window.session.path) in text
    assert "backups" in text and "ct05.log" in text


def test_the_user_guide_opens_offline_with_its_pictures(
    vietnamese: None, window: MainWindow
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    from ct05_desktop.gui.help_menu import show_guide

    dialog = show_guide(window)
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng CT05 Desktop")
    for part in (
        "Nhập số liệu",
        "Sao lưu và khôi phục",
        "Chốt số liệu",
        "Lập báo cáo",
        "Thay đổi tổ chức",
        "reorganise_2025.csv --from 2025 --dry-run",
    ):
        assert part in text
    for action in [*window.units.actions_.values(), window.units.reorganise_action]:
        assert action.text().replace("&", "") in text  # the Organisation menu's own words
    for name in ("screenshot-form.png", "screenshot-reorganise.png"):
        picture = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert picture is not None and not picture.isNull(), name
    dialog.close()


def test_a_new_window_shows_its_first_unit_before_it_is_shown(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    """The unit is chosen as the window is built (not at its first resize), and choosing
    a unit reaches the window once, however often the tree panel was resized."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    win = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(win)
    assert win.org == "SL" and win.form.model.year == 2019
    chosen: list[str] = []
    win.org_panel.org_chosen.connect(chosen.append)
    for width in (300, 420, 280):
        win.org_panel.resize(width, 500)
    assert win.org_panel.select("SL.ML")
    assert chosen == ["SL.ML"] and win.org == "SL.ML"


def test_new_statuses_keep_what_is_open_and_chosen(window: MainWindow) -> None:
    """The statuses shown again after a save are one layout change: the branch opened,
    the filter typed and the unit chosen stay as they were, and the new status shows."""
    panel = window.org_panel
    assert panel.select("SL.MS.CM")  # a commune under Mai Sơn: its branch is opened
    panel.search.setText("chieng mung")
    parent = panel.proxy.mapFromSource(panel.model.index_of("SL.MS"))
    assert panel.view.isExpanded(parent)
    chosen = [panel.proxy.mapToSource(i).data(ORG_CODE_ROLE) for i in panel.view.selectedIndexes()]
    assert set(chosen) == {"SL.MS.CM"}, "before"
    statuses = {code: panel.model.status(code) for code in panel.model.codes()}
    statuses["SL.MS.CM"] = "approved"
    panel.model.set_statuses(statuses)
    parent = panel.proxy.mapFromSource(panel.model.index_of("SL.MS"))
    assert panel.view.isExpanded(parent)
    chosen = [panel.proxy.mapToSource(i).data(ORG_CODE_ROLE) for i in panel.view.selectedIndexes()]
    assert set(chosen) == {"SL.MS.CM"}
    status = panel.model.index_of("SL.MS.CM").siblingAtColumn(1)
    assert status.data(Qt.ItemDataRole.ToolTipRole).endswith((": đã duyệt", ": approved"))
