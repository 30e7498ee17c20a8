"""Reports for every level: the header each unit issues under (DOMAIN §7), the 36-HD date
rule, a district with units under it, a unit with none, a commune, a cell; the Word
document's page, fonts and page numbers."""

import datetime as dt
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Pt

from ct05_desktop.cli import main
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.report_header import date_words, default_header, own_party_body
from ct05_desktop.storage.database import connect
from ct05_desktop.storage.migrations import MIGRATIONS
from ct05_desktop.workflows.report_files import build_report, report_file_name
from ct05_desktop.workflows.reports import parse_years, save_unit_header, unit_header
from ct05_desktop.workflows.session import Session

TREE = OrgTree(
    [
        Org("SL", "Tỉnh ủy Sơn La", "province"),
        Org("SL.TP", "Thành ủy Sơn La", "district", "SL"),
        Org("SL.TX", "Thị ủy Mộc Châu", "district", "SL"),
        Org("SL.ML", "Huyện ủy Mường La", "district", "SL"),
        Org("SL.CA", "Đảng ủy Công an tỉnh", "district", "SL"),
        Org("SL.ML.CL", "Đảng bộ xã Chiềng Lao", "grassroots", "SL.ML"),
        Org("SL.ML.CL.NS", "Chi bộ bản Nà Sản", "cell", "SL.ML.CL"),
        Org("SL.CA.PC", "Chi bộ Phòng Cảnh sát giao thông", "grassroots", "SL.CA"),
    ]
)


@pytest.mark.parametrize(
    ("code", "issuer", "body", "superior", "symbol", "signs", "place"),
    [
        (
            "SL",
            "TỈNH ỦY",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "TU",
            "T/M BAN THƯỜNG VỤ",
            "Sơn La",
        ),
        (
            "SL.TP",
            "THÀNH ỦY SƠN LA",
            "ĐẢNG BỘ THÀNH PHỐ SƠN LA",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "TU",
            "T/M BAN THƯỜNG VỤ",
            "Sơn La",
        ),
        (
            "SL.TX",
            "THỊ ỦY MỘC CHÂU",
            "ĐẢNG BỘ THỊ XÃ MỘC CHÂU",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "TU",
            "T/M BAN THƯỜNG VỤ",
            "Mộc Châu",
        ),
        (
            "SL.ML",
            "HUYỆN ỦY MƯỜNG LA",
            "ĐẢNG BỘ HUYỆN MƯỜNG LA",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "HU",
            "T/M BAN THƯỜNG VỤ",
            "Mường La",
        ),
        (
            "SL.CA",
            "ĐẢNG ỦY CÔNG AN TỈNH",
            "ĐẢNG BỘ CÔNG AN TỈNH",
            "ĐẢNG BỘ TỈNH SƠN LA",
            "ĐU",
            "T/M BAN THƯỜNG VỤ",
            "Sơn La",
        ),
        (
            "SL.ML.CL",
            "ĐẢNG ỦY XÃ CHIỀNG LAO",
            "ĐẢNG BỘ XÃ CHIỀNG LAO",
            "ĐẢNG BỘ HUYỆN MƯỜNG LA",
            "ĐU",
            "T/M ĐẢNG ỦY",
            "Chiềng Lao",
        ),
        (
            "SL.ML.CL.NS",
            "CHI BỘ BẢN NÀ SẢN",
            "",
            "ĐẢNG BỘ XÃ CHIỀNG LAO",
            "CB",
            "T/M CHI BỘ",
            "Chiềng Lao",
        ),
        (
            "SL.CA.PC",
            "CHI BỘ PHÒNG CẢNH SÁT GIAO THÔNG",
            "",
            "ĐẢNG BỘ CÔNG AN TỈNH",
            "CB",
            "T/M CHI BỘ",
            "Sơn La",
        ),
    ],
)
def test_header_defaults_by_unit(
    code: str, issuer: str, body: str, superior: str, symbol: str, signs: str, place: str
) -> None:
    """The rows of the DOMAIN §7 table, and a chi bộ cơ sở under a đảng ủy."""
    header = default_header(TREE, code, dt.date(2020, 1, 5))
    assert header.issuer == issuer
    assert own_party_body(TREE[code]) == body
    assert header.superior == superior
    assert header.symbol == symbol and header.number_line() == f"Số      -BC/{symbol}"
    assert header.signer_role == signs
    assert header.place == place
    assert header.date_line() == f"{place}, ngày 05 tháng 01 năm 2020"
    assert header.recipient_lines() and header.recipient_lines()[-1].startswith("Lưu")


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (dt.date(2020, 2, 15), "ngày 15 tháng 02 năm 2020"),
        (dt.date(2020, 4, 3), "ngày 03 tháng 4 năm 2020"),
        (dt.date(2019, 10, 9), "ngày 09 tháng 10 năm 2019"),
        (dt.date(2019, 12, 31), "ngày 31 tháng 12 năm 2019"),
    ],
)
def test_the_36_hd_date_rule(day: dt.date, words: str) -> None:
    """Days below 10 and months 1-2 take a leading zero; other months do not."""
    assert date_words(day) == words


