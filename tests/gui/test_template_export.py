"""Writing templates from the window for a unit with no units under it (issue 13): the
one-file-per-unit choice is off and says why; never "0 templates written"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ct05_desktop.domain.sources import CLI
from ct05_desktop.gui.template_export_dialog import TemplateExportDialog
from ct05_desktop.workflows.session import Session

from ..test_templates import unit_of
from .conftest import write_templates


def choose(dialog: TemplateExportDialog, code: str) -> None:
    dialog.unit.setCurrentIndex(dialog.unit.findData(code))


def test_a_unit_with_no_units_under_it_gets_its_own_template(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = TemplateExportDialog(demo, "SL", 2019)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    assert dialog.each_unit.isEnabled() and dialog.each_unit.isChecked()
    assert dialog.no_units_under.isHidden()
    choose(dialog, "SL.ML")  # Mường La: no unit under it in the demo
    assert not dialog.each_unit.isEnabled() and not dialog.each_unit.isChecked()
    assert not dialog.no_units_under.isHidden()
    hint = dialog.no_units_under.text()
    assert "Huyện ủy Mường La" in hint and "2019" in hint
    paths = write_templates(qtbot, dialog)
    assert [p.name for p in paths] == ["Mau_CT05_Huyen_Uy_Muong_La_2019.xlsx"]
    assert unit_of(paths[0]) == "SL.ML"
    assert str(paths[0]) in dialog.message.text() and "2e7d32" in dialog.message.styleSheet()
    choose(dialog, "SL.MS")  # with units under it: the choice is back as the clerk left it
    assert dialog.each_unit.isEnabled() and dialog.each_unit.isChecked()
    assert dialog.no_units_under.isHidden()
    dialog.each_unit.click()  # the clerk unticks it
    choose(dialog, "SL.ML")
    choose(dialog, "SL.MS")
    assert dialog.each_unit.isEnabled() and not dialog.each_unit.isChecked()
    dialog.each_unit.click()
    dialog.year.setValue(2020)
    assert dialog.each_unit.isChecked()
    paths = write_templates(qtbot, dialog)
    assert sorted(p.name for p in paths) == [
        "Mau_CT05_Dang_Bo_Thi_Tran_Hat_Lot_2020.xlsx",
        "Mau_CT05_Dang_Bo_Xa_Chieng_Mung_2020.xlsx",
        "Mau_CT05_Dang_Bo_Xa_Co_Noi_2020.xlsx",
    ]


def test_units_gone_since_the_choice_are_refused_in_words_nothing_written(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The communes of Mai Sơn ended in 2018 in another window while the dialog was open
    with the choice on: the dialog says why nothing was written, in red."""
    dialog = TemplateExportDialog(demo, "SL.MS", 2019)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    assert dialog.each_unit.isChecked()
    tree = demo.tree()
    demo.repo.upsert_orgs(
        [replace(o, valid_to=2018) for o in tree.subtree("SL.MS", 2019)[1:]], CLI
    )  # no checks: another program's doing
    assert write_templates(qtbot, dialog) == []
    text = dialog.message.text()
    assert "Huyện ủy Mai Sơn" in text and "2019" in text and "--children" in text
    assert "b00020" in dialog.message.styleSheet()
    assert not out.exists()


def test_the_folder_written_to_is_offered_next_time(qtbot, demo: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    QSettings().clear()
    fresh = TemplateExportDialog(demo, "SL", 2019)
    qtbot.addWidget(fresh)
    assert Path(fresh.folder.text()).name == "Mau_CT05"  # a folder of their own at first
    fresh.folder.setText(str(tmp_path / "gửi huyện"))
    assert write_templates(qtbot, fresh)
    again = TemplateExportDialog(demo, "SL", 2019)
    qtbot.addWidget(again)
    assert again.folder.text() == str(tmp_path / "gửi huyện")
    QSettings().clear()
