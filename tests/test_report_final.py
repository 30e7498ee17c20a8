"""The report in DOMAIN §7's parts, draft and final: the written parts where they belong,
placeholders in a draft, and a final report with no caveat in any sentence."""

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.text import WD_COLOR_INDEX

from ct05_desktop.cli import main
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.report_texts import save_texts
from ct05_desktop.workflows.reports import ReportError, parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES

WRITTEN = {
    "lanh_dao": "Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện chuyên đề năm 2019.",
    "ket_qua": "Các cấp ủy đã cụ thể hóa việc làm theo gắn với nhiệm vụ chính trị.",
    "ket_qua.registration": "Việc đăng ký làm theo đi vào nền nếp.",
    "han_che": "Một số nơi đăng ký còn chung chung.\n\n- Việc sơ kết chưa kịp thời.",
    "phuong_huong": "Tiếp tục đẩy mạnh học tập và làm theo.",
}
# what a draft says and a final report must not: coverage, disagreements, gaps
CAVEATS = re.compile(
    r"số liệu của \d|tính trên|chưa khớp|ngoài ra .* không kèm|chưa phân theo|Cần bổ sung"
    r"|chưa có số liệu|Chưa có số liệu|chỉ có số liệu năm|cộng lại"
)


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def lines_of(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text]


def body(lines: list[str]) -> list[str]:
    """From the opening to the closing."""
    start = next(n for n, t in enumerate(lines) if t.startswith("Thực hiện Chỉ thị"))
    return lines[start:]


def write(session: Session, org: str, year: int, texts: dict[str, str]) -> None:
    assert save_texts(session, org, year, texts, FORM) == len(texts)


def test_a_draft_has_every_part_in_order_with_placeholders(
    article: Session, tmp_path: Path
) -> None:
    write(article, "SL", 2019, {k: v for k, v in WRITTEN.items() if k != "han_che"})
    out = tmp_path / "d.docx"
    build_report(article, parse_years("2019"), out)
    lines = body(lines_of(out))
    headings = [t for t in lines if re.match(r"^[IVX]+\. [A-ZĐ]", t)]
    assert headings == [
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN",
        "II. KẾT QUẢ THỰC HIỆN",
        "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020",  # no lessons in a year's report unless written
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    assert lines[lines.index(headings[0]) + 1] == WRITTEN["lanh_dao"]
    assert lines[lines.index(headings[1]) + 1] == WRITTEN["ket_qua"]
    assert lines[lines.index(headings[2]) + 1] == (
        "[Cần bổ sung: hạn chế, khuyết điểm và nguyên nhân]"
    )
    # a topic: its heading, the office's paragraph, the whole, then the units
    topic = lines.index("2. Đăng ký làm theo")
    assert lines[topic + 1] == WRITTEN["ket_qua.registration"]
    assert lines[topic + 2].startswith("Toàn Đảng bộ tỉnh: 190/190 tổ chức cơ sở đảng")
    assert lines[topic + 3].startswith("- ")
    study = lines.index("1. Quán triệt, học tập")
    assert lines[study + 1] == "[Cần bổ sung: đánh giá chung về quán triệt, học tập]"
    # the placeholders are highlighted, as a clerk sees them before anything else
    marked = [
        run
        for p in docx.Document(str(out)).paragraphs
        for run in p.runs
        if run.text.startswith("[Cần bổ sung")
    ]
    assert marked and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in marked)
    # the draft says on what figures rest, where they arise
    assert any("tính trên 03/17 đảng bộ trực thuộc" in t for t in lines)
    assert any(t.startswith("(Đến thời điểm tổng hợp có 07/17") for t in lines)


def test_the_draft_workbook_highlights_the_same_placeholders(
    article: Session, tmp_path: Path
) -> None:
    out = tmp_path / "d.xlsx"
    build_report(article, parse_years("2019"), out)
    ws = openpyxl.load_workbook(out)["Tóm tắt"]
    cells = [c for row in ws.iter_rows() for c in row if str(c.value or "").startswith("[Cần")]
    assert len(cells) >= 3
    assert all(c.fill.fgColor.rgb.endswith("FFFF00") for c in cells)