def test_a_stored_header_keeps_only_what_differs_and_one_off_values_win(demo: Session) -> None:
    defaults = unit_header(demo, "SL.ML").as_dict()
    edited = {**defaults, "signer_name": "Lò Văn Minh", "signer_title": "BÍ THƯ"}
    assert save_unit_header(demo, "SL.ML", edited, "test")
    assert demo.headers.values("SL.ML") == {"signer_name": "Lò Văn Minh", "signer_title": "BÍ THƯ"}
    assert not save_unit_header(demo, "SL.ML", edited, "test")  # nothing changed
    header = unit_header(
        demo, "SL.ML", {"signer_name": "Quàng Văn Bình"}, dt.date(2020, 3, 4), "12"
    )
    assert (header.signer_name, header.signer_title) == ("Quàng Văn Bình", "BÍ THƯ")
    assert (
        header.number_line() == "Số 12-BC/HU"
        and header.date_line() == "Mường La, ngày 04 tháng 3 năm 2020"
    )
    assert unit_header(demo, "SL.TC").signer_name == ""  # another unit keeps its defaults
    assert demo.repo.audit_rows(action="report_header")[0]["org_code"] == "SL.ML"
    assert save_unit_header(demo, "SL.ML", defaults, "test")  # back to the defaults
    assert demo.headers.values("SL.ML") == {}


