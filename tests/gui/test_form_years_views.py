"""Issue 23 in the window: the entry grid shows each year's form, and the history says
of a year whose form lacks an indicator that it was not in the form, never 0."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ct05_desktop.domain.sources import CLI
from ct05_desktop.gui.form_model import IndicatorFormModel
from ct05_desktop.gui.history_page import HistoryModel
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.form_transfer import export_form
from ct05_desktop.workflows.session import Session

ONLINE = "dialogues_online,reception,flow,,,Đối thoại trực tuyến,Online dialogues,cuộc\n"


def add_online_from_2021(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    export_form(session, 2021, path)
    with open(path, "a", encoding="utf-8") as f:
        f.write(ONLINE)
    assert import_csv(session, path, CLI, from_year=2021).ok


def test_the_grid_holds_the_form_of_its_year(qtbot: QtBot, demo: Session, tmp_path: Path) -> None:
    add_online_from_2021(demo, tmp_path)
    model = IndicatorFormModel(demo)
    model.load("SL.MC", 2021)
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" in codes and "dialogues_district" in codes
    model.load("SL.MC", 2019)
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" not in codes
    model.load("SL.MC", 2025)  # the districts gone: their level's dialogues with them
    codes = [r.indicator.code for r in model.rows if r.indicator is not None]
    assert "dialogues_online" in codes and "dialogues_district" not in codes


def test_history_says_a_year_lacked_the_indicator(
    qtbot: QtBot, demo: Session, tmp_path: Path
) -> None:
    add_online_from_2021(demo, tmp_path)
    model = HistoryModel(demo)
    model.show([2019, 2020, 2021], {("dialogues_online", 2021): 7})
    row = [i.code for i in model.indicators].index("dialogues_online")
    cells = [model.index(row, c).data() for c in range(3)]
    assert cells == [model.tr("not in the form")] * 2 + ["7"]
    assert "2019" in model.index(row, 0).data(3)  # the tooltip names the year
    district = [i.code for i in model.indicators].index("dialogues_district")
    assert model.index(district, 2).data() == ""  # in the form, no figure: blank
