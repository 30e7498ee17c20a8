"""Defects found in review: each one a test, so it stays fixed."""

from pathlib import Path

import pytest

from ct05_desktop.domain.checks.figure_rules import ValueChange, parse_whole_number
from ct05_desktop.workflows.csv_transfer import export_csv, import_csv
from ct05_desktop.workflows.entry import InputRefused, save_values
from ct05_desktop.workflows.locks import set_unit_status
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database

ORG_HEADER = "code,name,level,parent_code,valid_from,valid_to"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_huge_numbers_are_not_whole_numbers(session: Session, tmp_path: Path) -> None:
    assert parse_whole_number("99999999999999999999") is None
    assert parse_whole_number(10**13) is None
    assert parse_whole_number("11\u00a0409") == 11409  # Excel's non-breaking space
    result = save_values(
        session, [ValueChange("SL.TC", 2019, "reception_cases", "99999999999999999999")], "test"
    )
    assert [e.code for e in result.errors] == ["not_whole_number"]
    csv = write(
        tmp_path / "v.csv",
        "org_code,year,indicator,value\n"
        "SL.TC,99999999999999999999,reception_cases,1\nSL.TC,²019,reception_cases,1\n",
    )
    report = import_csv(session, csv)
    assert [(p.line, p.column) for p in report.problems] == [(2, "year"), (3, "year")]


def test_a_parent_cycle_is_refused(session: Session, tmp_path: Path) -> None:
    report = import_csv(
        session, write(tmp_path / "o.csv", f"{ORG_HEADER}\nSL,Tỉnh ủy Sơn La,province,SL.TC,,\n")
    )
    assert [(p.line, p.column, p.value) for p in report.problems] == [(2, "parent_code", "SL.TC")]
    assert report.problems[0].code == "cycle"
    assert len(session.tree().roots(2019)) == 1


def test_successor_listed_below_and_round_trip_of_successors(
    session: Session, tmp_path: Path
) -> None:
    text = (
        f"{ORG_HEADER},successor_code\n"
        "SL.OLD,Huyện ủy Cũ,district,SL,2016,2024,SL.NEW\n"
        "SL.NEW,Huyện ủy Mới,district,SL,2025,,\n"
    )
    report = import_csv(session, write(tmp_path / "o.csv", text))
    assert report.ok, report.problems
    assert session.tree()["SL.OLD"].successor_code == "SL.NEW"
    out = tmp_path / "orgs.csv"
    export_csv(session, "orgs", out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == f"{ORG_HEADER},successor_code"
    with Session(tmp_path / "fresh.db") as fresh:
        assert import_csv(fresh, out).ok
        assert fresh.tree()["SL.OLD"].successor_code == "SL.NEW"


def test_comments_are_checked_and_survive_export_import(session: Session, tmp_path: Path) -> None:
    bad = write(
        tmp_path / "bad.csv", "org_code,year,indicator,value,comment\nSL.TC,2019,bogus,,ghi chú\n"
    )
    report = import_csv(session, bad)
    assert [(p.line, p.column) for p in report.problems] == [(None, "indicator")] or [
        p.column for p in report.problems
    ] == ["indicator"]
    good = write(
        tmp_path / "good.csv",
        "org_code,year,indicator,value,comment\n"
        'SL.TC,2019,dialogues_district,6,"06 xã: Tông Cọ, Mường Bám…"\n'
        "SL.TC,2019,reception_cases,,chưa có số\n",
    )
    assert import_csv(session, good).ok
    out = tmp_path / "values.csv"
    export_csv(session, "values", out)
    with Session(tmp_path / "fresh.db") as fresh:
        init_database(fresh)
        assert import_csv(fresh, out).ok
        assert fresh.repo.comments("SL.TC", 2019) == {
            "dialogues_district": "06 xã: Tông Cọ, Mường Bám…",
            "reception_cases": "chưa có số",
        }
        assert fresh.repo.unit_values("SL.TC", 2019) == {"dialogues_district": 6}


def test_trailing_empty_excel_columns_are_accepted(session: Session, tmp_path: Path) -> None:
    csv = write(
        tmp_path / "v.csv", "org_code,year,indicator,value,,\nSL.TC,2019,reception_cases,4,,\n"
    )
    assert import_csv(session, csv).ok


def test_a_locked_year_refuses_values_registers_and_status(session: Session) -> None:
    session.repo.lock_year(2019, "test")
    result = save_values(session, [ValueChange("SL.TC", 2019, "reception_cases", "1")], "test")
    assert [e.code for e in result.errors] == ["year_locked"]
    with pytest.raises(InputRefused, match="đã chốt"):
        set_unit_status(session, "SL.TC", 2019, "complete", "test")
    session.repo.unlock_year(2019, "test")
    set_unit_status(session, "SL.TC", 2019, "approved", "test")
    set_unit_status(session, "SL.TC", 2019, None, "test")  # withdrawing an approval works
    actions = [r["action"] for r in session.repo.audit_rows(year=2019)]
    assert actions == ["lock", "unlock", "status", "status"]