def test_a_final_report_has_no_caveat_in_any_sentence(article: Session, tmp_path: Path) -> None:
    write(article, "SL", 2019, WRITTEN)
    for kind in (".docx", ".xlsx"):
        out = tmp_path / f"f{kind}"
        build_report(article, parse_years("2019"), out, final=True)
        if kind == ".docx":
            lines = body(lines_of(out))
        else:
            ws = openpyxl.load_workbook(out)["Tóm tắt"]
            lines = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
        said = [t for t in lines if CAVEATS.search(t)]
        assert not said, said
        # the coverage, once, as a sentence of the opening
        coverage = [t for t in lines if "Đến thời điểm tổng hợp" in t]
        assert len(coverage) == 1 and coverage[0].startswith("Đến thời điểm tổng hợp có 07/17")
        assert not any(t.startswith("(") and "đảng bộ trực thuộc" in t for t in lines)
        # the written parts, and nothing for those left empty
        assert WRITTEN["phuong_huong"] in lines and "- Việc sơ kết chưa kịp thời." in lines
        assert "V. ĐỀ XUẤT, KIẾN NGHỊ" not in lines
        assert "1. Quán triệt, học tập" not in lines  # no figure, no word: left out
    # the share the appendix's TỔNG CỘNG gives, over the units that gave both figures
    registration = next(t for t in lines if "đăng ký việc làm theo" in t and "Toàn" in t)
    assert "190/190 tổ chức cơ sở đảng đăng ký việc làm theo (đạt 100%)" in registration
    seen = openpyxl.load_workbook(tmp_path / "f.xlsx", data_only=True)["Tổng hợp"]
    total = next(r for r in range(8, seen.max_row + 1) if seen.cell(r, 2).value == "TỔNG CỘNG")
    assert [seen.cell(total, c).value for c in (3, 4)] == [190, 190]
    # Mộc Châu's 85 with 32 + 58: the final text names the total only
    mc = next(t for t in lines if t.startswith("- Huyện ủy Mộc Châu:"))
    assert "85 cuộc" in mc and "32" not in mc and "58" not in mc


def test_a_final_report_is_refused_while_a_required_part_is_empty(
    article: Session, tmp_path: Path
) -> None:
    write(article, "SL", 2019, {"lanh_dao": WRITTEN["lanh_dao"]})
    out = tmp_path / "f.docx"
    with pytest.raises(ReportError) as refused:
        build_report(article, parse_years("2019"), out, final=True)
    said = str(refused.value)
    assert "III. Hạn chế, khuyết điểm và nguyên nhân" in said
    assert "V. Phương hướng, nhiệm vụ" in said and "I. Công tác" not in said
    assert not out.exists()
    build_report(article, parse_years("2019"), out, final=True, allow_empty=True)
    lines = body(lines_of(out))
    assert [t for t in lines if re.match(r"^[IVX]+\. [A-ZĐ]", t)] == [
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN",
        "II. KẾT QUẢ THỰC HIỆN",
    ]


