"""Reports as issued: a final report marked with its number and date is written into a
folder under the window's names and kept in the database byte for byte, with what it rested
on; the list names what changed since; it is opened again exactly as it was sent."""

import datetime
from pathlib import Path

import pytest

from ct05_desktop.cli import main
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.progress import Cancelled
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.issued import issue_report, issued_reports
from ct05_desktop.workflows.report_texts import save_texts
from ct05_desktop.workflows.reports import ReportError, parse_years, unit_header
from ct05_desktop.workflows.session import Session

MUONG_LA = "SL.ML"
ISSUE = ["--final", "--allow-empty", "--issued", "--number", "45-BC/HU", "--date", "15/12/2019"]


def issue_cli(db: Path, out: Path, *more: str) -> int:
    args = ["--db", str(db), "report", "--year", "2019", "--org", MUONG_LA, *ISSUE]
    return main([*args, *more, "--out", str(out)])


def listed(db: Path, capsys: pytest.CaptureFixture[str], *more: str) -> list[list[str]]:
    capsys.readouterr()
    assert main(["--db", str(db), "issued", *more]) == 0
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_issued_from_the_command_line_and_opened_again_byte_for_byte(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = tmp_path / "sent"
    assert issue_cli(demo.path, sent) == 0
    names = sorted(p.name for p in sent.iterdir())
    assert names == [
        "BaoCao_CT05_Huyen_Uy_Muong_La_2019.docx",
        "PhuLuc_CT05_Huyen_Uy_Muong_La_2019.xlsx",
        "PhuLuc_CT05_Huyen_Uy_Muong_La_2019_KiemTra.xlsx",
    ]  # nothing left of the staging folder
    as_sent = {name: (sent / name).read_bytes() for name in names[:2]}
    [line] = listed(demo.path, capsys)
    assert line[1:] == [MUONG_LA, "2019", "45-BC/HU", "15/12/2019", "0"]

    changed = demo.repo.entered_values([2019], [MUONG_LA])
    indicator = next(i for (_, _, i) in changed)
    value = changed[(MUONG_LA, 2019, indicator)]
    assert save_values(demo, [ValueChange(MUONG_LA, 2019, indicator, value + 1)], FORM).ok
    [line] = listed(demo.path, capsys)
    assert line[-1] == "1"
    [item] = issued_reports(demo, MUONG_LA)
    [change] = item.changes
    assert (change.org_code, change.year, change.indicator) == (MUONG_LA, 2019, indicator)
    assert (change.then, change.now) == (value, value + 1)

    again = tmp_path / "again"
    assert main(["--db", str(demo.path), "issued", "--open", line[0], "--out", str(again)]) == 0
    assert {p.name: p.read_bytes() for p in again.iterdir()} == as_sent
    # a report made now differs: the figure changed
    assert issue_cli(demo.path, tmp_path / "now", "--number", "46-BC/HU") == 0
    now = tmp_path / "now" / names[0]
    assert now.read_bytes() != as_sent[names[0]]


def test_the_list_is_newest_first_and_by_unit(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert issue_cli(demo.path, tmp_path / "a") == 0
    args = ["--db", str(demo.path), "report", "--years", "2018-2019", *ISSUE]
    assert main([*args, "--date", "20/12/2019", "--out", str(tmp_path / "b")]) == 0
    lines = listed(demo.path, capsys)
    assert [(line[1], line[2], line[4]) for line in lines] == [
        ("SL", "2018-2019", "20/12/2019"),
        (MUONG_LA, "2019", "15/12/2019"),
    ]
    assert [line[1] for line in listed(demo.path, capsys, "--org", MUONG_LA)] == [MUONG_LA]
    assert listed(demo.path, capsys, "--org", "SL.MS.CM") == []


def test_a_written_part_changed_since_is_named(demo: Session, tmp_path: Path) -> None:
    header = unit_header(demo, MUONG_LA, None, datetime.date(2019, 12, 15), "45-BC/HU", 2019)
    save_texts(demo, MUONG_LA, 2019, {"lanh_dao": "Huyện ủy ban hành kế hoạch."}, FORM)
    issue_report(demo, parse_years("2019"), MUONG_LA, tmp_path, header, allow_empty=True)
    save_texts(demo, MUONG_LA, 2019, {"lanh_dao": "Huyện ủy ban hành hai kế hoạch."}, FORM)
    [item] = issued_reports(demo)
    assert item.changes == [] and len(item.texts_changed) == 1
    assert "LÃNH ĐẠO" in item.texts_changed[0].upper()


@pytest.mark.parametrize(
    "drop, word",
    [("--final", "--final"), ("--number", "--number"), ("--date", "--date")],
)
def test_issued_needs_final_number_and_date(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str], drop: str, word: str
) -> None:
    cut = ISSUE.index(drop)
    kept = ISSUE[:cut] + ISSUE[cut + (1 if drop == "--final" else 2) :]
    args = ["--db", str(demo.path), "report", "--year", "2019", "--org", MUONG_LA, *kept]
    assert main([*args, "--out", str(tmp_path / "x")]) == 1
    assert word in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and demo.issued.records() == []


def test_a_stopped_issue_leaves_nothing(demo: Session, tmp_path: Path) -> None:
    header = unit_header(demo, MUONG_LA, None, datetime.date(2019, 12, 15), "45-BC/HU", 2019)
    seen: list[int] = []
    out = tmp_path / "out"

    def stop(percent: int, step: str) -> None:
        seen.append(percent)
        if percent > 50:
            raise Cancelled

    with pytest.raises(Cancelled):
        issue_report(demo, parse_years("2019"), MUONG_LA, out, header, True, stop)
    assert seen and list(out.iterdir()) == [] and demo.issued.records() == []
    with pytest.raises(ReportError):  # no number
        issue_report(demo, parse_years("2019"), MUONG_LA, out, unit_header(demo, MUONG_LA), True)
    assert list(out.iterdir()) == []


def test_an_unknown_issued_report_is_refused_in_words(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo.path), "issued", "--open", "7", "--out", str(tmp_path)]) == 1
    assert "không có báo cáo đã gửi mã 7" in capsys.readouterr().err


def test_issuing_is_in_the_change_log_in_words(demo: Session, tmp_path: Path) -> None:
    from ct05_desktop.workflows.review import audit_lines

    assert issue_cli(demo.path, tmp_path / "sent") == 0
    [entry] = [e for e in audit_lines(demo, org=MUONG_LA) if "báo cáo đã gửi" in e.action]
    assert (entry.what, entry.new, entry.year) == (
        "Báo cáo số",
        "45-BC/HU, 15/12/2019, 2019",
        "2019",
    )
    assert entry.source == "dòng lệnh"
