"""Issue 23: two offices, two databases. The province writes a template for Huyện ủy Mai
Sơn; Mai Sơn's own database (its tree rooted at the district, its own codes, its communes'
figures) answers it; the province imports the answer, and its Mai Sơn figures are the
district's roll-up. The same for a 2025 commune answering the province directly."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.report_texts import save_text
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.answer import answer_template
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

ORGS = "code,name,level,parent_code,valid_from,valid_to\n"


def own_database(tmp_path: Path, name: str, orgs: str, values: str) -> Session:
    """An office's database with its own tree and its units' figures."""
    session = Session(tmp_path / f"{name}.db")
    for kind, text in (
        ("orgs", ORGS + orgs),
        ("values", "org_code,year,indicator,value\n" + values),
    ):
        path = tmp_path / f"{name}_{kind}.csv"
        path.write_text(text, encoding="utf-8")
        report = import_csv(session, path, CLI)
        assert report.ok, [str(p) for p in report.problems]
    return session


@pytest.fixture
def mai_son(tmp_path: Path) -> Session:
    orgs = (
        "MS,Huyện ủy Mai Sơn,district,,,\n"
        "MS.01,Đảng bộ xã Chiềng Mung,grassroots,MS,,\n"
        "MS.02,Đảng bộ xã Cò Nòi,grassroots,MS,,\n"
        "MS.01.A,Chi bộ bản Nà Sản,cell,MS.01,,\n"
        "MS.01.B,Chi bộ bản Mé Ban,cell,MS.01,,\n"
    )
    values = "".join(
        f"{unit},2019,{code},{value}\n"
        for unit, code, value in (
            ("MS.01.A", "members_total", 31),
            ("MS.01.B", "members_total", 24),
            ("MS.01.A", "members_registered", 30),
            ("MS.01.B", "members_registered", 24),
            ("MS.02", "members_total", 140),
            ("MS.02", "members_registered", 138),
            ("MS.01", "reception_sessions", 12),
            ("MS.02", "reception_sessions", 9),
            ("MS.02", "study_sessions", 3),
        )
    )
    session = own_database(tmp_path, "maison", orgs, values)
    row = {"level": "grassroots", "place": "Bản Nà Sản", "date": "12/04/2019"}
    add_register_rows(session, "dialogues", "MS.01", 2019, [row], CLI)
    save_text(session, "MS", 2019, "lanh_dao", "Huyện ủy đã ban hành kế hoạch.", CLI)
    return session


def test_a_district_database_answers_the_provinces_template(
    demo: Session, mai_son: Session, tmp_path: Path
) -> None:
    template = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    with pytest.raises(Refusal) as first:  # the first time: which unit of my tree it is
        answer_template(mai_son, template, None, tmp_path / "x.xlsx", CLI)
    assert first.value.code == "answer_needs_unit"
    preview = answer_template(mai_son, template, "MS", None, CLI)
    assert preview.out is None and not (tmp_path / "x.xlsx").exists()
    filled = tmp_path / "ms_filled.xlsx"
    answer = answer_template(mai_son, template, "MS", filled, CLI)
    assert answer.unit == "MS" and answer.filled.figures == preview.filled.figures > 0
    assert answer.filled.register_rows == 1 and answer.filled.texts == 1
    assert "Tổng số đảng viên" not in answer.missing
    assert "Hội nghị quán triệt, học tập chuyên đề" not in answer.missing
    assert "Lượt cán bộ, đảng viên dự học tập" in answer.missing  # no figure: listed
    again = answer_template(mai_son, template, None, tmp_path / "again.xlsx", CLI)
    assert again.unit == "MS"  # remembered
    report = import_template(demo, filled)
    assert report.saved, [str(p) for p in report.problems]
    ours, theirs = demo.figures([2019]), mai_son.figures([2019])
    for code in ("members_total", "members_registered", "reception_sessions", "study_sessions"):
        assert ours.entered("SL.MS", 2019, code) == theirs.value("MS", 2019, code), code
    assert ours.value("SL.MS", 2019, "members_total") == 31 + 24 + 140
    rows = demo.registers.rows("dialogues", org="SL.MS", year=2019)
    assert [r["place"] for r in rows] == ["Bản Nà Sản"]
    assert demo.texts.texts("SL.MS", 2019)["lanh_dao"] == "Huyện ủy đã ban hành kế hoạch."
    # answered twice, the register row is not sent again: the template now holds it
    template2 = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms2.xlsx")[0]
    twice = answer_template(mai_son, template2, None, tmp_path / "ms2_filled.xlsx", CLI)
    assert twice.filled.register_rows == 0 and twice.filled.repeated_rows == 1


def test_the_signed_part_and_the_other_rows_are_untouched(
    demo: Session, mai_son: Session, tmp_path: Path
) -> None:
    template = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    filled = answer_template(mai_son, template, "MS", tmp_path / "f.xlsx", CLI).out
    assert filled is not None
    before, after = openpyxl.load_workbook(template), openpyxl.load_workbook(filled)
    assert before.sheetnames == after.sheetnames
    for name in ("_ct05", "_ct05_form"):
        old = [[c.value for c in r] for r in before[name].iter_rows()]
        assert old == [[c.value for c in r] for r in after[name].iter_rows()]
    ws_before, ws_after = before["Số liệu"], after["Số liệu"]
    assert ws_after.protection.sheet
    for row in range(8, ws_before.max_row + 1):  # the communes' and cells' rows: as sent
        assert [c.value for c in ws_before[row]] == [c.value for c in ws_after[row]]


def test_a_2025_commune_answers_the_province_directly(demo: Session, tmp_path: Path) -> None:
    orgs = (
        "CM,Đảng ủy xã Chiềng Mung,grassroots,,,\n"
        "CM.1,Chi bộ bản Nà Sản,cell,CM,,\n"
        "CM.2,Chi bộ bản Mé Ban,cell,CM,,\n"
    )
    values = "CM.1,2025,reception_sessions,5\nCM.2,2025,reception_sessions,7\n"
    values += "CM.1,2025,dialogues_grassroots,2\n"
    commune = own_database(tmp_path, "chiengmung", orgs, values)
    template = write_unit_templates(demo, "SL.MS.CM", 2025, tmp_path / "cm.xlsx")[0]
    filled = tmp_path / "cm_filled.xlsx"
    answer = answer_template(commune, template, "CM", filled, CLI)
    assert answer.differs is not None and answer.differs.empty  # both hold 2025's form
    assert import_template(demo, filled).saved
    ours = demo.figures([2025])
    assert ours.entered("SL.MS.CM", 2025, "reception_sessions") == 12
    assert ours.entered("SL.MS.CM", 2025, "dialogues_grassroots") == 2
    assert ours.value("SL", 2025, "reception_sessions") is not None


def test_a_template_of_another_form_is_told_and_its_form_may_be_taken(
    demo: Session, mai_son: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.form_transfer import export_form

    path = tmp_path / "form.csv"
    export_form(demo, 2024, path)
    with open(path, "a", encoding="utf-8") as f:
        f.write("dialogues_online,reception,flow,,,Đối thoại trực tuyến,Online,cuộc\n")
    assert import_csv(demo, path, CLI, from_year=2024).ok  # the province's 2024 form
    template = write_unit_templates(demo, "SL.MS", 2024, tmp_path / "ms24.xlsx")[0]
    preview = answer_template(mai_son, template, "MS", None, CLI)
    assert preview.differs is not None and preview.differs.added == ["dialogues_online"]
    assert "Đối thoại trực tuyến" in preview.missing
    assert "dialogues_online" not in mai_son.catalogue_of(2024)
    looked = answer_template(mai_son, template, "MS", None, CLI, take_form=True)
    assert "dialogues_online" not in mai_son.catalogue_of(2024)  # a preview changes nothing
    assert looked.out is None
    taken = answer_template(mai_son, template, "MS", tmp_path / "f.xlsx", CLI, take_form=True)
    assert taken.out is not None and "dialogues_online" in mai_son.catalogue_of(2024)
    again = answer_template(mai_son, template, "MS", None, CLI)
    assert again.differs is not None and again.differs.empty
    assert "dialogues_online" not in mai_son.catalogue_of(2023)  # that year only, and on


def test_a_part_above_its_whole_is_sent_as_the_units_that_gave_both(
    demo: Session, tmp_path: Path
) -> None:
    """Units that gave only a part roll up to a part above the whole: the superior would
    refuse it, so the part sent is that of the units that gave both, and it is said."""
    orgs = "MS,Huyện ủy Mai Sơn,district,,,\n"
    orgs += "MS.01,Xã A,grassroots,MS,,\nMS.02,Xã B,grassroots,MS,,\n"
    values = "MS.01,2019,members_total,140\nMS.01,2019,members_registered,100\n"
    values += "MS.02,2019,members_registered,88\n"
    district = own_database(tmp_path, "parts", orgs, values)
    template = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    preview = answer_template(district, template, "MS", None, CLI)
    assert preview.conflicts == [
        "Đảng viên xây dựng kế hoạch đăng ký cá nhân 188 > Tổng số đảng viên 140: gửi 100 "
        "(các đơn vị báo cáo đủ cả hai số)"
    ]
    out = answer_template(district, template, "MS", tmp_path / "f.xlsx", CLI).out
    assert out is not None
    report = import_template(demo, out)
    assert report.saved, [str(p) for p in report.problems]
    ours = demo.figures([2019])
    assert ours.entered("SL.MS", 2019, "members_registered") == 100
    assert ours.entered("SL.MS", 2019, "members_total") == 140
