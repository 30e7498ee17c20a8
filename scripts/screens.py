"""Screenshots of the window's tabs and dialogs at the sizes a clerk uses, for looking at.

Usage (under Xvfb): xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/screens.py OUT_DIR
Writes OUT_DIR/WIDTHxHEIGHT-NAME.png over a demo database made in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1024, 700), (1920, 1080))


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="ct05-screens-"))
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(home / var.lower())
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ct05_desktop.gui import i18n
    from ct05_desktop.gui.main_window import MainWindow
    from ct05_desktop.workflows.session import Session
    from ct05_desktop.workflows.setup import init_database, load_demo

    app = QApplication([])
    app.setApplicationName("CT05DesktopScreens")
    keep = i18n.install_translators(app, "vi")  # noqa: F841 (kept alive)
    session = Session(home / "ct05.db")
    init_database(session)
    load_demo(session)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        QSettings().clear()  # each size as on a first run
        win = MainWindow(session, "vi", 2019)
        win.resize(width, height)
        win.show()
        for unit in ("SL.ML", "SL"):
            win.org_panel.select(unit)  # a district, then the province
            for tab in range(win.tabs.count()):
                win.tabs.setCurrentIndex(tab)
                for _ in range(20):
                    app.processEvents()
                name = f"{width}x{height}-{win.org or 'root'}-tab{tab}.png"
                win.grab().save(str(out / name))
        win.form.model.discard()
        win.close()
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
