"""Templates for a district's 50 communes from the window: written off the GUI thread, so
the window keeps answering (a 50 ms timer keeps firing), with progress by file, and Stop
keeps the templates already whole and writes no more."""

from pathlib import Path

import pytest

from ct05_desktop.gui.template_export_dialog import TemplateExportDialog
from ct05_desktop.workflows.session import Session

from .conftest import longest_pause, province_shape, ticking, write_templates

COMMUNES = 50


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district of 50 communes of 4 cells each (P.0), with a year of the communes'
    figures."""
    return province_shape(tmp_path_factory.mktemp("district") / "d.db", 1, 2024, seed=7)


def test_fifty_communes_templates_keep_the_window_answering(  # type: ignore[no-untyped-def]
    qtbot, district: Path, tmp_path: Path
) -> None:
    with Session(district) as session:
        dialog = TemplateExportDialog(session, "P.0", 2024)
        qtbot.addWidget(dialog)
        dialog.folder.setText(str(tmp_path / "all"))
        assert dialog.each_unit.isChecked()
        shown: list[int] = []
        dialog.bar.valueChanged.connect(shown.append)
        with ticking() as ticks:
            paths = write_templates(qtbot, dialog)
        assert len(paths) == COMMUNES
        # written on the GUI thread, the 50 files froze it about 7 s; a busy machine may
        # delay a tick by a fifth of a second, never by a second
        pause = longest_pause(ticks)
        assert len(ticks) > 20 and pause < 1.0, f"longest pause {pause:.3f} s"
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
