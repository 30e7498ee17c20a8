"""Writing templates and importing filled ones from the window."""

from pathlib import Path

from ct05_desktop.gui.receipts_view import FILE, UNDER, UNIT, WHEN
from ct05_desktop.gui.template_dialogs import TemplateImportDialog
from ct05_desktop.gui.template_export_dialog import TemplateExportDialog
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import write_unit_templates

from ..test_templates import fill, unit_of
from .conftest import write_templates


def received_files(dialog: TemplateImportDialog) -> dict[str, tuple[str, str]]:
    """Each unit of the received list (at any depth): the file and when it came."""
    out = {}
    for item in dialog.receipts.items.values():
        out[item.text(UNIT)] = (item.text(FILE), item.text(WHEN))
    return out


def test_export_then_check_then_save_many_files(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    export = TemplateExportDialog(demo, "SL", 2019)
    qtbot.addWidget(export)
    export.folder.setText(str(tmp_path / "out"))
    paths = write_templates(qtbot, export)
    assert len(paths) == 17
    assert "17" in export.message.text()
    by_unit = {unit_of(p): p for p in paths}  # named after the units; known by their content
    good = fill(by_unit["SL.BY"], tmp_path / "by.xlsx", {("SL.BY", "study_sessions"): 7})
    bad = fill(by_unit["SL.PY"], tmp_path / "py.xlsx", {("SL.PY", "study_sessions"): "bảy"})
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    received = {name: file for name, (file, _when) in received_files(dialog).items()}
    assert len(received) == 23  # every unit under the province, the communes and cells too
    assert set(received.values()) == {"chưa nhận"} or set(received.values()) == {"not received"}
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.check([good, bad])  # off the GUI thread, each file read once
    reports = dialog.reports
    text = dialog.preview.toPlainText()
    assert "by.xlsx" in text and "+ Huyện ủy Bắc Yên, Hội nghị quán triệt" in text
    assert "py.xlsx" in text and "trang 'Số liệu', ô C7" in text
    assert dialog.save_button.isEnabled()
    assert demo.repo.unit_values("SL.BY", 2019) == {}  # checking wrote nothing
    assert [r.problems == [] for r in reports] == [True, False]
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.save()
    assert [r.saved for r in dialog.saved_reports] == [True]
    assert demo.repo.unit_values("SL.BY", 2019) == {"study_sessions": 7}
    assert demo.repo.unit_values("SL.PY", 2019) == {}
    received = {name: file for name, (file, _when) in received_files(dialog).items()}
    assert received["Huyện ủy Bắc Yên"] == "by.xlsx"
    assert received["Huyện ủy Phù Yên"] in ("chưa nhận", "not received")


def test_the_received_list_shows_each_commune_under_its_district_by_the_years_tree(
    qtbot,
    vietnamese: None,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Cò Nòi's file comes back: the list shows it under Huyện ủy Mai Sơn beside the
    district's other communes (and Chiềng Mung's cells under it), the district counting
    1 of its 3; in 2025 the list is that year's tree: no districts, Chiềng Mung and the
    new xã Mai Sơn directly under the province."""
    sent = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms", True)
    co_noi = next(p for p in sent if unit_of(p) == "SL.MS.CN")
    filled = fill(co_noi, tmp_path / "co_noi.xlsx", {("SL.MS.CN", "study_sessions"): 3})
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.check([filled])
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.save()
    shown = dialog.receipts
    assert shown.topLevelItemCount() == 17  # the units directly under the province
    mai_son = shown.items["SL.MS"]
    assert mai_son.parent() is None and mai_son.isExpanded()  # its communes in view
    communes = [mai_son.child(n) for n in range(mai_son.childCount())]
    assert [(c.text(UNIT), c.text(FILE)) for c in communes] == [
        ("Đảng bộ xã Chiềng Mung", "chưa nhận"),
        ("Đảng bộ xã Cò Nòi", "co_noi.xlsx"),
        ("Đảng bộ thị trấn Hát Lót", "chưa nhận"),
    ]
    assert communes[1].text(WHEN)  # when it came
    assert mai_son.text(UNDER) == "1/3"
    assert mai_son.toolTip(UNDER) == "1/3 đơn vị trực thuộc Huyện ủy Mai Sơn đã gửi tệp."
    assert mai_son.font(UNIT).bold() and not communes[1].font(UNIT).bold()
    chieng_mung = shown.items["SL.MS.CM"]
    assert chieng_mung.childCount() == 3 and chieng_mung.text(UNDER) == "0/3"  # its cells
    assert dialog.received.text() == "Đã nhận: 1/23 đơn vị."
    chieng_mung.setExpanded(True)  # the clerk opens Chiềng Mung, then looks at 2025
    dialog.year.setValue(2025)
    tops = [shown.topLevelItem(n) for n in range(shown.topLevelItemCount())]
    assert [shown.code_at(t) for t in tops] == [
        *("SL.CA", "SL.QS", "SL.BP", "SL.KCQ", "SL.KDN"),
        *("SL.MS.CM", "SL.XMS"),
    ]
    assert "SL.MS" not in shown.items and "SL.MS.CN" not in shown.items
    assert shown.items["SL.XMS"].text(UNIT) == "Đảng bộ xã Mai Sơn"
    assert shown.items["SL.MS.CM"].isExpanded()  # still open
    assert shown.items["SL.MS.CM"].text(UNDER) == "0/3"
    assert dialog.received.text() == "Đã nhận: 0/10 đơn vị."
