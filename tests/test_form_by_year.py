"""Issue 23: the form read by year everywhere. An indicator added from 2021 is in 2021's
checks, templates and reports and not in 2019's; a retired one keeps its past figures
and leaves the later forms; a rename from a year leaves the earlier reports' label; the
form file goes out and comes back unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.sources import CLI
from ct05_desktop.excel.templates.writer import CODES, FIGURES
from ct05_desktop.storage.form_store import read_form
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import describe_all, save_values
from ct05_desktop.workflows.form_transfer import export_form
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import write_unit_templates

ONLINE = [
    "dialogues_online",
    "reception",
    "flow",
    "",
    "",
    "Đối thoại trực tuyến",
    "Online",
    "cuộc",
    "",
]


def form_file(session: Session, year: int, path: Path, edit=None) -> Path:  # type: ignore[no-untyped-def]
    """year's form as a file, edited by edit(rows) when given."""
    export_form(session, year, path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if edit is not None:
        rows = edit(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def change_from(session: Session, year: int, tmp_path: Path, edit) -> list[str]:  # type: ignore[no-untyped-def]
    report = import_csv(
        session, form_file(session, year, tmp_path / "f.csv", edit), CLI, from_year=year
    )
    assert report.ok, [str(p) for p in report.problems]
    return [p.vi for p in report.affected]


def enter(session: Session, org: str, year: int, code: str, value: str):  # type: ignore[no-untyped-def]
    return save_values(session, [ValueChange(org, year, code, value)], CLI)


def sheet_labels(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["Tổng hợp"]
    return [str(ws.cell(r, c).value) for r in (5, 6) for c in range(3, ws.max_column + 1)]


def test_an_indicator_added_from_2021_is_in_2021_only(demo: Session, tmp_path: Path) -> None:
    said = change_from(demo, 2021, tmp_path, lambda rows: [*rows, ONLINE])
    assert "  thêm chỉ tiêu “Đối thoại trực tuyến” (dialogues_online)" in said
    assert "dialogues_online" in demo.catalogue_of(2021)
    assert "dialogues_online" in demo.catalogue_of(2030)  # carried on
    assert "dialogues_online" not in demo.catalogue_of(2019)
    refused = enter(demo, "SL.MC", 2019, "dialogues_online", "4")
    assert not refused.ok
    words = " ".join(describe_all(demo, refused.errors))
    assert "không có trong biểu mẫu năm 2019" in words and "từ 2021" in words
    assert enter(demo, "SL.MC", 2021, "dialogues_online", "7").ok
    # the templates: a column in 2021's, none in 2019's
    for year, held in ((2021, True), (2019, False)):
        out = write_unit_templates(demo, "SL", year, tmp_path / f"t{year}.xlsx")[0]
        ws = openpyxl.load_workbook(out)[FIGURES]
        codes = [ws.cell(CODES, c).value for c in range(1, ws.max_column + 1)]
        assert ("dialogues_online" in codes) is held
    # the reports: 2021's table has its column, rolled up to the province; 2019's none
    r2021, r2019 = tmp_path / "r2021.xlsx", tmp_path / "r2019.xlsx"
    build_report(demo, parse_years("2021"), r2021, "SL")
    build_report(demo, parse_years("2019"), r2019, "SL")
    assert "Đối thoại trực tuyến" in sheet_labels(r2021)
    assert "Đối thoại trực tuyến" not in sheet_labels(r2019)
    assert demo.figures([2021]).value("SL", 2021, "dialogues_online") == 7
    # the Word report says it as its figure and its label, in its section
    import docx

    words = tmp_path / "r2021.docx"
    build_report(demo, parse_years("2021"), words, "SL")
    text = "\n".join(p.text for p in docx.Document(str(words)).paragraphs)
    assert "07 đối thoại trực tuyến" in text  # the figure and the label
    # given a phrase, the report says it
    said = change_from(
        demo,
        2021,
        tmp_path,
        lambda rows: [
            [*r[:8], "tổ chức {n} cuộc đối thoại trực tuyến"] if r[0] == "dialogues_online" else r
            for r in rows
        ],
    )
    assert any("sửa “Đối thoại trực tuyến” (dialogues_online)" in line for line in said)
    build_report(demo, parse_years("2021"), words, "SL")
    text = "\n".join(p.text for p in docx.Document(str(words)).paragraphs)
    assert "tổ chức 07 cuộc đối thoại trực tuyến" in text
    # over the years, 2019 and 2020 say the form lacked it, never 0 or a blank
    for year in (2020, 2021):  # a figure in two years: the sheet is there
        assert enter(demo, "SL.MC", year, "reception_sessions", "12").ok
    span = tmp_path / "r2019-2021.xlsx"
    build_report(demo, parse_years("2019-2021"), span, "SL.MC")
    ws = openpyxl.load_workbook(span)["Qua các năm"]
    row = next(r for r in ws.iter_rows() if r[1].value == "Đối thoại trực tuyến")
    assert [c.value for c in row[2:5]] == ["không có trong biểu mẫu"] * 2 + [7]


def test_a_retired_indicator_keeps_its_past_figures(demo: Session, tmp_path: Path) -> None:
    assert enter(demo, "SL.MC", 2019, "study_attendees", "120").ok
    said = change_from(
        demo, 2021, tmp_path, lambda rows: [r for r in rows if r[0] != "study_attendees"]
    )
    # the demo's 2025 figures of it stay in the database, out of the reports: said first
    assert "(study_attendees): 2 số liệu đã nhập từ năm 2021 vẫn được giữ" in said[1]
    assert "study_attendees" not in demo.catalogue_of(2021)
    assert "study_attendees" not in demo.catalogue_of(2026)
    assert demo.form.years_of("study_attendees") == [(2016, 2020)]
    assert demo.figures([2019]).value("SL.MC", 2019, "study_attendees") == 120  # still there
    out = tmp_path / "r2019.xlsx"
    build_report(demo, parse_years("2019"), out, "SL")
    assert "Lượt cán bộ, đảng viên dự học tập" in sheet_labels(out)
    refused = enter(demo, "SL.MC", 2021, "study_attendees", "5")
    assert not refused.ok and "2016–2020" in " ".join(describe_all(demo, refused.errors))


def test_a_rename_from_a_year_keeps_the_old_label_before(demo: Session, tmp_path: Path) -> None:
    new = "Số cuộc đối thoại ở cơ sở"

    def rename(rows: list[list[str]]) -> list[list[str]]:
        for row in rows:
            if row[0] == "dialogues_grassroots":
                row[5] = new
        return rows

    said = change_from(demo, 2021, tmp_path, rename)
    assert any("đổi tên chỉ tiêu (dialogues_grassroots)" in line for line in said)
    assert enter(demo, "SL.MC", 2021, "dialogues_grassroots", "30").ok
    old = demo.catalogue_of(2019)["dialogues_grassroots"].label_vi
    r2019, r2021 = tmp_path / "r2019.xlsx", tmp_path / "r2021.xlsx"
    build_report(demo, parse_years("2019"), r2019, "SL")
    build_report(demo, parse_years("2021"), r2021, "SL")
    assert old in sheet_labels(r2019) and new not in sheet_labels(r2019)
    assert new in sheet_labels(r2021) and old not in sheet_labels(r2021)


def test_a_form_file_goes_out_and_comes_back_unchanged(demo: Session, tmp_path: Path) -> None:
    before = read_form(demo.db)
    said = change_from(demo, 2021, tmp_path, lambda rows: rows)
    assert said == ["Biểu mẫu năm 2021 không thay đổi gì."]
    assert read_form(demo.db) == before
    # after a change, the form written out is the form read in
    change_from(demo, 2022, tmp_path, lambda rows: [*rows, ONLINE])
    first = form_file(demo, 2022, tmp_path / "a.csv").read_text("utf-8")
    changed = read_form(demo.db)
    assert change_from(demo, 2022, tmp_path, lambda rows: rows) == [
        "Biểu mẫu năm 2022 không thay đổi gì."
    ]
    assert read_form(demo.db) == changed
    assert form_file(demo, 2022, tmp_path / "b.csv").read_text("utf-8") == first


def test_a_form_file_is_refused_whole_with_where_and_why(demo: Session, tmp_path: Path) -> None:
    before = read_form(demo.db)
    bad = [
        ["members_total", "registration", "flow", "", "", "Đảng viên", "", ""],  # kind changed
        ["x", "nowhere", "flow", "", "", "X", "", ""],
        ["y2", "study", "sometimes", "", "", "", "", ""],
        ["z", "study", "flow", "gone", "", "Z", "", ""],
    ]
    path = form_file(demo, 2021, tmp_path / "bad.csv", lambda rows: [rows[0], *bad])
    without = import_csv(demo, path, CLI)
    assert [p.code for p in without.problems] == ["form_needs_year"]
    report = import_csv(demo, path, CLI, from_year=2021)
    codes = sorted(p.code for p in report.problems)
    assert codes == [
        "form_bad_kind",
        "form_label_empty",
        "form_unknown_pair",
        "form_unknown_section",
    ]
    assert "dòng 3, cột section, giá trị 'nowhere'" in str(report.problems[0])
    fine = form_file(demo, 2021, tmp_path / "k.csv", lambda rows: [rows[0], bad[0]])
    kind = import_csv(demo, fine, CLI, from_year=2021)
    assert [p.code for p in kind.problems] == ["form_kind_changed"]
    assert read_form(demo.db) == before  # nothing written


def test_a_template_carries_its_form_and_an_edited_one_is_refused(
    demo: Session, tmp_path: Path
) -> None:
    from ct05_desktop.excel.templates.form import FORM_SHEET
    from ct05_desktop.workflows.templates.unit_files import import_template

    out = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(out)
    codes = [row[0] for row in wb[FORM_SHEET].iter_rows(min_row=2, values_only=True)]
    assert codes == demo.catalogue_of(2019).codes
    wb[FORM_SHEET]["F2"] = "Một tên khác"  # a hand on the hidden form
    wb.save(out)
    report = import_template(demo, out, dry_run=True)
    assert "template_form_edited" in [p.code for p in report.problems]


def test_a_register_choice_of_the_district_level_is_kept_to_2024(
    demo: Session, tmp_path: Path
) -> None:
    import pytest

    from ct05_desktop.domain.registers import DIALOGUES
    from ct05_desktop.workflows.entry import InputRefused
    from ct05_desktop.workflows.register_entry import add_register_rows

    level = DIALOGUES.field("level")
    assert [c.code for c in level.choices_in(2024)] == ["district", "grassroots"]
    assert [c.code for c in level.choices_in(2025)] == ["grassroots"]
    row = {"level": "Cấp huyện", "place": "Chiềng Mung", "date": "12/04/2025"}
    with pytest.raises(InputRefused) as refused:
        add_register_rows(demo, "dialogues", "SL.MS.CM", 2025, [row], CLI)
    assert "'Cấp huyện' chỉ chọn được đến năm 2024, không dùng cho năm 2025" in str(refused.value)
    row["date"] = "12/04/2024"
    assert add_register_rows(demo, "dialogues", "SL.MS", 2024, [row], CLI)
    # a 2025 template's drop-down offers the grassroots level only
    out = write_unit_templates(demo, "SL.MS.CM", 2025, tmp_path / "cm.xlsx")[0]
    meta = openpyxl.load_workbook(out)["_ct05"]
    listed = {c.value for r in meta.iter_rows(min_col=5) for c in r if c.value}
    assert "Cấp cơ sở (xã, phường, thị trấn)" in listed and "Cấp huyện" not in listed


def test_a_model_carried_into_2025_leaves_the_district_level_to_be_chosen_again(
    demo: Session,
) -> None:
    from ct05_desktop.workflows.new_year import carry_breakthrough_models
    from ct05_desktop.workflows.register_entry import add_register_rows

    row = {
        "title": "Mô hình nuôi cá lồng",
        "registered_with": "Huyện ủy, thành ủy, đảng ủy trực thuộc",
        "status": "ongoing",
    }
    assert add_register_rows(demo, "breakthrough_models", "SL.MS.CM", 2024, [row], CLI)
    assert carry_breakthrough_models(demo, 2025) >= 1
    carried = demo.registers.rows("breakthrough_models", org="SL.MS.CM", year=2025)
    mine = [r for r in carried if r["title"] == "Mô hình nuôi cá lồng"]
    assert len(mine) == 1 and mine[0]["registered_with"] is None


def test_a_template_sent_before_a_retirement_is_read_by_its_own_form(
    demo: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.templates.unit_files import import_template

    out = write_unit_templates(demo, "SL.TC", 2024, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(out)
    ws = wb[FIGURES]
    column = {ws.cell(CODES, c).value: c for c in range(3, ws.max_column + 1)}
    ws.cell(7, column["study_attendees"]).value = 321
    ws.cell(7, column["reception_cases"]).value = 45
    wb.save(out)
    change_from(demo, 2024, tmp_path, lambda rows: [r for r in rows if r[0] != "study_attendees"])
    report = import_template(demo, out)
    assert report.saved, [str(p) for p in report.problems]
    said = " ".join(w.in_("vi") for w in report.warnings)
    assert "Lượt cán bộ, đảng viên dự học tập: 1 số liệu không nhập" in said
    assert demo.figures([2024]).entered("SL.TC", 2024, "reception_cases") == 45
    assert demo.figures([2024]).entered("SL.TC", 2024, "study_attendees") is None


def test_figures_kept_between_tasks_are_read_again_after_a_form_change(
    demo: Session, tmp_path: Path
) -> None:
    """The window keeps whole years between tasks: a form change (a new indicator moves
    every later one in the figures' lists) makes them read again, and is announced."""
    from ct05_desktop.workflows.session import keep_years_between_tasks

    keep_years_between_tasks(True)
    try:
        before = demo.figures([2019])
        expected = {c: before.value("SL", 2019, c) for c in demo.catalogue_of(2019).codes}
        demo.take_changes()
        change_from(
            demo, 2019, tmp_path, lambda rows: [rows[0], ["aa_first", *ONLINE[1:]], *rows[1:]]
        )
        assert demo.take_changes().tree  # every view reads its years again
        after = demo.figures([2019])
        assert {c: after.value("SL", 2019, c) for c in expected} == expected
        assert after.value("SL", 2019, "aa_first") is None
        entries = demo.repo.audit_rows(action="form_changed")
        assert entries and entries[-1]["year"] == 2019
    finally:
        keep_years_between_tasks(False)


def test_a_range_across_a_retirement_counts_its_years_in_the_form_only(
    demo: Session, tmp_path: Path
) -> None:
    """The demo's 2025 communes gave study_attendees; retired from 2021, those figures
    stay in the database and leave every report: no unit's sum, no negative own row."""
    years = range(2019, 2026)
    whole = demo.figures(years).over_years("SL", years, "study_attendees")
    change_from(demo, 2021, tmp_path, lambda rows: [r for r in rows if r[0] != "study_attendees"])
    figures = demo.figures(years)
    assert figures.over_years("SL", years, "study_attendees") == 1260 != whole
    assert figures.value("SL.MS.CM", 2025, "study_attendees") is None
    out = tmp_path / "range.xlsx"
    build_report(demo, parse_years("2019-2025"), out, "SL")
    ws = openpyxl.load_workbook(out)["Tổng hợp"]
    numbers = [c.value for r in ws.iter_rows(min_row=8) for c in r if isinstance(c.value, int)]
    assert numbers and min(numbers) >= 0


def test_a_section_renamed_alone_is_saved_and_a_later_file_keeps_the_earlier_labels(
    demo: Session, tmp_path: Path
) -> None:
    from dataclasses import replace

    from ct05_desktop.domain.catalogue import Catalogue
    from ct05_desktop.workflows.form_change import change_form

    form = demo.catalogue_of(2025)
    old = form.section("reception").label_vi
    sections = tuple(
        replace(s, label_vi="Tiếp dân, đối thoại") if s.code == "reception" else s
        for s in form.sections
    )
    with demo.writing():
        changed = change_form(demo, 2025, Catalogue(sections, form.indicators), CLI)
    assert not changed.empty and changed.sections == [("reception", old, "Tiếp dân, đối thoại")]
    assert demo.catalogue_of(2025).section("reception").label_vi == "Tiếp dân, đối thoại"
    change_from(demo, 2021, tmp_path, lambda rows: [r for r in rows if r[0] != "study_attendees"])
    assert demo.catalogue_of(2022).section("reception").label_vi == old
    assert demo.catalogue_of(2026).section("reception").label_vi == "Tiếp dân, đối thoại"
