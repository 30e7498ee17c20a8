"""A CSV file read strictly (issue 11): a column named twice, a quote left open, a row
with more or fewer cells than its header, an unquoted '11,409' are refused by line (and
column), in words in both languages, and the file writes nothing."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.session import Session

from .csv_helpers import ORGS, VALUES, refused, state, where, write

GOOD = "SL.TC,2019,reception_cases,4\n"
INDICATORS = (
    "reception_cases",
    "reception_sessions",
    "study_sessions",
    "study_attendees",
    "dialogues_district",
)


def test_a_column_named_twice_is_refused_naming_both(session: Session, tmp_path: Path) -> None:
    path = write(tmp_path / "twice.csv", f"{VALUES},Value\nSL.TC,2019,reception_cases,4,5\n")
    problems = refused(session, path)
    assert where(problems) == [(1, None, "duplicate_column")]
    assert str(problems[0]) == "twice.csv, dòng 1: cột 'value' có hai lần (cột 4 và cột 5)"
    assert problems[0].words("en").endswith("the column 'value' appears twice (columns 4 and 5)")
    orgs = write(tmp_path / "orgs.csv", f"{ORGS},code\nX,Huyện ủy X,district,SL,,,Y\n")
    assert where(refused(session, orgs)) == [(1, None, "duplicate_column")]


def test_an_unclosed_quote_is_refused_at_the_line_it_opened(
    session: Session, tmp_path: Path
) -> None:
    text = (
        f"{VALUES},comment\n{GOOD.strip()},\n"
        'SL.TC,2019,reception_sessions,2,"chưa đóng\n'
        "SL.TC,2019,study_sessions,3,\n"
        "SL.TC,2019,study_attendees,4,\n"
    )
    problems = refused(session, write(tmp_path / "open.csv", text))
    assert where(problems) == [(3, None, "unclosed_quote")]
    assert "dòng 3" in str(problems[0]) and "không được đóng" in str(problems[0])
    header = write(tmp_path / "header.csv", 'org_code,"year\n' + GOOD)
    assert where(refused(session, header)) == [(1, None, "unclosed_quote")]


def test_text_after_a_closing_quote_names_where_the_quote_opened(
    session: Session, tmp_path: Path
) -> None:
    glued = write(tmp_path / "glued.csv", f'{VALUES}\n{GOOD}SL.TC,2019,study_sessions,"11"409\n')
    problems = refused(session, glued)
    assert where(problems) == [(3, None, "text_after_quote")]
    assert problems[0].reason.params["opened"] == 3
    text = (
        f"{VALUES},comment\n"
        'SL.TC,2019,reception_cases,1,"ghi chú\n'  # never closed: it runs on
        "SL.TC,2019,reception_sessions,2,\n"
        'SL.TC,2019,study_sessions,3,"đủ" rồi\n'
    )
    problems = refused(session, write(tmp_path / "runs.csv", text))
    assert where(problems) == [(4, None, "text_after_quote")]
    assert "ở dòng 2" in str(problems[0]) and "on line 2" in problems[0].words("en")


def test_a_row_wider_than_the_header_is_refused_never_shifted(
    session: Session, tmp_path: Path
) -> None:
    rows = "".join(f"SL.TC,2019,{i},{n}\n" for n, i in enumerate(INDICATORS))
    path = write(tmp_path / "wide.csv", f"{VALUES}\n{rows}SL.TC,2019,exemplars_collective,11,409\n")
    problems = refused(session, path)
    assert [(p.line, p.column, p.value, p.code) for p in problems] == [
        (7, "5", "409", "too_many_columns")
    ]
    assert str(problems[0]).startswith("wide.csv, dòng 7, cột 5, giá trị '409': dòng có 5 ô, ")
    assert "tiêu đề có 4" in str(problems[0]) and "11.409" in str(problems[0])
    # with its own comment too, the row is one cell too wide for the comment column
    path = write(tmp_path / "wide2.csv", f"{VALUES},comment\nSL.TC,2019,x,11,409,ghi chú\n")
    assert [(p.line, p.column, p.value) for p in refused(session, path)] == [(2, "6", "ghi chú")]


def test_11_409_beside_a_comment_column_is_not_11_with_a_comment(
    session: Session, tmp_path: Path
) -> None:
    text = f"{VALUES},comment\nSL.TC,2019,reception_cases,11,409\n"
    problems = refused(session, write(tmp_path / "split.csv", text))
    assert [(p.line, p.column, p.value, p.code) for p in problems] == [
        (2, "value", "11,409", "number_split")
    ]
    assert "hãy viết 11.409" in str(problems[0])
    fixed = (
        f"{VALUES},comment\n"
        'SL.TC,2019,reception_cases,"11,409"\n'
        "SL.TC,2019,reception_sessions,12,QĐ 409\n"
        "SL.TC,2019,study_sessions,0,409\n"
    )
    assert import_csv(session, write(tmp_path / "fixed.csv", fixed)).ok
    assert session.repo.unit_values("SL.TC", 2019) == {
        "reception_cases": 11409,
        "reception_sessions": 12,
        "study_sessions": 0,
    }
    assert session.repo.comments("SL.TC", 2019) == {
        "reception_sessions": "QĐ 409",
        "study_sessions": "409",
    }


def test_a_row_shorter_than_the_header_lacks_only_optional_columns(
    session: Session, tmp_path: Path
) -> None:
    short = write(tmp_path / "short.csv", f"{VALUES},comment\n{GOOD}SL.TC,2019,study_sessions\n")
    problems = refused(session, short)
    assert where(problems) == [(3, None, "too_few_columns")]
    assert str(problems[0]).endswith("dòng có 3 ô, tiêu đề có 5; thiếu cột value")
    orgs = write(tmp_path / "orgs.csv", f"{ORGS}\nX,Huyện ủy X,district,SL,2020\n")
    assert where(refused(session, orgs)) == [(2, None, "too_few_columns")]
    # the comment, a successor and a renaming's year are optional: a row may end before
    no_comment = write(tmp_path / "v.csv", f"{VALUES},comment\n{GOOD}")
    assert import_csv(session, no_comment).ok
    assert session.repo.unit_values("SL.TC", 2019) == {"reception_cases": 4}
    no_successor = write(
        tmp_path / "o.csv", f"{ORGS},successor_code\nX,Huyện ủy X,district,SL,2020,\n"
    )
    assert import_csv(session, no_successor).ok and "X" in session.tree()


def test_a_cell_longer_than_csv_allows_is_told_in_words(session: Session, tmp_path: Path) -> None:
    long = "x" * 200_000
    path = write(tmp_path / "long.csv", f'{VALUES},comment\n{GOOD.strip()},"{long}"\n')
    problems = refused(session, path)
    assert where(problems) == [(2, None, "field_too_long")]
    assert str(problems[0]).endswith("có ô dài hơn 131.072 ký tự, quá dài đối với một ô của bảng")
    assert "131,072 characters" in problems[0].words("en")
    assert "field limit" not in str(problems[0])


def test_a_refused_file_writes_none_of_its_good_rows(session: Session, tmp_path: Path) -> None:
    before = state(session)
    text = f"{VALUES}\n{GOOD}SL.TC,2019,reception_sessions,5,6\n"
    report = import_csv(session, write(tmp_path / "one_bad.csv", text))
    assert where(report.problems) == [(3, "5", "too_many_columns")]
    assert state(session) == before and session.repo.unit_values("SL.TC", 2019) == {}
