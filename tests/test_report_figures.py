"""The one-figure rule at its edges: shares in text and table, a unit dissolved within the
range, the table's own row in the check sheet, and the files and headers a review found
wrong. Each case was reproduced before it was fixed."""

import datetime as dt
import os
import stat
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from ct05_desktop.cli import main
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import ReportError, parse_years, unit_header
from ct05_desktop.workflows.session import Session


def table(session: Session, tmp_path: Path, years: str, org: str | None = None):  # type: ignore[no-untyped-def]
    out = tmp_path / f"t{years}{org}.xlsx"
    build_report(session, parse_years(years), out, org)
    wb = openpyxl.load_workbook(out)
    return wb


def cells(ws):  # type: ignore[no-untyped-def]
    header: dict[str, int] = {}
    for c in range(3, ws.max_column + 1):  # each label's last column: a share's whole repeats
        header[ws.cell(6, c).value or ws.cell(5, c).value] = c
    rows = {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value}
    return header, rows


def text_of(wb) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(c.value) for row in wb["Tóm tắt"].iter_rows() for c in row if c.value)


def values_of(session: Session, tmp_path: Path, years: str):  # type: ignore[no-untyped-def]
    """The same table as a viewer that does not recalculate reads it."""
    out = tmp_path / f"t{years}None.xlsx"
    return openpyxl.load_workbook(out, data_only=True)["Tổng hợp"]


def test_a_share_is_the_same_in_the_text_and_in_the_table(demo: Session, tmp_path: Path) -> None:
    """Mai Sơn: one commune gave both figures of the ethics share (1/1), of its 3
    organisations; the province: 25/30 over the districts that gave both."""
    wb = table(demo, tmp_path, "2019")
    ws = wb["Tổng hợp"]
    header, rows = cells(ws)
    part = header["Tổ chức cơ sở đảng rà soát, bổ sung chuẩn mực đạo đức"]
    whole, share = part - 1, part + 1
    p, w = get_column_letter(part), get_column_letter(whole)
    ms = rows["Huyện ủy Mai Sơn"]
    assert (ws.cell(ms, whole).value, ws.cell(ms, part).value) == (1, 1)
    assert "số liệu chung của đơn vị: 3" in ws.cell(ms, whole).comment.text
    assert ws.cell(ms, share).value == f'=IF(N({w}{ms})>0,{p}{ms}/{w}{ms},"")'
    total = rows["TỔNG CỘNG"]
    assert ws.cell(total, share).value == f'=IF(N({w}{total})>0,{p}{total}/{w}{total},"")'
    seen = values_of(demo, tmp_path, "2019")
    assert (seen.cell(total, whole).value, seen.cell(total, part).value) == (30, 25)
    assert round(seen.cell(total, share).value, 6) == round(25 / 30, 6)
    text = text_of(wb)
    assert "25/30 tổ chức cơ sở đảng rà soát, bổ sung chuẩn mực đạo đức (đạt 83,3%" in text
    assert "- Huyện ủy Mai Sơn: 01/01 tổ chức cơ sở đảng rà soát" in text
    registered = header["Tổ chức cơ sở đảng đăng ký việc làm theo"]
    assert ws.cell(total, registered).value.startswith("=IF(COUNT(")
    assert seen.cell(total, registered).value == 193  # the text's 193/193
    assert seen.cell(total, registered - 1).value == 193


