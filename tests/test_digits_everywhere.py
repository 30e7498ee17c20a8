"""Digits other than 0-9 ('١٢', '۱۲', '１２') are refused the same way on every path in:
a form, a template cell, a template's year, a register's number or date, a report's
period (issue 11). 0-9 grouped as Vietnamese write thousands keep working."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.registers import REGISTERS, FieldError, parse_field
from ct05_desktop.excel.templates.writer import META
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.reports import ReportError, parse_years
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

from .test_templates import content, fill


@pytest.mark.parametrize("raw", ["١٢.٣٤٥", "۱۱.۴۰۹", "１.２３４", "1.２３４"])
def test_a_form_and_a_template_cell_refuse_the_same_numbers(
    demo: Session, tmp_path: Path, raw: str
) -> None:
    before = content(demo)
    typed = save_values(demo, [ValueChange("SL.TC", 2019, "study_sessions", raw)], "test")
    assert [e.code for e in typed.errors] == ["not_whole_number"]
    template = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    filled = fill(template, tmp_path / "filled.xlsx", {("SL.TC", "study_sessions"): raw})
    report = import_template(demo, filled)
    assert not report.saved and [p.code for p in report.problems] == ["not_whole_number"]
    assert content(demo) == before
    ok = fill(template, tmp_path / "ok.xlsx", {("SL.TC", "study_sessions"): "1.234"})
    assert import_template(demo, ok).saved


def test_a_template_whose_year_is_written_in_other_digits_is_refused(
    demo: Session, tmp_path: Path
) -> None:
    template = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(template)
    sheet = wb[META]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "year")
    sheet.cell(row, 2).value = "٢٠١٩"
    wb.save(tmp_path / "arabic.xlsx")
    before = content(demo)
    report = import_template(demo, tmp_path / "arabic.xlsx")
    # refused as the hidden sheet is read (were the year well formed, the signature would)
    assert not report.saved and [p.code for p in report.problems] == ["template_year"]
    assert content(demo) == before


@pytest.mark.parametrize("text", ["٢٠١٩", "２０１９", "²019", "2017-٢٠١٩"])
def test_a_report_period_takes_digits_0_to_9_only(text: str) -> None:
    with pytest.raises(ReportError) as refused:
        parse_years(text)
    assert refused.value.code == "bad_period"


def test_a_register_date_and_number_take_digits_0_to_9_only() -> None:
    fields = [f for spec in REGISTERS for f in spec.fields]
    number = next(f for f in fields if f.kind == "int")
    date = next(f for f in fields if f.kind == "date")
    assert parse_field(number, "1.234") == 1234 and parse_field(date, "05/01/2020")
    for field, raw in ((number, "１.２３４"), (date, "05/01/٢٠٢٠"), (date, "٠٥/٠١/2020")):
        with pytest.raises(FieldError):
            parse_field(field, raw)
