"""Writing templates and importing filled ones from the window."""

from pathlib import Path

from ct05_desktop.gui.template_dialogs import TemplateExportDialog, TemplateImportDialog
from ct05_desktop.workflows.session import Session

from ..test_templates import fill, unit_of


def test_export_then_check_then_save_many_files(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    export = TemplateExportDialog(demo, "SL", 2019)
    qtbot.addWidget(export)
    export.folder.setText(str(tmp_path / "out"))
    paths = export.write()
    assert len(paths) == 17
    assert "17" in export.message.text()
    by_unit = {unit_of(p): p for p in paths}  # named after the units; known by their content
    good = fill(by_unit["SL.BY"], tmp_path / "by.xlsx", {("SL.BY", "study_sessions"): 7})
    bad = fill(by_unit["SL.PY"], tmp_path / "py.xlsx", {("SL.PY", "study_sessions"): "bảy"})
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    received = {
        dialog.receipts.item(r, 0).text(): dialog.receipts.item(r, 1).text()
        for r in range(dialog.receipts.rowCount())
    }
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
    received = {
        dialog.receipts.item(r, 0).text(): dialog.receipts.item(r, 1).text()
        for r in range(dialog.receipts.rowCount())
    }
    assert received["Huyện ủy Bắc Yên"] == "by.xlsx"
    assert received["Huyện ủy Phù Yên"] in ("chưa nhận", "not received")
