"""Dates the window shows are dd/mm/yyyy: a register row found by search, the change log
(its moments and a register row's values), a moment stored as ISO text, a date cell of a
filled template repeated in a refusal."""

import datetime as dt
from pathlib import Path

import pytest

from ct05_desktop.domain.registers import (
    DIALOGUES,
    FieldError,
    format_time_vi,
    parse_field,
    shown_text,
)
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.review import audit_lines, search_registers
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import check_template, write_unit_templates

from .test_templates import fill


def test_moments_and_register_values_read_as_dd_mm_yyyy() -> None:
    assert format_time_vi("2019-06-14T10:22:33") == "14/06/2019 10:22"
    assert format_time_vi("2019-06-14T10:22:33", seconds=True) == "14/06/2019 10:22:33"
    assert format_time_vi("") == "" and format_time_vi("hôm qua") == "hôm qua"
    row = {"date": "2019-06-14", "level": "district", "place": "Ít Ong", "participants": 120}
    assert shown_text(DIALOGUES, row) == "14/06/2019 · Cấp huyện · Ít Ong · 120"


def test_search_hits_and_the_change_log_show_dates_as_dd_mm_yyyy(session: Session) -> None:
    row = {"date": "2019-06-14", "level": "district", "place": "Ít Ong", "participants": 120}
    row_id = session.registers.insert("dialogues", "SL.MC", 2019, row, FORM)
    session.registers.update("dialogues", row_id, {**row, "date": "2019-06-15"}, FORM)
    (hit,) = search_registers(session, "it ong")
    assert hit.text == "15/06/2019 · Cấp huyện · Ít Ong · 120"
    assert search_registers(session, "15/06/2019") == [hit]  # the date as the clerk types it
    edit, add = audit_lines(session, "vi")[:2]
    assert add.what == "Hội nghị đối thoại: Ít Ong, 14/06/2019"  # the row as it was added
    assert add.new.split("\n") == ["Cấp tổ chức: Cấp huyện", "Số người tham dự: 120"]
    assert edit.what == "Hội nghị đối thoại: Ít Ong, 15/06/2019"  # the row as it is
    assert (edit.old, edit.new) == ("Ngày: 14/06/2019", "Ngày: 15/06/2019")
    day, time = add.at_full.split(" ")
    assert day[2] == day[5] == "/" and len(day) == 10 and len(time) == 8


def test_a_date_cell_where_a_number_goes_is_repeated_as_dd_mm_yyyy(
    demo: Session, tmp_path: Path
) -> None:
    template = write_unit_templates(demo, "SL.BY", 2019, tmp_path / "by.xlsx")[0]
    day = dt.datetime(2019, 6, 14)
    filled = fill(template, tmp_path / "f.xlsx", {("SL.BY", "study_sessions"): day})
    (figure,) = check_template(demo, filled).report.problems
    assert "giá trị '14/06/2019'" in figure.words("vi")
    assert parse_field(DIALOGUES.field("date"), day) == "2019-06-14"
    with pytest.raises(FieldError) as refused:
        parse_field(DIALOGUES.field("participants"), day)
    assert refused.value.words("vi").startswith("'14/06/2019' không hợp lệ")
    assert parse_field(DIALOGUES.field("place"), day.replace(hour=9)) == "14/06/2019 09:00"
