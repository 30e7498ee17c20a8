"""Issue 23 in the window: the entry grid shows each year's form, and the history says
of a year whose form lacks an indicator that it was not in the form, never 0."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ct05_desktop.domain.sources import CLI
from ct05_desktop.gui.form_model import IndicatorFormModel
from ct05_desktop.gui.history_page import HistoryModel
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.form_transfer import export_form
from ct05_desktop.workflows.session import Session

ONLINE = "dialogues_online,reception,flow,,,Đối thoại trực tuyến,Online dialogues,cuộc\n"


def add_online_from_2021(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    export_form(session, 2021, path)
    with open(path, "a", encoding="utf-8") as f:
        f.write(ONLINE)
    assert import_csv(session, path, CLI, from_year=2021).ok


def test_the_grid_holds_the_form_of_its_year(qtbot: QtBot, demo: Session, tmp_path: Path) -> None:
    add_online_from_2021(demo, tmp_path)
    model = IndicatorFormModel(demo)
    model.load("SL.MC", 2021)
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" in codes and "dialogues_district" in codes
    model.load("SL.MC", 2019)
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" not in codes
    model.load("SL.MC", 2025)  # the districts gone: their level's dialogues with them
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" in codes and "dialogues_district" not in codes


def test_history_says_a_year_lacked_the_indicator(
    qtbot: QtBot, demo: Session, tmp_path: Path
) -> None:
    add_online_from_2021(demo, tmp_path)
    model = HistoryModel(demo)
    model.show([2019, 2020, 2021], {("dialogues_online", 2021): 7})
    row = [i.code for i in model.indicators].index("dialogues_online")
    cells = [model.index(row, c).data() for c in range(3)]
    assert cells == [model.tr("not in the form")] * 2 + ["7"]
    assert "2019" in model.index(row, 0).data(3)  # the tooltip names the year
    district = [i.code for i in model.indicators].index("dialogues_district")
    assert model.index(district, 2).data() == ""  # in the form, no figure: blank


def test_the_form_editor_changes_the_form_from_its_year_after_saying_what(
    qtbot: QtBot,
    demo: Session,
    monkeypatch,
    answer: list[str],  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QComboBox

    from ct05_desktop.domain.catalogue import Indicator
    from ct05_desktop.gui import ask
    from ct05_desktop.gui.form_dialog import LABEL, SECTION, FormDialog, NewIndicator

    dialog = FormDialog(demo, 2022)
    qtbot.addWidget(dialog)
    codes = [dialog._indicator(r).code for r in range(dialog.table.rowCount())]
    assert codes == demo.catalogue_of(2022).codes
    assert "2022" in dialog.span.text() and "2024" in dialog.span.text()
    row = codes.index("reception_citizens")
    dialog.table.item(row, LABEL).setText("Lượt công dân được tiếp")  # a rename
    dialog.table.selectRow(codes.index("reception_cases"))
    dialog.shift(-1)  # above the citizens
    dialog.table.selectRow(codes.index("study_attendees"))
    dialog.retire()
    online = Indicator("dialogues_online", "reception", "flow", "Đối thoại trực tuyến", "x")
    monkeypatch.setattr(NewIndicator, "exec", lambda self: NewIndicator.DialogCode.Accepted)
    monkeypatch.setattr(NewIndicator, "indicator", lambda self: online)
    dialog.add()
    combo = dialog.table.cellWidget(dialog.table.rowCount() - 1, SECTION)
    assert isinstance(combo, QComboBox) and combo.currentData() == "reception"
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tiếp dân và đối thoại", True))
    dialog.rename_section()  # the selected row's: reception
    assert combo.currentText() == "Tiếp dân và đối thoại"
    before = demo.form
    dialog.save()  # the answer fixture keeps the form as it is: nothing written
    assert answer[-1] == dialog.tr("Change the report form?") and demo.form == before
    told: list[str] = []

    def change(_parent, title, text, options, default, escape, *args, **kwargs):  # type: ignore[no-untyped-def]
        told.append(text)
        return 0

    monkeypatch.setattr(ask, "choose", change)
    dialog.save()
    assert "thêm chỉ tiêu “Đối thoại trực tuyến” (dialogues_online)" in told[0]
    assert "bỏ chỉ tiêu “Lượt cán bộ, đảng viên dự học tập” (study_attendees)" in told[0]
    later = demo.catalogue_of(2022)
    assert later["reception_citizens"].label_vi == "Lượt công dân được tiếp"
    order = later.codes
    assert order.index("reception_cases") < order.index("reception_citizens")
    assert "study_attendees" not in later and "dialogues_online" in later
    assert later.section("reception").label_vi == "Tiếp dân và đối thoại"
    assert "đổi tên nhóm “Tiếp công dân, đối thoại” thành “Tiếp dân và đối thoại”" in told[0]
    assert demo.catalogue_of(2021) == before.catalogue(2021)  # earlier years untouched
    assert demo.catalogue_of(2030).section("reception").label_vi == "Tiếp dân và đối thoại"


def test_the_subject_dialog_keeps_a_years_themes_and_the_report_dialog_shows_them(
    qtbot: QtBot, demo: Session, answer: list[str]
) -> None:
    from ct05_desktop.gui.subject_dialog import SubjectDialog, SubjectLine
    from ct05_desktop.workflows.report_subjects import subjects_for

    dialog = SubjectDialog(demo, 2023)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Kết luận số 01-KL/TW của Bộ Chính trị"
    assert (dialog.first.value(), dialog.last.value()) == (2021, 2025)  # the term it is in
    dialog.theme.setPlainText("Chuyên đề năm\n2023")  # a line break typed: one line kept
    dialog.term.setPlainText("Chuyên đề toàn khóa")
    dialog.save()
    assert answer == [] and dialog.result() == SubjectDialog.DialogCode.Accepted
    saved = subjects_for(demo, [2023])
    assert saved.theme_lines() == [
        "Chuyên đề toàn khóa 2021 - 2025: “Chuyên đề toàn khóa”",
        "Chuyên đề năm 2023: “Chuyên đề năm 2023”",
    ]
    line = SubjectLine(demo)
    qtbot.addWidget(line)
    line.show_years(range(2023, 2024))
    assert line.text.text().splitlines() == [
        "Kết luận số 01-KL/TW của Bộ Chính trị",
        "Chuyên đề toàn khóa 2021 - 2025, chuyên đề năm 2023",  # their words in the tooltip
    ]
    assert "“Chuyên đề năm 2023”" in line.text.toolTip()
    again = SubjectDialog(demo, 2023)
    qtbot.addWidget(again)
    again.name.setText("")  # half a subject: told in words, nothing kept
    again.save()
    assert answer == [again.windowTitle()]


def test_the_answer_dialog_previews_then_writes_the_answer(
    qtbot: QtBot,
    demo: Session,
    tmp_path: Path,
    monkeypatch,
    answer: list[str],  # type: ignore[no-untyped-def]
) -> None:
    import openpyxl

    from ct05_desktop.gui import file_choosers
    from ct05_desktop.gui.answer_dialog import AnswerDialog
    from ct05_desktop.workflows.templates.unit_files import write_unit_templates

    # the province's own database answers a template it wrote for itself, as SL
    template = write_unit_templates(demo, "SL", 2019, tmp_path / "sl.xlsx")[0]
    dialog = AnswerDialog(demo, template)
    qtbot.addWidget(dialog)
    assert (dialog.unit_code, dialog.year) == ("SL", 2019)
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=10_000)
    text = dialog.preview.toPlainText()
    assert "Tỉnh ủy Sơn La" in text and dialog.write_button.isEnabled()
    assert not dialog.take_form.isVisibleTo(dialog)  # one form: nothing to take
    out = tmp_path / "sl_answer.xlsx"
    monkeypatch.setattr(file_choosers, "save_file", lambda *a, **k: out)
    dialog.write()
    qtbot.waitUntil(lambda: out.exists() and bool(answer), timeout=10_000)
    ws = openpyxl.load_workbook(out)["Số liệu"]
    assert ws.cell(7, 1).value == "SL" and any(c.value is not None for c in ws[7][2:])
