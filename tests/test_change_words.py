"""The change log in words: every kind of audit entry, written by the real workflows and
read back as the window shows it (labels, choices, names, dates and figures the clerk
knows; never a code, never JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ct05_desktop.domain.change_words import AuditLine, Names, audit_line
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.registers import format_time_vi
from ct05_desktop.domain.sources import FORM, PASTE, Source, csv_file, template_file
from ct05_desktop.workflows.backups import backup_now, restore
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.locks import lock_year, set_unit_status, unlock_year
from ct05_desktop.workflows.new_year import carry_breakthrough_models
from ct05_desktop.workflows.org_changes import add_unit, end_unit, rename_unit
from ct05_desktop.workflows.register_entry import (
    add_register_rows,
    delete_register_rows,
    update_register_cell,
)
from ct05_desktop.workflows.reports import save_unit_header
from ct05_desktop.workflows.review import audit_lines
from ct05_desktop.workflows.session import Session

TITLE = "Giải quyết dứt điểm đơn thư, vụ việc tồn đọng qua đối thoại với nhân dân"
CODES = ("{", "}", '"', "_", "sha256", "registered", "admin_reform", "party_building")


def newest(session: Session, lang: str = "vi", **filters: object) -> AuditLine:
    return audit_lines(session, lang, **filters)[0]


def shown(line: AuditLine) -> str:
    """Everything the window shows of a line, tooltips included (but the source's)."""
    return "\n".join(
        [line.action, line.what, line.old, line.new, line.source, line.change, line.at]
    )


def no_codes(line: AuditLine) -> None:
    text = shown(line)
    assert not [code for code in CODES if code in text], text


def test_a_figure_and_its_comment_with_vietnamese_numbers(demo: Session) -> None:
    key = ("SL.ML", 2019, "members_total")
    result = save_values(
        demo, [ValueChange(*key, raw="12345")], FORM, {key: "Theo báo cáo của huyện"}
    )
    assert result.ok
    figure, comment = audit_lines(demo, org="SL.ML", year=2019, indicator="members_total")[:2]
    if figure.action != "sửa số liệu":
        figure, comment = comment, figure
    assert (figure.action, figure.unit, figure.year, figure.what) == (
        "sửa số liệu",
        "Huyện ủy Mường La",
        "2019",
        "Tổng số đảng viên",
    )
    assert (figure.old, figure.new) == ("5.770", "12.345")
    assert figure.tip("new") == "Tổng số đảng viên: 5.770 → 12.345"
    assert (comment.action, comment.old, comment.new) == (
        "sửa ghi chú",
        "",
        "Theo báo cáo của huyện",
    )
    assert comment.tip("old") == "Tổng số đảng viên: (để trống) → Theo báo cáo của huyện"
    assert figure.source == "nhập tay"


def test_a_register_field_changed_is_told_by_its_label_and_the_choices_labels(
    demo: Session,
) -> None:
    row_id = demo.registers.rows("breakthrough_models", "SL.TC", 2019)[0]["id"]
    assert update_register_cell(demo, "breakthrough_models", row_id, "field", "xay dung dang", FORM)
    line = newest(demo)
    assert line.action == "sửa dòng sổ"
    assert (line.unit, line.year) == ("Huyện ủy Thuận Châu", "2019")
    assert line.what == f"Mô hình, nội dung đột phá: {TITLE}"
    assert (line.old, line.new) == ("Lĩnh vực: Cải cách hành chính", "Lĩnh vực: Xây dựng Đảng")
    assert line.change == "Lĩnh vực: Cải cách hành chính → Xây dựng Đảng"
    assert line.tip("old") == line.tip("new") == line.change
    no_codes(line)
    # a field emptied is said to be blank
    assert update_register_cell(demo, "breakthrough_models", row_id, "result", "", FORM)
    line = newest(demo)
    assert line.old == "Kết quả: Tổ chức 06 hội nghị đối thoại cấp huyện"
    assert line.new == "Kết quả: (để trống)"


def test_dates_and_numbers_of_a_register_row_the_vietnamese_way(demo: Session) -> None:
    row = demo.registers.rows("award_decisions", "SL", 2019)[0]
    assert update_register_cell(demo, "award_decisions", row["id"], "individuals", "1250", FORM)
    number = newest(demo)
    assert (number.old, number.new) == ("Số cá nhân: 35", "Số cá nhân: 1.250")
    assert update_register_cell(demo, "award_decisions", row["id"], "date", "5/3/2019", FORM)
    date = newest(demo)
    assert (date.old, date.new) == ("Ngày: 20/05/2019", "Ngày: 05/03/2019")
    # the row is named by its number and date as they are now, in its earlier entries too
    named = "Quyết định khen thưởng: 03-QĐ/TU (minh họa), 05/03/2019"
    assert [line.what for line in audit_lines(demo)[:2]] == [named, named]


def test_a_row_added_and_deleted_is_named_and_its_fields_listed(demo: Session) -> None:
    typed = {"date": "12/04/2019", "level": "cấp cơ sở", "place": "Xã Chiềng Sơn"}
    [row_id] = add_register_rows(
        demo, "dialogues", "SL.TC", 2019, [{**typed, "participants": "1200"}], PASTE
    )
    added = newest(demo)
    assert added.action == "thêm dòng sổ"
    assert added.what == "Hội nghị đối thoại: Xã Chiềng Sơn, 12/04/2019"
    assert added.old == ""
    assert added.new == ("Cấp tổ chức: Cấp cơ sở (xã, phường, thị trấn)\nSố người tham dự: 1.200")
    assert added.tip("new").startswith("Thêm: Xã Chiềng Sơn, 12/04/2019\nNgày: 12/04/2019\n")
    assert added.source == "dán từ Excel"
    no_codes(added)
    delete_register_rows(demo, "dialogues", "SL.TC", 2019, [row_id], FORM)
    deleted = newest(demo)
    assert deleted.action == "xóa dòng sổ"
    assert deleted.what == added.what
    assert (deleted.old, deleted.new) == (added.new, "")
    assert deleted.tip("old").startswith("Xóa: Xã Chiềng Sơn, 12/04/2019\n")
    no_codes(deleted)


def test_an_edit_names_the_row_as_it_was_when_deleted_though_its_id_was_taken_again(
    session: Session,
) -> None:
    def add(place: str) -> int:
        row = {"level": "cấp huyện", "place": place}
        return add_register_rows(session, "dialogues", "SL.MC", 2019, [row], FORM)[0]

    first = add("Mộc Châu")
    update_register_cell(session, "dialogues", first, "participants", "300", FORM)
    delete_register_rows(session, "dialogues", "SL.MC", 2019, [first], FORM)
    again = add("Vân Hồ")
    assert again == first  # SQLite gives the freed largest id to the next row
    update_register_cell(session, "dialogues", again, "participants", "250", FORM)
    edits = [line for line in audit_lines(session) if line.action == "sửa dòng sổ"]
    assert [(e.what, e.new) for e in edits] == [
        ("Hội nghị đối thoại: Vân Hồ", "Số người tham dự: 250"),
        ("Hội nghị đối thoại: Mộc Châu", "Số người tham dự: 300"),
    ]


def test_units_added_ended_and_renamed(demo_2019: Session) -> None:
    demo = demo_2019  # every district goes on after 2024
    add_unit(demo, "SL.MC", "SL.MC.TT", "Đảng bộ thị trấn Mộc Châu", "grassroots", 2019)
    added = newest(demo)
    assert (added.action, added.unit, added.what, added.old) == (
        "thêm đơn vị",
        "Đảng bộ thị trấn Mộc Châu",
        "Danh mục tổ chức",
        "",
    )
    assert added.new == (
        "Mã: SL.MC.TT\nTên: Đảng bộ thị trấn Mộc Châu\nCấp: cấp cơ sở\n"
        "Trực thuộc: Huyện ủy Mộc Châu\nHoạt động từ năm: 2019"
    )
    end_unit(demo, "SL.MC.TT", 2020)
    ended = newest(demo)
    assert (ended.action, ended.old, ended.new) == (
        "giải thể đơn vị",
        "Hoạt động đến năm: (để trống)",
        "Hoạt động đến năm: 2020",
    )
    assert ended.change == "Hoạt động đến năm: (để trống) → 2020"
    assert rename_unit(demo, "SL.MC.TT", "Đảng bộ thị trấn Nông trường Mộc Châu", 2020, FORM)
    renamed = newest(demo)
    assert (renamed.action, renamed.what, renamed.old, renamed.new) == (
        "đổi tên đơn vị",
        "Tên đơn vị từ năm 2020",
        "Đảng bộ thị trấn Mộc Châu",
        "Đảng bộ thị trấn Nông trường Mộc Châu",
    )
    for line in (added, ended, renamed):
        assert "Org(" not in shown(line) and "grassroots" not in shown(line)


def test_the_tree_read_from_a_file_is_told_unit_by_unit(demo: Session) -> None:
    first = audit_lines(demo)[-1]  # the default tree, the first thing written
    assert first.action == "thêm đơn vị"
    assert (first.unit, first.source) == ("Tỉnh ủy Sơn La", "tệp CSV orgs_default.csv")
    assert "Cấp: cấp tỉnh" in first.new


def test_statuses_and_locks(demo: Session) -> None:
    set_unit_status(demo, "SL.ML", 2019, "complete", FORM)
    complete = newest(demo)
    assert (complete.action, complete.what, complete.old, complete.new) == (
        "đổi tình trạng",
        "Tình trạng số liệu",
        "chưa đánh dấu",
        "đã hoàn thành",
    )
    set_unit_status(demo, "SL.ML", 2019, "approved", FORM)
    assert (newest(demo).old, newest(demo).new) == ("đã hoàn thành", "đã duyệt")
    set_unit_status(demo, "SL.ML", 2019, None, FORM)
    assert newest(demo).new == "chưa đánh dấu"
    assert lock_year(demo, 2019, FORM)
    locked = newest(demo)
    assert (locked.action, locked.unit, locked.year, locked.what) == (
        "chốt năm",
        "",
        "2019",
        "Số liệu năm 2019",
    )
    assert (locked.old, locked.new, locked.change) == (
        "đang mở",
        "đã chốt",
        "Số liệu năm 2019: đang mở → đã chốt",
    )
    assert unlock_year(demo, 2019, FORM)
    assert (newest(demo).action, newest(demo).old, newest(demo).new) == (
        "mở lại năm",
        "đã chốt",
        "đang mở",
    )


def test_a_report_header_by_its_fields(demo: Session) -> None:
    assert save_unit_header(demo, "SL.ML", {"signer_name": "Lò Văn Pọm"}, FORM)
    line = newest(demo)
    assert (line.action, line.unit, line.what) == (
        "sửa phần đầu báo cáo",
        "Huyện ủy Mường La",
        "Phần đầu báo cáo",
    )
    assert (line.old, line.new) == ("Họ tên người ký: (mặc định)", "Họ tên người ký: Lò Văn Pọm")
    assert save_unit_header(demo, "SL.ML", {"recipients": "Tỉnh ủy\nLưu VP"}, FORM)
    line = newest(demo)
    assert line.old == "Họ tên người ký: Lò Văn Pọm\nNơi nhận: (mặc định)"
    assert line.new == "Họ tên người ký: (mặc định)\nNơi nhận: Tỉnh ủy; Lưu VP"


def test_a_restore_names_the_files_and_keeps_the_folders_for_the_tooltip(
    demo: Session, tmp_path: Path
) -> None:
    good = backup_now(demo, tmp_path / "good.db")
    safety = restore(demo, good, FORM, from_window=True)
    line = newest(demo)
    assert (line.action, line.what) == ("khôi phục bản sao lưu", "Toàn bộ dữ liệu")
    assert line.old == f"dữ liệu cũ lưu ở {safety.name}"
    assert line.new == "bản sao lưu good.db"
    assert str(safety.parent) not in line.old and str(safety) in line.tip("old")


def test_imports_say_the_files_name_and_keep_the_fingerprint_for_the_tooltip(
    demo: Session, tmp_path: Path
) -> None:
    values = tmp_path / "values.csv"
    values.write_text("org_code,year,indicator,value\nSL.ML,2019,members_total,5801\n", "utf-8")
    assert not import_csv(demo, values).problems
    assert (newest(demo).source, newest(demo).new) == ("tệp CSV values.csv", "5.801")
    source = template_file("C:\\Users\\van\\Documents\\tc-2019.xlsx", "9f2c41d0aa")
    demo.registers.insert(
        "exemplars", "SL.ML", 2019, {"name": "Bà Lò Thị Xuân", "kind": "individual"}, source
    )
    line = newest(demo)
    assert line.source == "mẫu Excel tc-2019.xlsx"
    assert line.tip("source") == (
        "mẫu Excel C:\\Users\\van\\Documents\\tc-2019.xlsx (sha256=9f2c41d0aa)"
    )
    assert "sha256" not in line.source
    assert carry_breakthrough_models(demo, 2020) > 0
    carried = newest(demo)
    assert (carried.action, carried.source) == ("thêm dòng sổ", "chuyển từ năm 2019")
    assert carried.what.startswith("Mô hình, nội dung đột phá: ")
    assert "Tình trạng: Đang thực hiện" in carried.new


def test_in_english_when_the_window_is(demo: Session) -> None:
    row_id = demo.registers.rows("breakthrough_models", "SL.TC", 2019)[0]["id"]
    update_register_cell(demo, "breakthrough_models", row_id, "field", "Xây dựng Đảng", FORM)
    line = newest(demo, "en")
    assert (line.action, line.what, line.source) == (
        "register row changed",
        f"Breakthrough models: {TITLE}",
        "typed in",
    )
    assert line.change == "Field: Administrative reform → Party building"
    lock_year(demo, 2019, csv_file("/tmp/x/locks.csv"))
    locked = newest(demo, "en")
    assert (locked.action, locked.what, locked.new, locked.source) == (
        "year locked",
        "The 2019 figures",
        "locked",
        "CSV file locks.csv",
    )
    assert locked.tip("source") == "CSV file /tmp/x/locks.csv"


def test_when_is_day_month_year_and_the_seconds_in_the_tip(demo: Session) -> None:
    assert format_time_vi("2026-11-26T13:21:41", seconds=True) == "26/11/2026 13:21:41"
    assert format_time_vi("2026-11-26T13:21:41") == "26/11/2026 13:21"
    assert format_time_vi("yesterday") == "yesterday"
    line = newest(demo)
    assert len(line.at) == len("26/11/2026 13:21") and line.tip("at").startswith(line.at)


@pytest.mark.parametrize(
    ("entry", "what", "old", "new"),
    [
        # an action this version does not know: as stored
        ({"action": "merge", "old": "a", "new": "b"}, "", "a", "b"),
        # a register this version does not know: as stored
        ({"action": "register_add", "register": "trips", "new": "{}"}, "trips", "", "{}"),
        # a damaged value: nothing invented
        ({"action": "register_edit", "register": "exemplars", "old": "[1"}, "", "", ""),
        (  # a unit as its JSON record (an old repr is one since migration 0017)
            {"action": "org", "old": "Org(", "new": '{"code": "X", "name": "Y", "level": "cell"}'},
            "Danh mục tổ chức",
            "",
            "Mã: X\nTên: Y\nCấp: cấp chi bộ",
        ),
    ],
)
def test_entries_it_cannot_read_are_shown_as_stored(
    session: Session, entry: dict[str, object], what: str, old: str, new: str
) -> None:
    names = Names(session.catalogue, session.tree())
    line = audit_line({"at": "2026-01-02T03:04:05", "who": "Mai", **entry}, names)
    if entry.get("register") == "exemplars":
        what = "Gương người tốt, việc tốt, điển hình tiên tiến"
    assert (line.what, line.old, line.new) == (what, old, new)
    assert line.at == "02/01/2026 03:04"


def test_the_source_of_an_unknown_kind_is_shown_as_stored() -> None:
    assert Source.parse("robot:arm").words() == "robot:arm"
    assert Source.parse("form").full_words() == "nhập tay"


def test_a_unit_kept_as_a_repr_is_read_after_migration_0017(session: Session) -> None:
    """Entries written before the change log kept units in JSON: made JSON once, shown as
    they were; a damaged one is left as it is."""
    from ct05_desktop.storage.later_migrations import change_log_json

    old = "Org(code='SL.X', name='Chi bộ X', level='cell', parent_code='SL', valid_from=2019)"
    rows = [
        ("org", None, old),
        ("rename", old, old.replace("Chi bộ X", "Chi bộ Y")),
        ("org", "Org(", None),
    ]
    db = session.repo.db
    for action, before, after in rows:
        db.execute(
            "INSERT INTO audit (at, who, action, source, org_code, old, new) "
            "VALUES ('2019-01-02T03:04:05', 'Mai', ?, 'cli', 'SL.X', ?, ?)",
            [action, before, after],
        )
    change_log_json(db)
    stored = db.execute("SELECT old, new FROM audit WHERE org_code = 'SL.X' ORDER BY id").fetchall()
    assert json.loads(stored[0][1]) == {
        "code": "SL.X",
        "name": "Chi bộ X",
        "level": "cell",
        "parent_code": "SL",
        "valid_from": 2019,
        "valid_to": None,
        "successor_code": None,
    }
    assert stored[2] == ("Org(", None)  # damaged: as it was
    names = Names(session.catalogue, session.tree())
    line = audit_line(
        {
            "at": "2019-01-02T03:04:05",
            "who": "Mai",
            "action": "org",
            "old": stored[1][0],
            "new": stored[1][1],
        },
        names,
    )
    assert (line.old, line.new) == ("Tên: Chi bộ X", "Tên: Chi bộ Y")
