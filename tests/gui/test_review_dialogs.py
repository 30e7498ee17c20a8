"""The change log and the register search, as a clerk uses them."""

from PySide6.QtCore import Qt

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.gui.operations import runner
from ct05_desktop.gui.review_dialogs import AuditDialog, RegisterSearchDialog, RowsModel
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.session import Session

from .conftest import press, type_text


def test_change_log_of_a_unit_year_and_of_everything(
    qtbot,
    qtmodeltester,
    demo: Session,  # type: ignore[no-untyped-def]
) -> None:
    demo.repo.set_setting("user_name", "Lò Thị Mai")
    assert save_values(demo, [ValueChange("SL.ML", 2019, "members_total", "5800")], "form").ok
    dialog = AuditDialog(demo, "SL.ML", 2019)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    first = dialog.model.rows[0]
    assert (first.who, first.action, first.unit, first.what, first.old, first.new) == (
        "Lò Thị Mai",
        "sửa số liệu",
        "Huyện ủy Mường La",
        "Tổng số đảng viên",
        "5.770",  # figures as the form writes them
        "5.800",
    )
    assert all(r.unit == "Huyện ủy Mường La" for r in dialog.model.rows)
    dialog.scope.setCurrentIndex(0)
    assert len(dialog.model.rows) > 40  # the demo's imports, registers and this change
    dialog.person.setCurrentIndex(dialog.person.findData("Lò Thị Mai"))
    assert [r.new for r in dialog.model.rows] == ["5.800"]


def test_search_finds_dang_from_dang_and_places_without_accents(
    qtbot,
    qtmodeltester,
    demo: Session,  # type: ignore[no-untyped-def]
) -> None:
    dialog = RegisterSearchDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query.setFocus()
    with qtbot.waitSignal(dialog.found, timeout=10000) as done:
        type_text(dialog, "chieng")  # searched once typing pauses, off the GUI thread
    # Chiềng Ngàm, Chiềng Pấc, Chiềng Mung's model, and Chiềng Mung's 21 commitments
    assert done.args == [24]
    assert dialog.model.rowCount() == 24
    qtmodeltester.check(dialog.model)
    for words, count in (("dang vien lo van minh", 1), ("ho thuy dien", 2), ("", 0)):
        with qtbot.waitSignal(dialog.found, timeout=10000) as done:
            dialog.search(words)
        assert done.args == [count]
        if words.startswith("dang"):
            assert dialog.model.rows[0].text.startswith("Đảng viên Lò Văn Minh")
    assert isinstance(dialog.model, RowsModel)


