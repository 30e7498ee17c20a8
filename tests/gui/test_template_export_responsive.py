"""Templates for a district's 50 communes from the window: written off the GUI thread, so
the window keeps answering (a 50 ms timer keeps firing), with progress by file, and Stop
keeps the templates already whole and writes no more."""

import itertools
import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from ct05_desktop.domain.orgs import Org
from ct05_desktop.gui.template_export_dialog import TemplateExportDialog
from ct05_desktop.workflows.session import Session

from .conftest import write_templates

COMMUNES = 50


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district of 50 communes of 4 cells each, with a year of the communes' figures."""
    path = tmp_path_factory.mktemp("district") / "d.db"
    rng = random.Random(7)
    with Session(path) as s:
        orgs = [Org("P", "Tỉnh ủy Thử nghiệm", "province")]
        orgs.append(Org("P.D", "Huyện ủy Thử nghiệm", "district", "P"))
        for c in range(COMMUNES):
            orgs.append(Org(f"P.D.{c}", f"Đảng bộ xã số {c}", "grassroots", "P.D"))
            orgs += [Org(f"P.D.{c}.{k}", f"Chi bộ {c}-{k}", "cell", f"P.D.{c}") for k in range(4)]
        s.repo.upsert_orgs(orgs, "test")
        flows = [c for c in s.catalogue.codes if not s.catalogue[c].whole]
        values = {
            (o.code, 2024, c): rng.randint(0, 50)
            for o in orgs
            if o.level == "grassroots"
            for c in flows
            if not s.catalogue[c].parts
        }
        s.repo.write_values(values, "test")
    return path


def test_fifty_communes_templates_keep_the_window_answering(  # type: ignore[no-untyped-def]
    qtbot, district: Path, tmp_path: Path
) -> None:
    with Session(district) as session:
        dialog = TemplateExportDialog(session, "P.D", 2024)
        qtbot.addWidget(dialog)
        dialog.folder.setText(str(tmp_path / "all"))
        assert dialog.each_unit.isChecked()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        shown: list[int] = []
        dialog.bar.valueChanged.connect(shown.append)
        timer.start(50)
        paths = write_templates(qtbot, dialog)
        timer.stop()
        assert len(paths) == COMMUNES
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        print(f"longest pause {max(gaps):.3f} s over {len(ticks)} ticks")
        assert len(ticks) > 2 and max(gaps) < 0.2, f"longest pause {max(gaps):.3f} s"
        assert len(set(shown)) > 10 and dialog.bar.isHidden()
        assert f"{COMMUNES}" in dialog.message.text()
        # Stop after the first few files: those written are whole, no more are written
        dialog.folder.setText(str(tmp_path / "some"))
        operation = None

        def stop_soon(percent: int) -> None:
            if percent >= 10 and operation is not None:
                operation.cancel()

        dialog.bar.valueChanged.connect(stop_soon)
        with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
            operation = dialog.write()
        kept = done.args[0]
        assert 0 < len(kept) < COMMUNES
        on_disk = sorted((tmp_path / "some").glob("*.xlsx"))
        assert sorted(kept) == on_disk  # no half-written file beside them
        said = dialog.message.text().lower()
        assert "dừng" in said or "stopped" in said
