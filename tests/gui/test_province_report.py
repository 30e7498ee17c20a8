"""A province-sized report from the window: the window keeps answering while it is made,
progress goes through gathering, writing and saving, and Stop leaves no file."""

import itertools
import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from ct05_desktop.domain.orgs import Org
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.workflows.session import Session


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 districts × 50 communes × 4 cells (5,021 units) with a year of communes' figures,
    the shape of benchmarks/bench_province.py."""
    path = tmp_path_factory.mktemp("province") / "p.db"
    rng = random.Random(5)
    with Session(path) as s:
        orgs = [Org("P", "Tỉnh ủy Thử nghiệm", "province")]
        for d in range(20):
            orgs.append(Org(f"P.{d}", f"Huyện ủy số {d}", "district", "P"))
            for c in range(50):
                orgs.append(Org(f"P.{d}.{c}", f"Đảng bộ xã {d}-{c}", "grassroots", f"P.{d}"))
                orgs += [
                    Org(f"P.{d}.{c}.{k}", f"Chi bộ {d}-{c}-{k}", "cell", f"P.{d}.{c}")
                    for k in range(4)
                ]
        s.repo.upsert_orgs(orgs, "test")
        flows = [c for c in s.catalogue.codes if not s.catalogue[c].whole]
        flows = [c for c in flows if not s.catalogue[c].parts]
        values = {
            (o.code, 2025, c): rng.randint(0, 50)
            for o in orgs
            if o.level == "grassroots"
            for c in flows
        }
        s.repo.write_values(values, "test")
    return path


def test_a_province_report_keeps_the_window_answering_and_can_be_stopped(  # type: ignore[no-untyped-def]
    qtbot, province: Path, tmp_path: Path
) -> None:
    with Session(province) as session:
        dialog = ReportDialog(session, "P", 2025)
        qtbot.addWidget(dialog)
        dialog.word.setChecked(False)  # the workbook is the long part
        dialog.destination.setText(str(tmp_path))
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        steps: list[str] = []
        shown = dialog._progress

        def progress(percent: int, step: str) -> None:  # what the dialog is told
            steps.append(step)
            shown(percent, step)

        dialog._progress = progress  # type: ignore[method-assign]
        timer.start(50)
        with qtbot.waitSignal(dialog.finished_building, timeout=180_000) as done:
            assert dialog.build()
        timer.stop()
        assert done.args == [True]
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        print(f"longest pause {max(gaps):.3f} s over {len(ticks)} ticks")
        assert len(ticks) > 2 and max(gaps) < 0.2, f"longest pause {max(gaps):.3f} s"
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