def test_ct05_header_shows_and_stores_a_units_header(
    demo: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo.path)
    assert (
        main(
            [
                "--db",
                db,
                "header",
                "--org",
                "SL.ML",
                "--signer",
                "Lò Văn Minh",
                "--recipient",
                "Ban Thường vụ Tỉnh ủy (b/c),",
                "--recipient",
                "Lưu.",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "HUYỆN ỦY MƯỜNG LA" in out and "Lò Văn Minh  (đã sửa)" in out
    assert "Ban Thường vụ Tỉnh ủy (b/c), | Lưu." in out
    with Session(demo.path) as s:
        assert s.headers.values("SL.ML")["signer_name"] == "Lò Văn Minh"
    assert main(["--db", db, "header", "--org", "SL.ML", "--reset"]) == 0
    with Session(demo.path) as s:
        assert s.headers.values("SL.ML") == {}
    assert main(["--db", db, "header", "--org", "NOPE"]) == 1


def test_the_old_single_header_moves_to_the_top_unit(tmp_path: Path) -> None:
    db = connect(tmp_path / "old.db")
    MIGRATIONS.apply(db, stop_before="0004_report_headers")
    db.execute("INSERT INTO orgs (code, name, level) VALUES ('SL', 'Tỉnh ủy Sơn La', 'province')")
    db.execute("INSERT INTO settings VALUES ('report.signer_name', 'Nguyễn Văn A')")
    db.execute("INSERT INTO settings VALUES ('report.doc_code', 'BC/TU')")  # the old default
    db.execute("INSERT INTO settings VALUES ('report.place', 'Thành phố Sơn La')")
    db.conn.commit()
    db.close()
    with Session(tmp_path / "old.db") as s:
        assert s.headers.values("SL") == {
            "signer_name": "Nguyễn Văn A",
            "place": "Thành phố Sơn La",
        }
        assert s.repo.setting("report.signer_name") is None


def docx_text(path: Path) -> list[str]:
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for table in d.tables:
        out += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return out


def test_a_district_with_units_under_it(demo: Session, tmp_path: Path) -> None:
    """Mai Sơn (demo): its communes' rows, its own figures beyond them, its whole."""
    out = tmp_path / "ms.docx"
    build_report(demo, parse_years("2019"), out, "SL.MS")
    lines = docx_text(out)
    assert "HUYỆN ỦY MAI SƠN" in lines and "ĐẢNG BỘ TỈNH SƠN LA" in lines
    assert "II. KẾT QUẢ THỰC HIỆN" in lines
    assert "(Tổng hợp từ báo cáo của 03/03 tổ chức cơ sở đảng.)" in lines
    assert "2. Đăng ký làm theo" in lines
    assert any(t.startswith("- Đảng bộ xã Cò Nòi: ") and "259/268 đảng viên" in t for t in lines)
    members = next(t for t in lines if t.startswith("Toàn Đảng bộ huyện: 03/03"))
    # the units' lines of a topic come under the whole's
    assert lines.index(members) < next(
        n for n, t in enumerate(lines) if t.startswith("- Đảng bộ xã Cò Nòi: ") and "259/268" in t
    )
    assert "03/03 tổ chức cơ sở đảng đăng ký việc làm theo (đạt 100%)" in members
    assert "678/695 đảng viên" in members  # 85 + 268 + 342 members, 84 + 259 + 335 registered
    xlsx = tmp_path / "ms.xlsx"
    build_report(demo, parse_years("2019"), xlsx, "SL.MS")
    ws = openpyxl.load_workbook(xlsx)["Tổng hợp"]
    names = [ws.cell(r, 2).value for r in range(8, ws.max_row + 1)]
    assert names[:3] == ["Đảng bộ xã Chiềng Mung", "Đảng bộ xã Cò Nòi", "Đảng bộ thị trấn Hát Lót"]
    # its own 4 dialogues, held by the district itself
    assert names[3] == "Số liệu chung của Huyện ủy Mai Sơn (không phân theo tổ chức cơ sở đảng)"
    assert names[4] == "TỔNG CỘNG"


def test_a_unit_with_none_under_it_speaks_of_itself(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "ml.docx"
    build_report(demo, parse_years("2019"), out, "SL.ML")
    d = docx.Document(str(out))
    lines = [p.text for p in d.paragraphs if p.text]
    opening = next(t for t in lines if t.startswith("Thực hiện Chỉ thị"))
    assert (
        "Ban Thường vụ Huyện ủy Mường La báo cáo kết quả thực hiện Chỉ thị trong năm 2019"
        in opening
    )
    assert "II. KẾT QUẢ THỰC HIỆN" in lines and not any("Toàn Đảng bộ" in t for t in lines)
    body = lines[lines.index("II. KẾT QUẢ THỰC HIỆN") : -1]
    assert body and not any("Mường La" in t for t in body)  # named in opening and closing only
    study = body.index("1. Quán triệt, học tập")  # no figures, said under the topic
    assert body[study + 1 : study + 3] == [
        "[Cần bổ sung: đánh giá chung về quán triệt, học tập]",
        "Chưa có số liệu.",
    ]
    registration = next(t for t in body if "5.528/5.770 đảng viên" in t)
    assert registration.startswith("65/65 tổ chức cơ sở đảng")
    assert lines[-1].startswith("Trên đây là báo cáo của Ban Thường vụ Huyện ủy Mường La về")
    xlsx = tmp_path / "ml.xlsx"
    build_report(demo, parse_years("2019"), xlsx, "SL.ML")
    ws = openpyxl.load_workbook(xlsx)["Tổng hợp"]
    assert ws["B8"].value == "Huyện ủy Mường La" and ws["B9"].value == "TỔNG CỘNG"
    assert "của Ban Thường vụ Huyện ủy Mường La)" in ws["A3"].value


def test_a_commune_and_a_cell(demo: Session, tmp_path: Path) -> None:
    commune, cell = tmp_path / "cm.docx", tmp_path / "ns.docx"
    build_report(demo, parse_years("2019"), commune, "SL.MS.CM")
    build_report(demo, parse_years("2019"), cell, "SL.MS.CM.NS")
    lines = docx_text(commune)
    assert {"ĐẢNG BỘ HUYỆN MAI SƠN", "ĐẢNG ỦY XÃ CHIỀNG MUNG", "T/M ĐẢNG ỦY"} <= set(lines)
    assert any(t.startswith("Số") and t.endswith("-BC/ĐU") for t in lines)
    assert any(t.startswith("Chiềng Mung, ngày") for t in lines)
    assert "(Tổng hợp từ báo cáo của 03/03 chi bộ.)" in lines
    assert any("Đảng ủy xã Chiềng Mung báo cáo" in t for t in lines)
    assert any(t.startswith("- Chi bộ bản Nà Sản: 32/32 đảng viên") for t in lines)
    registration = next(t for t in lines if "tập thể đăng ký 06 nội dung" in t)
    assert registration.startswith(
        "Toàn Đảng bộ xã: tập thể đăng ký 06 nội dung, 02 mô hình làm theo"
    )
    lines = docx_text(cell)
    assert {"ĐẢNG BỘ XÃ CHIỀNG MUNG", "CHI BỘ BẢN NÀ SẢN", "T/M CHI BỘ"} <= set(lines)
    assert any(t.startswith("Số") and t.endswith("-BC/CB") for t in lines)
    assert any("Chi bộ bản Nà Sản báo cáo" in t for t in lines)
    assert any("32/32 đảng viên xây dựng kế hoạch đăng ký cá nhân (đạt 100%)" in t for t in lines)
    assert any(
        "32/32 đảng viên xây dựng kế hoạch đăng ký cá nhân (đạt 100%); trong đó 09 đảng viên "
        "đăng ký cụ thể 09 nội dung/18 việc." in t
        for t in lines
    )
    assert any(
        "01 cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh" in t
        for t in lines
    )


def test_the_word_page_fonts_and_page_numbers(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    build_report(demo, parse_years("2017-2019"), out)
    d = docx.Document(str(out))
    section = d.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [20, 20, 30, 15]
    assert section.different_first_page_header_footer
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert normal.paragraph_format.space_after == Pt(6)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode()
    defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
    assert 'w:ascii="Times New Roman"' in defaults and "Theme" not in defaults
    assert "w:rFonts" not in xml  # no run in another font: every run takes the defaults
    headers = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/header")]
    assert any(b"PAGE" in zipfile.ZipFile(out).read(n) for n in headers)
    body = [p for p in d.paragraphs if p.paragraph_format.first_line_indent]
    assert body and all(p.paragraph_format.first_line_indent == docx.shared.Cm(1.27) for p in body)
    title = next(p for p in d.paragraphs if p.text == "BÁO CÁO")
    assert title.runs[0].bold and title.runs[0].font.size == Pt(16)
    lines = [p.text for p in d.paragraphs]
    assert any(t.startswith("- Mô hình, nội dung đột phá: năm 2017 có 110;") for t in lines)
    assert any("giảm 501 so với năm 2018" in t for t in lines)


def test_file_names_are_ascii_from_the_unit_and_period() -> None:
    assert (
        report_file_name("Huyện ủy Mường La", range(2019, 2020), ".docx")
        == "BaoCao_CT05_Huyen_Uy_Muong_La_2019.docx"
    )
    assert (
        report_file_name("Đảng bộ xã Chiềng Mung", range(2017, 2020), ".xlsx")
        == "PhuLuc_CT05_Dang_Bo_Xa_Chieng_Mung_2017-2019.xlsx"
    )