def test_a_search_overtaken_by_typing_is_dropped(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = RegisterSearchDialog(demo)
    qtbot.addWidget(dialog)
    found: list[int] = []
    dialog.found.connect(found.append)
    dialog.search("chieng")
    with qtbot.waitSignal(dialog.found, timeout=10000):
        dialog.search("dang vien lo van minh")  # the first result arrives out of date
    qtbot.waitUntil(lambda: not runner().operations, timeout=10000)  # both told, or dropped
    assert found == [1] and dialog.model.rows[0].text.startswith("Đảng viên Lò Văn Minh")


def test_change_log_of_one_figure_from_the_form(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.gui.main_window import MainWindow

    win = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(win)
    assert win.org_panel.select("SL.MC")
    assert save_values(demo, [ValueChange("SL.MC", 2019, "dialogues_total", "90")], "form").ok
    model = win.form.model
    win.form.view.setCurrentIndex(model.index(model.row_of("dialogues_total"), 1))
    dialog = win.form.show_figure_log()
    assert dialog is not None
    assert [(r.old, r.new) for r in dialog.model.rows] == [("85", "90"), ("", "85")]
    assert dialog.scope.currentText().endswith("– Tổng số cuộc đối thoại")
    dialog.close()


def test_sources_are_a_typed_value_told_in_words() -> None:
    from ct05_desktop.domain.sources import FORM, Source, carried_from, csv_file, template_file

    for source in (
        FORM,
        csv_file("values.csv"),
        template_file("tc.xlsx", "abc"),
        carried_from(2019),
    ):
        assert Source.parse(str(source)) == source
    assert str(template_file("tc.xlsx", "abc")) == "xlsx:tc.xlsx:sha256=abc"
    assert FORM.words() == "nhập tay" and FORM.words("en") == "typed in"
    assert csv_file("values.csv").words() == "tệp CSV values.csv"
    assert Source.parse("xlsx:tc.xlsx:sha256=abc").words() == "mẫu Excel tc.xlsx"
    assert carried_from(2019).words("en") == "carried from 2019"


def test_the_change_log_after_register_edits_reads_in_words_and_fits_a_small_screen(
    qtbot,  # type: ignore[no-untyped-def]
    window,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """A field of a model changed in its tab, then Change log from the menu: the change in
    the tab's words, and at 1024x700 the item, old and new values in view."""
    assert window.org_panel.select("SL.TC")
    page = window.register_pages[0]  # Mô hình, nội dung đột phá
    column = [f.name for f in page.model.spec.fields].index("field")
    assert page.model.setData(page.model.index(0, column), "Xây dựng Đảng")
    opened: list[AuditDialog] = []
    monkeypatch.setattr(AuditDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.years.audit_action.trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    model, view = dialog.model, dialog.view
    qtbot.waitUntil(lambda: view.rowHeight(0) > view.fontMetrics().lineSpacing() * 2)
    names = [attribute for attribute, _header in model.columns]

    def cell(row: int, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
        return str(model.index(row, names.index(name)).data(role))

    assert [cell(0, n) for n in ("action", "unit", "what", "old", "new", "source")] == [
        "sửa dòng sổ",
        "Huyện ủy Thuận Châu",
        "Mô hình, nội dung đột phá: Giải quyết dứt điểm đơn thư, vụ việc tồn đọng qua "
        "đối thoại với nhân dân",
        "Lĩnh vực: Cải cách hành chính",
        "Lĩnh vực: Xây dựng Đảng",
        "nhập tay",
    ]
    assert cell(0, "new", Qt.ItemDataRole.ToolTipRole) == (
        "Lĩnh vực: Cải cách hành chính → Xây dựng Đảng"
    )
    shown = "\n".join(cell(r, n) for r in range(model.rowCount()) for n in names)
    for code in ("{", '"', "breakthrough_models", "dialogues", "admin_reform", "district"):
        assert code not in shown
    assert "Hội nghị đối thoại: Mường Khiêng" in shown  # the demo's rows, added
    # the unit's year is in the scope: not in every row
    assert view.isColumnHidden(names.index("unit")) and view.isColumnHidden(names.index("year"))
    for scope in (1, 0):  # the unit's year, then the whole database
        dialog.scope.setCurrentIndex(scope)
        hidden = bool(scope)  # the unit's column: shown again for the whole database

        def laid_out(unit: int = names.index("unit"), hidden: bool = hidden) -> bool:
            return view.isColumnHidden(unit) == hidden

        qtbot.waitUntil(laid_out, timeout=5000)
        # every column in view, none taking the width, the item and its values widest
        inside = view.viewport().rect()
        widths = [view.columnWidth(c) for c in range(len(names)) if not view.isColumnHidden(c)]
        assert len(widths) == (7 if scope else 9)
        assert sum(widths) <= inside.width()
        assert max(widths) < inside.width() * 0.3
        for name in ("what", "old", "new"):
            rect = view.visualRect(model.index(0, names.index(name)))
            assert inside.contains(rect.topLeft()) and rect.right() <= inside.right()
            assert rect.width() >= 120


def hit_shown(qtbot, dialog: RegisterSearchDialog, words: str) -> None:  # type: ignore[no-untyped-def]
    """Type words into the search, as a keyboard does, until its rows are shown."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.query.setFocus()
    with qtbot.waitSignal(dialog.found, timeout=10000):
        type_text(dialog, words)


def double_click(qtbot, dialog: RegisterSearchDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    """A double-click on a row, as the mouse sends it: a click, then the second press
    (Qt 6's mouseDClick alone is only the second)."""
    view = dialog.view
    where = view.visualRect(dialog.model.index(row, 3)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_double_click_on_a_hit_opens_its_unit_year_and_register(  # type: ignore[no-untyped-def]
    qtbot, vietnamese, window
) -> None:
    """Thành ủy Sơn La renamed from 2020: its 2019 row is found under its 2019 name, and a
    double-click from Mường La's 2021 (the tree searched for it) opens 2019, Thành ủy Sơn
    La, its exemplars, the row selected; the dialog closes."""
    from PySide6.QtWidgets import QDialog

    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.workflows.org_changes import rename_unit

    assert rename_unit(window.session, "SL.TP", "Đảng bộ thành phố Sơn La", 2020, FORM)
    window.announce(window.session.take_changes())
    window.year_box.setValue(2021)
    assert window.org_panel.select("SL.ML")
    window.org_panel.search.setText("Mường La")  # the tree shows Mường La alone
    dialog = RegisterSearchDialog(window.session, window)
    qtbot.addWidget(dialog)
    hit_shown(qtbot, dialog, "Lò Văn Minh")
    assert dialog.model.rowCount() == 1 and dialog.hint.isVisible()
    names = [attribute for attribute, _header in dialog.model.columns]
    row = [dialog.model.index(0, c).data() for c in range(len(names))]
    assert row[names.index("unit")] == "Thành ủy Sơn La"  # its name in 2019, not 2021's
    assert row[names.index("year")] == "2019"
    double_click(qtbot, dialog, 0)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert window.year == 2019 and window.org == "SL.TP"
    assert window.org_panel.current_code() == "SL.TP"
    assert window.org_panel.search.text() == ""  # the tree's search let go, to show it
    assert window.path_label.text().endswith("Thành ủy Sơn La")
    page = window.tabs.currentWidget()
    assert page in window.register_pages and page.spec.key == "exemplars"
    assert (page.model.org, page.model.year) == ("SL.TP", 2019)
    selected = page.view.selectionModel().selectedRows()
    assert page.model.row_ids([i.row() for i in selected]) == [2]
    assert page.model.rows[selected[0].row()]["name"].startswith("Đảng viên Lò Văn Minh")


def test_a_double_click_asks_first_when_figures_typed_are_not_saved(  # type: ignore[no-untyped-def]
    qtbot, window, answer
) -> None:
    """A word typed among Thuận Châu's figures: the double-click (or Enter) asks, the
    clerk stays; the unit, the year, the tab and the search stay as they were."""
    from ct05_desktop.gui.form_model import COL_VALUE

    assert window.org_panel.select("SL.TC")
    model = window.form.model
    assert model.setData(model.index(model.row_of("members_total"), COL_VALUE), "abc")
    dialog = RegisterSearchDialog(window.session, window)
    qtbot.addWidget(dialog)
    hit_shown(qtbot, dialog, "ho thuy dien")
    double_click(qtbot, dialog, 0)
    assert "Figures not saved" in answer or "Số liệu chưa được lưu" in answer
    assert (window.org, window.year) == ("SL.TC", 2019)
    assert window.tabs.currentWidget() is window.form and dialog.isVisible()
    assert model.dirty  # what was typed is still there
    dialog.view.setFocus()  # Enter on the row asks the same
    press(dialog, Qt.Key.Key_Return)
    assert len(answer) == 2 and window.org == "SL.TC" and dialog.isVisible()
