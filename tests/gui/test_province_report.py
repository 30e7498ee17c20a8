"""A province-sized report from the window: the window keeps answering while it is made,
progress goes through gathering, writing and saving, and Stop leaves no file."""

from pathlib import Path

import pytest

from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.workflows.session import Session

from .conftest import longest_pause, province_shape, ticking


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 districts × 50 communes × 4 cells (5,021 units) with a year of communes' figures,
    the shape of benchmarks/bench_province.py."""
    return province_shape(tmp_path_factory.mktemp("province") / "p.db", 20, 2025, seed=5)


def test_a_province_report_keeps_the_window_answering_and_can_be_stopped(  # type: ignore[no-untyped-def]
    qtbot, province: Path, tmp_path: Path
) -> None:
    with Session(province) as session:
        dialog = ReportDialog(session, "P", 2025)
        qtbot.addWidget(dialog)
        dialog.word.setChecked(False)  # the workbook is the long part
        dialog.destination.setText(str(tmp_path))
        steps: list[str] = []
        shown = dialog._progress

        def progress(percent: int, step: str) -> None:  # what the dialog is told
            steps.append(step)
            shown(percent, step)

        dialog._progress = progress  # type: ignore[method-assign]
        with (
            ticking() as ticks,
            qtbot.waitSignal(dialog.finished_building, timeout=180_000) as done,
        ):
            assert dialog.build()
        assert done.args == [True]
        pause = longest_pause(ticks)
        assert len(ticks) > 2 and pause < 0.2, f"longest pause {pause:.3f} s"
        assert steps[0] == "Đang tổng hợp số liệu" and "Tổng hợp" in steps
        assert steps[-1] == "Đang lưu tệp"
        written = list(tmp_path.iterdir())
        assert [p.name for p in written] == ["PhuLuc_CT05_Tinh_Uy_Thu_Nghiem_2025.xlsx"]
        written[0].unlink()
        # again, stopped while the figures are gathered (the workbook itself is written in
        # a blink): no file under the chosen name

        def stop_when_writing(percent: int, step: str) -> None:
            shown(percent, step)
            if step == "Đang tổng hợp số liệu":
                dialog.cancel()

        dialog._progress = stop_when_writing  # type: ignore[method-assign]
        with qtbot.waitSignal(dialog.finished_building, timeout=180_000) as stopped:
            assert dialog.build()
        assert stopped.args == [False]
        assert list(tmp_path.iterdir()) == []
        assert (
            "no file was written" in dialog.message.text() or "không ghi" in dialog.message.text()
        )