def test_the_total_share_with_an_own_row_is_the_texts(demo: Session, tmp_path: Path) -> None:
    """The province's own members figures beyond its districts' must not skew TỔNG CỘNG:
    the own row holds what its pair holds beyond the districts' pairs."""
    changes = [
        ValueChange("SL", 2019, "members_total", "7000"),
        ValueChange("SL", 2019, "members_registered", "6500"),
        ValueChange("SL.QS", 2019, "members_total", "500"),
    ]
    assert save_values(demo, changes, "test").ok
    wb = table(demo, tmp_path, "2019")
    assert "6.500/7.000 đảng viên xây dựng kế hoạch đăng ký cá nhân (đạt 92,9%)" in text_of(wb)
    ws = wb["Tổng hợp"]
    header, rows = cells(ws)
    part = header["Đảng viên xây dựng kế hoạch đăng ký cá nhân"]
    whole, share = part - 1, part + 1
    total = rows["TỔNG CỘNG"]
    own = next(r for name, r in rows.items() if name.startswith("Số liệu chung"))
    # Mường La 5.528/5.770 and Mai Sơn 678/695 make 6.206/6.465: the own row, the rest
    assert (ws.cell(own, whole).value, ws.cell(own, part).value) == (7000 - 6465, 6500 - 6206)
    assert ws.cell(own, share).value is None  # a share of differences means nothing
    assert ws.cell(total, whole).value.endswith(f"+{get_column_letter(whole)}{own}")
    seen = values_of(demo, tmp_path, "2019")
    assert (seen.cell(total, whole).value, seen.cell(total, part).value) == (7000, 6500)
    assert round(seen.cell(total, share).value, 6) == round(6500 / 7000, 6)
    assert (
        ws.cell(total, share).comment is None
        or "Báo cáo ghi" not in ws.cell(total, share).comment.text
    )
    quan_su = ws.cell(rows["Đảng ủy Quân sự tỉnh"], whole)
    assert quan_su.value == 500 and quan_su.font.i  # alone: outside the pair
    checks = [
        " ".join(str(v) for v in r if v) for r in wb["Kiểm tra số liệu"].iter_rows(values_only=True)
    ]
    assert any(
        "Dòng “Số liệu chung” ghi 535: số liệu của Tỉnh ủy Sơn La: 7.000; các đảng bộ trực "
        "thuộc có đủ hai số liệu: 6.465" in t
        for t in checks
    )


def test_a_unit_dissolved_within_the_range_adds_no_stock(session: Session, tmp_path: Path) -> None:
    session.repo.upsert_orgs(
        [
            Org("SL.OLD", "Huyện ủy Cũ", "district", "SL", valid_from=2016, valid_to=2018),
            Org("SL.NEW", "Huyện ủy Mới", "district", "SL", valid_from=2019),
        ],
        "test",
    )
    changes = [
        ValueChange("SL.OLD", 2017, "members_total", "100"),
        ValueChange("SL.OLD", 2018, "members_total", "110"),
        ValueChange("SL.OLD", 2018, "members_registered", "100"),
        ValueChange("SL.NEW", 2019, "members_total", "200"),
        ValueChange("SL.NEW", 2019, "members_registered", "150"),
        ValueChange("SL.TP", 2019, "members_total", "1000"),
        ValueChange("SL.TP", 2019, "members_registered", "900"),
    ]
    assert save_values(session, changes, "test").ok
    wb = table(session, tmp_path, "2017-2019")
    assert "1.050/1.200 đảng viên xây dựng kế hoạch đăng ký cá nhân (đạt 87,5%" in text_of(wb)
    ws = wb["Tổng hợp"]
    header, rows = cells(ws)
    members = header["Tổng số đảng viên"]
    # no longer there in 2019, and said so beside its name
    assert ws.cell(rows["Huyện ủy Cũ (đến năm 2018)"], members).value is None
    assert not any(name.startswith("Số liệu chung") for name in rows)  # nothing negative


def test_a_zero_the_top_gave_is_in_the_table(session: Session, tmp_path: Path) -> None:
    assert save_values(session, [ValueChange("SL", 2019, "awards_central_individual", "0")], "t").ok
    ws = table(session, tmp_path, "2019")["Tổng hợp"]
    header, rows = cells(ws)
    own = next(r for name, r in rows.items() if name.startswith("Số liệu chung"))
    assert ws.cell(own, header["Cá nhân được Trung ương khen thưởng"]).value == 0


def test_output_files_are_readable_and_long_names_work(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / ("a" * 240 + ".docx")
    build_report(demo, parse_years("2019"), out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".ct05")) == []


