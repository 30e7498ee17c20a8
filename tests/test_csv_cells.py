"""What a CSV cell may hold (issue 11): no control character (every later Excel report
would fail on it), no digit other than 0-9 outside a person's words, no year the program
does not keep; and a text Excel would run as a formula is written guarded and read back
as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.files.interchange import from_spreadsheet_safe, spreadsheet_safe
from ct05_desktop.workflows.csv_transfer import export_csv, import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database

from .csv_helpers import ORGS, VALUES, refused, where, write

CONTROLS = ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]


@pytest.mark.parametrize("char", CONTROLS)
def test_a_control_character_is_refused_by_line_and_column(
    session: Session, tmp_path: Path, char: str
) -> None:
    text = (
        f"{VALUES},comment\nSL.TC,2019,reception_cases,4,\nSL.TC,2019,study_sessions,3,a{char}b\n"
    )
    problems = refused(session, write(tmp_path / "ctrl.csv", text))
    assert where(problems) == [(3, "comment", "control_character")]
    code = f"U+{ord(char):04X}"
    assert code in str(problems[0]) and code in problems[0].words("en")
    assert char not in str(problems[0])  # shown as '�': it cannot be seen, nor printed
    orgs = write(tmp_path / "orgs.csv", f"{ORGS}\nX,Huyện ủy{char}X,district,SL,,\n")
    assert where(refused(session, orgs)) == [(2, "name", "control_character")]


def test_tabs_and_line_breaks_inside_a_comment_are_text(session: Session, tmp_path: Path) -> None:
    text = f'{VALUES},comment\nSL.TC,2019,reception_cases,4,"hai\r\ndòng\tvà tab"\n'
    assert import_csv(session, write(tmp_path / "ok.csv", text)).ok
    assert session.repo.comments("SL.TC", 2019) == {"reception_cases": "hai\r\ndòng\tvà tab"}


@pytest.mark.parametrize(
    ("column", "row"),
    [
        ("value", "SL.TC,2019,reception_cases,١١.٤٠٩"),  # Arabic-Indic
        ("value", "SL.TC,2019,reception_cases,۱۱٬۴۰۹"),  # extended Arabic-Indic
        ("value", "SL.TC,2019,reception_cases,١١"),
        ("value", "SL.TC,2019,reception_cases,１１.４０９"),  # full-width
        ("value", "SL.TC,2019,reception_cases,1١"),
        ("value", "SL.TC,2019,reception_cases,१२"),  # Devanagari
        ("year", "SL.TC,٢٠١٩,reception_cases,4"),
        ("year", "SL.TC,２０１９,reception_cases,4"),
    ],
)
def test_a_digit_other_than_0_to_9_is_refused_by_line_and_column(
    session: Session, tmp_path: Path, column: str, row: str
) -> None:
    text = f"{VALUES}\nSL.TC,2019,study_sessions,11.409\n{row}\n"
    problems = refused(session, write(tmp_path / "digits.csv", text))
    assert where(problems) == [(3, column, "foreign_digit")]
    assert "không phải chữ số 0–9" in str(problems[0]) and "(U+" in str(problems[0])
    orgs = write(tmp_path / "orgs.csv", f"{ORGS}\nX,Huyện ủy X,district,SL,２０２０,\n")
    assert where(refused(session, orgs)) == [(2, "valid_from", "foreign_digit")]


def test_thousands_with_dots_and_digits_in_words_still_come_in(
    session: Session, tmp_path: Path
) -> None:
    text = f"{VALUES},comment\nSL.TC,2019,study_sessions,11.409,diện tích 100 m² (٣ bản)\n"
    assert import_csv(session, write(tmp_path / "ok.csv", text)).ok
    assert session.repo.unit_values("SL.TC", 2019) == {"study_sessions": 11409}
    assert session.repo.comments("SL.TC", 2019) == {"study_sessions": "diện tích 100 m² (٣ bản)"}


@pytest.mark.parametrize("year", ["2015", "2101", "1900"])
def test_a_year_outside_the_programs_range_is_refused_by_line(
    session: Session, tmp_path: Path, year: str
) -> None:
    values = write(
        tmp_path / "v.csv",
        f"{VALUES}\nSL.TC,2019,study_sessions,1\nSL.TC,{year},study_sessions,1\n",
    )
    problems = refused(session, values)
    assert [(p.line, p.column, p.value, p.code) for p in problems] == [
        (3, "year", year, "year_out_of_range")
    ]
    assert "nằm ngoài khoảng 2016–2100" in str(problems[0])
    orgs = write(
        tmp_path / "o.csv",
        f"{ORGS},name_valid_from\n"
        f"X,Huyện ủy X,district,SL,{year},,\nY,Huyện ủy Y,district,SL,2016,{year},\n"
        f"SL.TC,Huyện ủy Thuận Châu Mới,district,SL,,,{year}\n",
    )
    assert where(refused(session, orgs)) == [
        (2, "valid_from", "year_out_of_range"),
        (3, "valid_to", "year_out_of_range"),
        (4, "name_valid_from", "year_out_of_range"),
    ]


FORMULAS = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-1+2"]


def test_a_text_excel_would_run_round_trips_through_export_and_import(
    session: Session, tmp_path: Path
) -> None:
    codes = ("reception_cases", "reception_sessions", "study_sessions", "study_attendees")
    codes += ("dialogues_district", "exemplars_collective")
    texts = [*FORMULAS, "'=already guarded", "'chỉ một dấu nháy"]
    comments = dict(zip(codes, texts, strict=True))
    changes = [ValueChange("SL.TC", 2019, code, n) for n, code in enumerate(codes, 1)]
    keyed = {("SL.TC", 2019, code): text for code, text in comments.items()}
    assert save_values(session, changes, "test", keyed).ok
    assert session.repo.comments("SL.TC", 2019) == comments
    out = tmp_path / "out.csv"
    export_csv(session, "values", out)
    raw = out.read_text(encoding="utf-8-sig")
    assert 'SL.TC,2019,reception_cases,1,"\'=HYPERLINK(""http://x"")"\n' in raw
    assert "SL.TC,2019,reception_sessions,2,'+cmd|' /C calc'!A0\n" in raw
    assert ",3,'@SUM(A1)\n" in raw and ",4,'-1+2\n" in raw  # numbers stay unquoted
    assert ",5,''=already guarded\n" in raw and ",6,'chỉ một dấu nháy\n" in raw
    with Session(tmp_path / "fresh.db") as fresh:
        init_database(fresh)
        assert import_csv(fresh, out).ok
        assert fresh.repo.comments("SL.TC", 2019) == comments
        assert fresh.repo.unit_values("SL.TC", 2019) == {c: n for n, c in enumerate(comments, 1)}


def test_a_unit_name_excel_would_run_round_trips(session: Session, tmp_path: Path) -> None:
    assert import_csv(session, write(tmp_path / "o.csv", f"{ORGS}\nX,=SUM(1;2),district,SL,,\n")).ok
    out = tmp_path / "orgs.csv"
    export_csv(session, "orgs", out)
    assert "\nX,'=SUM(1;2),district,SL,,\n" in out.read_text(encoding="utf-8-sig")
    with Session(tmp_path / "fresh.db") as fresh:
        assert import_csv(fresh, out).ok and fresh.tree()["X"].name == "=SUM(1;2)"


@pytest.mark.parametrize(
    "text", [*FORMULAS, "'=a", "''@b", "'plain", "\tx", "\r=y", "Huyện ủy", "", "-", "'"]
)
def test_reading_undoes_exactly_what_writing_guards(text: str) -> None:
    written = spreadsheet_safe(text)
    assert isinstance(written, str) and from_spreadsheet_safe(written) == text
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert spreadsheet_safe(11409) == 11409
