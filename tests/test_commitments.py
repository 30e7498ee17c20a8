"""Issue 24 (first part): the commitments register (Sổ đăng ký làm theo). Its rows count
toward the registration figures under the one-figure rule; it goes where the other
registers go (the template's sheets, search); its year-end results are choices."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.entry import warnings_for_units
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

from .conftest import report_words

pytestmark = pytest.mark.usefixtures("no_demo_commitments")  # counted from none

COLLECTIVE = "Tập thể"
KEY_CADRE = "Cán bộ chủ chốt"


def register(session: Session, org: str, rows: list[dict[str, object]], year: int = 2019) -> None:
    assert add_register_rows(session, "commitments", org, year, rows, CLI)


def test_rows_count_toward_the_registration_figures(demo: Session) -> None:
    register(
        demo,
        "SL.MS.CN",  # a grassroots organisation of Mai Sơn
        [
            {"kind": COLLECTIVE, "content": "Xây dựng bản văn hóa", "contents": 3, "models": 1},
            {"kind": COLLECTIVE, "content": "Giữ gìn vệ sinh môi trường", "contents": 2},
            {
                "kind": KEY_CADRE,
                "person": "Lò Văn A",
                "position": "Bí thư",
                "content": "Đi cơ sở hằng tuần",
                "contents": 2,
                "items": 4,
            },
            {
                "kind": KEY_CADRE,
                "person": "Cầm Thị B",
                "position": "Phó Bí thư",
                "content": "Tiếp dân",
                "contents": 1,
                "items": 2,
            },
        ],
    )
    counted = demo.registers.counts([2019], ["SL.MS.CN"])
    assert {k[2]: v for k, v in counted.items() if k[0] == "SL.MS.CN"} == {
        "collective_contents": 5,
        "collective_models": 1,
        "key_cadres_registered": 2,
        "key_cadre_contents": 3,
        "key_cadre_items": 6,
        "grassroots_orgs_registered": 1,  # once, however many collective rows
    }
    # a district's own collective row does not make it a registered grassroots organisation
    register(demo, "SL.MS", [{"kind": COLLECTIVE, "content": "Chỉ đạo điểm", "contents": 1}])
    assert ("SL.MS", 2019, "grassroots_orgs_registered") not in demo.registers.counts([2019])
    figures = demo.figures([2019])
    assert figures.register_count("SL.MS.CN", 2019, "key_cadre_items") == 6


def test_a_typed_figure_wins_and_the_difference_is_a_check(demo: Session) -> None:
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.workflows.entry import save_values

    register(
        demo,
        "SL.MS.CN",
        [
            {
                "kind": KEY_CADRE,
                "person": "Lò Văn A",
                "content": "Đi cơ sở",
                "contents": 2,
                "items": 4,
            }
        ],
    )
    assert save_values(demo, [ValueChange("SL.MS.CN", 2019, "key_cadre_items", "7")], CLI).ok
    figures = demo.figures([2019])
    assert figures.value("SL.MS.CN", 2019, "key_cadre_items") == 7  # typed wins
    warned = warnings_for_units(demo, {("SL.MS.CN", 2019)})
    said = [w for w in warned if w.indicator == "key_cadre_items"]
    assert [(w.code, w.value, w.params["register_count"]) for w in said] == [
        ("register_differs", 7, 4)
    ]


def test_a_template_carries_the_register_both_ways(demo: Session, tmp_path: Path) -> None:
    register(
        demo,
        "SL.MS.CN",
        [{"kind": KEY_CADRE, "person": "Lò Văn A", "content": "Đi cơ sở hằng tuần", "items": 4}],
    )
    out = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    wb = openpyxl.load_workbook(out)
    ws = wb["Đăng ký làm theo"]
    titles = [ws.cell(2, c).value for c in range(1, 11)]
    assert titles[:4] == ["Đơn vị *", "Đăng ký của *", "Họ và tên", "Chức vụ"]
    assert ws.cell(3, 3).value == "Lò Văn A"
    ws.cell(3, 9).value = "Hoàn thành tốt"  # the year-end result of the row sent
    new = [
        "Đảng bộ xã Cò Nòi",
        COLLECTIVE,
        None,
        None,
        "Trồng cây xanh",
        2,
        1,
        None,
        "Hoàn thành xuất sắc",
        "Trồng 500 cây",
    ]
    for col, value in enumerate(new, start=1):
        ws.cell(4, col).value = value
    wb.save(tmp_path / "filled.xlsx")
    report = import_template(demo, tmp_path / "filled.xlsx")
    assert report.saved, [str(p) for p in report.problems]
    rows = demo.registers.rows("commitments", "SL.MS.CN", 2019)
    assert [(r["person"], r["result"]) for r in rows] == [("Lò Văn A", "good"), (None, "excellent")]
    assert rows[1]["content"] == "Trồng cây xanh" and rows[1]["note"] == "Trồng 500 cây"


def test_search_finds_a_commitment_typed_without_diacritics(demo: Session) -> None:
    register(demo, "SL.MS.CN", [{"kind": COLLECTIVE, "content": "Xây dựng bản văn hóa kiểu mẫu"}])
    found = demo.registers.search("ban van hoa kieu mau")
    assert [(key, row["content"]) for key, row in found] == [
        ("commitments", "Xây dựng bản văn hóa kiểu mẫu")
    ]


def test_the_report_says_how_the_commitments_ended(demo: Session, tmp_path: Path) -> None:

    def text() -> str:
        out = tmp_path / "r.docx"
        return report_words(demo, "2019", "SL.MS", out)

    rows = [
        {"kind": COLLECTIVE, "content": "Bản văn hóa"},
        {"kind": COLLECTIVE, "content": "Vệ sinh môi trường"},
        {"kind": KEY_CADRE, "person": "Lò Văn A", "content": "Đi cơ sở"},
    ]
    register(demo, "SL.MS.CN", rows)
    assert "có 02 tập thể và 01 cán bộ chủ chốt đăng ký; chưa có kết quả đánh giá" in text()
    from ct05_desktop.workflows.register_entry import update_register_cell

    ids = [r["id"] for r in demo.registers.rows("commitments", "SL.MS.CN", 2019)]
    results = ["Hoàn thành xuất sắc", "Không hoàn thành", "hoàn thành tốt"]
    for row_id, result in zip(ids, results, strict=True):
        update_register_cell(demo, "commitments", row_id, "result", result, CLI)
    said = text()
    assert (
        "Kết quả thực hiện đăng ký làm theo: 01/02 tập thể và 01/01 cán bộ chủ chốt hoàn thành "
        "tốt trở lên nội dung đã đăng ký (trong đó 01 tập thể hoàn thành xuất sắc); 01 tập thể "
        "không hoàn thành."
    ) in said


def test_a_row_whose_fields_disagree_is_told(demo: Session, tmp_path: Path) -> None:
    """A key cadre's registration names the cadre; a collective's names no one: told in
    the window, in a template and in a file alike (they all read rows the same way)."""
    import pytest

    from ct05_desktop.workflows.entry import InputRefused
    from ct05_desktop.workflows.register_entry import update_register_cell

    with pytest.raises(InputRefused) as nobody:
        register(demo, "SL.MS.CN", [{"kind": KEY_CADRE, "content": "Đi cơ sở"}])
    assert nobody.value.codes == ["commitment_needs_person"]
    with pytest.raises(InputRefused) as two:
        add_register_rows(
            demo,
            "commitments",
            "SL.MS.CN",
            2019,
            [
                {"kind": COLLECTIVE, "content": "Bản văn hóa"},
                {"kind": COLLECTIVE, "person": "Lò Văn A", "content": "Trồng cây"},
            ],
            CLI,
        )
    assert "dòng 2: đăng ký của tập thể không ghi họ tên" in str(two.value)
    register(demo, "SL.MS.CN", [{"kind": COLLECTIVE, "content": "Bản văn hóa"}])
    row_id = demo.registers.rows("commitments", "SL.MS.CN", 2019)[0]["id"]
    with pytest.raises(InputRefused) as changed:  # made a key cadre's without a name
        update_register_cell(demo, "commitments", row_id, "kind", KEY_CADRE, CLI)
    assert changed.value.codes == ["commitment_needs_person"]
    assert demo.registers.get("commitments", row_id)["kind"] == "collective"


def test_a_key_cadres_earlier_years_are_found_by_name_and_position(demo: Session) -> None:
    from ct05_desktop.workflows.reading import earlier_commitments

    def cadre(person: str, position: str, content: str, **more: object) -> dict[str, object]:
        row = {"kind": KEY_CADRE, "person": person, "position": position, "content": content}
        return row | more

    register(demo, "SL.MS.CN", [cadre("Lò Văn A", "Bí thư", "Đi cơ sở", items=4)], 2017)
    register(
        demo,
        "SL.MS.CN",
        [
            cadre("LÒ VĂN A", "bí thư", "Tiếp dân mỗi tuần", result="Hoàn thành tốt"),
            cadre("Lò Văn A", "Phó Bí thư", "Khác"),  # another post: another line of history
            {"kind": COLLECTIVE, "content": "Bản văn hóa"},
        ],
        2018,
    )
    register(demo, "SL.MS.CN", [cadre("Lò Văn A", "Bí thư", "Năm nay")], 2019)
    earlier = earlier_commitments(demo, "SL.MS.CN", 2019)
    assert earlier[("lo van a", "bi thu")] == [
        "2017: Đi cơ sở (04 việc làm) – chưa đánh giá",
        "2018: Tiếp dân mỗi tuần – Hoàn thành tốt",
    ]
    assert earlier[("lo van a", "pho bi thu")] == ["2018: Khác – chưa đánh giá"]
    assert len(earlier) == 2  # the collective's row and 2019 itself are not there
    assert earlier_commitments(demo, "SL.MS.CN", 2017) == {}


def test_a_range_report_counts_each_years_commitments(demo: Session, tmp_path: Path) -> None:

    from ct05_desktop.workflows.report_files import build_report
    from ct05_desktop.workflows.reports import parse_years

    register(
        demo, "SL.MS.CN", [{"kind": COLLECTIVE, "content": "Bản văn hóa", "result": "good"}], 2018
    )
    register(
        demo,
        "SL.MS.CN",
        [
            {"kind": COLLECTIVE, "content": "Bản văn hóa", "result": "not_done"},
            {"kind": KEY_CADRE, "person": "Lò Văn A", "content": "Đi cơ sở", "result": "good"},
        ],
        2019,
    )
    out = tmp_path / "r.docx"
    said = report_words(demo, "2018-2019", "SL.MS", out)
    assert (
        "Kết quả thực hiện đăng ký làm theo: 01/02 tập thể và 01/01 cán bộ chủ chốt hoàn thành "
        "tốt trở lên nội dung đã đăng ký; 01 tập thể không hoàn thành."
    ) in said
    build_report(demo, parse_years("2018-2019"), tmp_path / "r.xlsx", "SL.MS")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    sheet = next(
        ws
        for ws in book.worksheets
        if "làm theo" in ws.title.lower() or "dang ky" in ws.title.lower()
    )
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Đi cơ sở" in texts and texts.count("Bản văn hóa") == 2
    years = [
        c.value for row in sheet.iter_rows() for c in row if c.value in (2018, 2019, "2018", "2019")
    ]
    assert set(map(str, years)) == {"2018", "2019"}


def test_the_history_carries_the_registers_counts_year_by_year(demo: Session) -> None:
    from ct05_desktop.workflows.review import unit_history

    def items() -> dict[int, int]:
        values = unit_history(demo, "SL.MS")[1]
        return {y: values.get(("key_cadre_items", y)) or 0 for y in (2018, 2019)}

    before = items()
    cadre = {"kind": KEY_CADRE, "person": "Lò Văn A", "content": "Đi cơ sở", "items": 3}
    register(demo, "SL.MS.CN", [cadre], 2018)
    register(demo, "SL.MS.CN", [cadre, cadre | {"person": "Cầm Thị B"}], 2019)
    after = items()
    assert {y: after[y] - before[y] for y in after} == {2018: 3, 2019: 6}


def test_a_number_left_blank_on_every_row_gives_no_figure(demo: Session) -> None:
    register(demo, "SL.MS.HL", [{"kind": COLLECTIVE, "content": "Khu phố văn minh"}])
    figures = demo.figures([2019], ["SL.MS.HL"])
    assert figures.value("SL.MS.HL", 2019, "collective_models") is None  # not "0 mô hình"
    assert figures.value("SL.MS.HL", 2019, "grassroots_orgs_registered") == 1
    register(demo, "SL.MS.HL", [{"kind": COLLECTIVE, "content": "Chợ văn minh", "models": 2}])
    assert demo.figures([2019], ["SL.MS.HL"]).value("SL.MS.HL", 2019, "collective_models") == 2