def test_cli_refuses_unknown_units_and_years_before_the_directive(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo.path)
    assert main(["--db", db, "header", "--org", "NOPE", "--reset"]) == 1
    assert "không có đơn vị mã 'NOPE'" in capsys.readouterr().err
    assert main(["--db", db, "report", "--year", "2015", "--out", str(tmp_path / "x.docx")]) == 1
    assert "năm 2015 nằm ngoài khoảng 2016–2100" in capsys.readouterr().err  # named
    assert main(["--db", db, "report", "--years", "2015-2019", "--out", str(tmp_path / "x.docx")])
    assert "kỳ báo cáo phải trong khoảng 2016" in capsys.readouterr().err


def test_headers_at_the_edges(demo_2019: Session) -> None:
    demo = demo_2019  # every district goes on after 2024
    rename_unit(demo, "SL.ML", "Đảng ủy xã Mường La", 2025, FORM)
    past = unit_header(demo, "SL.ML", year=2019, date=dt.date(2020, 3, 4))
    assert (past.issuer, past.symbol) == ("HUYỆN ỦY MƯỜNG LA", "HU")  # the name it bore then
    assert past.document_ref() == "số     -BC/HU, ngày 04/3/2020"
    assert unit_header(demo, "SL.ML", year=2026).issuer == "ĐẢNG ỦY XÃ MƯỜNG LA"
    typed = unit_header(demo, "SL.TC", {"symbol": "BC/HU2"}, number="125-BC/HU")
    assert typed.number_line() == "Số 125-BC/HU2"
    demo.repo.upsert_orgs([Org("KDN", "Đảng ủy Khối Doanh nghiệp Trung ương", "province")], "t")
    assert unit_header(demo, "KDN", date=dt.date(2020, 1, 5)).date_line() == (
        "Ngày 05 tháng 01 năm 2020"
    )


def test_the_signature_stays_with_the_closing_paragraph(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    build_report(demo, parse_years("2017-2019"), out)
    d = docx.Document(str(out))
    assert d.paragraphs[-2].text == (
        "Trên đây là báo cáo của Ban Thường vụ Tỉnh ủy Sơn La sơ kết 03 năm (2017 - 2019) thực "
        "hiện Chỉ thị số 05-CT/TW của Bộ Chính trị./."
    )
    assert d.paragraphs[-2].paragraph_format.keep_with_next
    signature = d.tables[-1]
    assert signature.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:cantSplit")) is not None
    with pytest.raises(ReportError):
        build_report(demo, parse_years("2019"), tmp_path / "r.pdf")


def test_the_check_sheet_names_disagreements_not_a_units_own_figures(
    demo: Session, tmp_path: Path
) -> None:
    """The province's 59 models against its districts' 3 are checked; a commune's own
    conferences, which its cells do not report, are not a disagreement."""

    def checks(org: str | None) -> list[str]:
        wb = table(demo, tmp_path, "2019", org)
        rows = wb["Kiểm tra số liệu"].iter_rows(min_row=6, values_only=True)
        return [" ".join(str(v) for v in r if v) for r in rows]

    province = [t for t in checks(None) if "Số liệu chung" in t]
    assert any("Mô hình, nội dung đột phá" in t and "ghi 56" in t for t in province)
    assert not any("khen thưởng" in t for t in province)  # its own: no unit gives those
    assert not [t for t in checks("SL.MS.CM") if "Số liệu chung" in t]


def test_report_refusals_are_codes_with_words_in_both_languages(
    demo: Session, tmp_path: Path
) -> None:
    with pytest.raises(ReportError) as unknown:
        build_report(demo, parse_years("2019"), tmp_path / "x.docx", "NOPE")
    assert (unknown.value.code, unknown.value.params) == ("unknown_unit", {"org": "NOPE"})
    assert unknown.value.words("en") == "there is no unit with code 'NOPE'"
    assert str(unknown.value) == "không có đơn vị mã 'NOPE'"
    for text, code in (("2019-2017", "period_backwards"), ("năm 2019", "bad_period")):
        with pytest.raises(ReportError) as bad:
            parse_years(text)
        assert bad.value.code == code and text in bad.value.words("en")
    with pytest.raises(ReportError) as kind:
        build_report(demo, parse_years("2019"), tmp_path / "x.pdf")
    assert kind.value.code == "bad_report_file" and ".docx (Word)" in kind.value.words("en")