def test_the_command_line_final_report(
    article: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = article.path, tmp_path / "f.docx"
    args = ["--db", str(db), "report", "--year", "2019", "--final", "--out", str(out)]
    assert main(args) == 1
    assert "--allow-empty" in capsys.readouterr().err and not out.exists()
    assert main([*args, "--allow-empty"]) == 0
    assert not any(CAVEATS.search(t) for t in body(lines_of(out)))


def test_a_range_takes_the_last_years_texts_and_asks_for_lessons(
    article: Session, tmp_path: Path
) -> None:
    write(article, "SL", 2018, {"lanh_dao": "Văn bản năm 2018."})
    write(article, "SL", 2019, {"lanh_dao": "Văn bản năm 2019."})
    out = tmp_path / "r.docx"
    build_report(article, parse_years("2017-2019"), out)
    lines = body(lines_of(out))
    assert "Văn bản năm 2019." in lines and "Văn bản năm 2018." not in lines
    assert "IV. BÀI HỌC KINH NGHIỆM" in lines
    assert "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" in lines
    trend = next(t for t in lines if t.startswith("8. Một số chỉ tiêu qua các năm"))
    assert trend == "8. Một số chỉ tiêu qua các năm 2017 - 2019"


def test_a_cell_leaves_out_what_is_not_its_business(demo: Session, tmp_path: Path) -> None:
    for final in (False, True):
        out = tmp_path / f"ns{final}.docx"
        build_report(demo, parse_years("2019"), out, "SL.MS.CM.NS", final=final, allow_empty=True)
        lines = body(lines_of(out))
        assert not any("Tiếp công dân" in t or "đối thoại" in t for t in lines)
    assert "Chưa có số liệu." in body(lines_of(tmp_path / "nsFalse.docx"))


def test_a_figure_the_unit_gave_beyond_its_units_is_explained(
    demo: Session, tmp_path: Path
) -> None:
    out = tmp_path / "d.docx"
    build_report(demo, parse_years("2019"), out)
    models = next(t for t in lines_of(out) if t.startswith("Toàn Đảng bộ tỉnh: đăng ký thực"))
    assert models == (
        "Toàn Đảng bộ tỉnh: đăng ký thực hiện 59 mô hình, nội dung đột phá (trong đó 03 do "
        "các đảng bộ trực thuộc báo cáo, 56 là số liệu chung của Tỉnh ủy Sơn La chưa phân "
        "theo đơn vị)."
    )


@pytest.mark.usefixtures("no_demo_commitments")
def test_a_range_note_does_not_deny_the_years_its_stocks_are_told_in(
    demo: Session, tmp_path: Path
) -> None:
    """The demo's registration (its commitments register aside): stocks in 2018 and 2019,
    its other figures in 2019 only."""
    out = tmp_path / "r.docx"
    build_report(demo, parse_years("2017-2019"), out)
    lines = lines_of(out)
    note = next(t for t in lines if t.startswith("(Số tổ chức cơ sở đảng, số đảng viên"))
    assert "đăng ký làm theo (trừ số tổ chức, số đảng viên)" in note
    assert any(t.startswith("- Tổng số đảng viên: năm 2018 có 679") for t in lines)
    # the final report says the same as what the figures are, not as a gap: a reader of
    # a three-year report learns that a topic's figures are those of 2019
    build_report(demo, parse_years("2017-2019"), out, final=True, allow_empty=True)
    note = next(t for t in lines_of(out) if t.startswith("(Số tổ chức cơ sở đảng, số đảng viên"))
    assert "quán triệt, học tập" in note.lower() and ": số liệu năm 2019" in note
    assert not CAVEATS.search(note)


def test_a_final_range_compares_only_years_resting_on_the_same_units(
    demo: Session, tmp_path: Path
) -> None:
    """2018's 03 organisations come from Mai Sơn alone, 2019's 193 from four districts:
    said with their coverage in the draft, the final report (which says none) leaves 2018
    out of that line and of the appendix's years, rather than show growth from 3 to 193."""
    years = parse_years("2017-2019")
    draft, final = tmp_path / "d.docx", tmp_path / "f.docx"
    build_report(demo, years, draft)
    build_report(demo, years, final, final=True, allow_empty=True)
    said = [t for t in lines_of(draft) if t.startswith("- Tổng số tổ chức cơ sở đảng: năm 2018")]
    assert said and "(số liệu của 01/17" in said[0]
    lines = lines_of(final)
    assert not any(t.startswith("- Tổng số tổ chức cơ sở đảng: năm") for t in lines)
    awards = next(t for t in lines if t.startswith("- Tập thể được Ban Thường vụ Tỉnh ủy"))
    assert "năm 2018 có 45 tập thể, tăng 05 tập thể so với năm 2017" in awards
    book = tmp_path / "f.xlsx"
    build_report(demo, years, book, final=True, allow_empty=True)
    ws = openpyxl.load_workbook(book)["Qua các năm"]
    row = next(
        r for r in range(6, ws.max_row + 1) if ws.cell(r, 2).value == "Tổng số tổ chức cơ sở đảng"
    )
    assert [ws.cell(row, c).value for c in (3, 4, 5)] == [None, None, 193]


def test_a_cells_members_who_registered_in_detail_follow_their_whole(
    demo: Session, tmp_path: Path
) -> None:
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.workflows.entry import save_values

    out = tmp_path / "ns.docx"
    build_report(demo, parse_years("2019"), out, "SL.MS.CM.NS")
    assert any("(đạt 100%); trong đó 09 đảng viên đăng ký cụ thể" in t for t in lines_of(out))
    for code in ("members_total", "members_registered"):
        save_values(demo, [ValueChange("SL.MS.CM.NS", 2019, code, None)], FORM)
    build_report(demo, parse_years("2019"), out, "SL.MS.CM.NS")
    said = next(t for t in lines_of(out) if "đăng ký cụ thể" in t)
    assert said.startswith("09 đảng viên đăng ký cụ thể 09 nội dung/18 việc")
