"""Screenshots of the window's tabs and dialogs at the sizes a clerk uses, for looking at.

Usage (under Xvfb: bash scripts/system-deps.sh --screens installs it):
    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/screens.py OUT_DIR
Writes OUT_DIR/WIDTHxHEIGHT-NAME.png over a demo database made in a temporary folder.
With --docs, writes instead the pictures of the README and the user guide into docs/.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

SIZES = ((1024, 700), (1920, 1080))


if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ct05_desktop.gui.main_window import MainWindow
    from ct05_desktop.workflows.session import Session


def main(out: Path, docs: bool = False) -> None:
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
    if docs:
        doc_pictures(app, session, out)
        os._exit(0)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        QSettings().clear()  # each size as on a first run
        win = MainWindow(session, "vi", 2019)
        win.resize(width, height)
        win.show()
        for unit in ("SL.ML", "SL", "SL.MS.CM"):
            win.org_panel.select(unit)  # a district, then the province
            for tab in range(win.tabs.count()):
                win.tabs.setCurrentIndex(tab)
                for _ in range(20):
                    app.processEvents()
                name = f"{width}x{height}-{win.org or 'root'}-tab{tab}.png"
                win.grab().save(str(out / name))
        dialogs(app, win, session, out / f"{width}x{height}")
        win.form.model.discard()
        win.close()
    os._exit(0)


def dialogs(app: QApplication, win: MainWindow, session: Session, prefix: Path) -> None:
    """Every dialog of the window, opened over it (not modal, so they can be grabbed)."""
    from ct05_desktop.domain.registers import REGISTERS
    from ct05_desktop.domain.tree_changes import DISSOLVE, MERGE, MOVE, NEW, RENAME
    from ct05_desktop.gui.backup_dialog import BackupDialog
    from ct05_desktop.gui.help_menu import show_guide
    from ct05_desktop.gui.issued_dialog import IssuedDialog
    from ct05_desktop.gui.register_form import AddRowDialog
    from ct05_desktop.gui.reorganise_dialog import ReorganiseDialog
    from ct05_desktop.gui.report_dialog import ReportDialog
    from ct05_desktop.gui.review_dialogs import AuditDialog, RegisterSearchDialog
    from ct05_desktop.gui.scale_dialog import ScaleDialog
    from ct05_desktop.gui.settings_dialog import SettingsDialog
    from ct05_desktop.gui.template_dialogs import TemplateImportDialog
    from ct05_desktop.gui.template_export_dialog import TemplateExportDialog
    from ct05_desktop.gui.tree_change_dialog import TreeChangeDialog

    made = {
        "report": lambda: ReportDialog(session, "SL.ML", 2019, win),
        "issued": lambda: IssuedDialog(session, "SL.ML", win),
        "templates-out": lambda: TemplateExportDialog(session, "SL.ML", 2019, win),
        "templates-in": lambda: TemplateImportDialog(session, 2019, win),
        "settings": lambda: SettingsDialog(session, "SL.ML", win),
        "backups": lambda: BackupDialog(win),
        "change-log": lambda: AuditDialog(session, None, 2019, None, win),
        "change-log-unit": lambda: AuditDialog(session, "SL.TC", 2019, None, win),
        "search": lambda: RegisterSearchDialog(session, win),
        "result-scale": lambda: ScaleDialog(session, win),
        "add-unit": lambda: TreeChangeDialog(session, NEW, ["SL.MC"], 2019, win),
        "merge-unit": lambda: TreeChangeDialog(session, MERGE, ["SL.MS.HL"], 2025, win),
        "dissolve-unit": lambda: TreeChangeDialog(session, DISSOLVE, ["SL.MC"], 2025, win),
        "move-unit": lambda: TreeChangeDialog(session, MOVE, ["SL.MS.CM"], 2025, win),
        "rename": lambda: TreeChangeDialog(session, RENAME, ["SL.MC"], 2025, win),
        "reorganise": lambda: ReorganiseDialog(session, ["SL.MS.CN", "SL.MS.HL"], 2025, win),
        **{
            f"add-row-{spec.key}": (
                lambda spec=spec: AddRowDialog(spec, "vi", "Huyện ủy Mường La", 2019, win)
            )
            for spec in REGISTERS
        },
        "guide": lambda: show_guide(win),
    }
    for name, make in made.items():
        dialog = make()
        dialog.show()
        for _ in range(30):
            app.processEvents()
        if name == "search":
            dialog.search("chieng")  # type: ignore[attr-defined]
            for _ in range(60):
                app.processEvents()
        dialog.grab().save(f"{prefix}-dialog-{name}.png")
        dialog.close()


def doc_pictures(app: QApplication, session: Session, docs: Path) -> None:
    """The window as the README and docs/huong-dan.md show it."""
    from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

    from ct05_desktop.gui.main_window import MainWindow

    shots = [  # file, size, unit, tab, rows of the history to chart
        ("screenshot-form.png", (1360, 820), "SL.MC", 0, ()),
        ("screenshot-form-1024.png", (1024, 700), "SL", 0, ()),
        ("screenshot-province.png", (1360, 820), "SL", 0, ()),
        ("screenshot-register.png", (1360, 820), "SL.TC", 4, ()),
        ("screenshot-commitments.png", (1360, 820), "SL.MS.CM", 5, ()),
        ("screenshot-history.png", (1360, 820), "SL", 7, ("breakthrough_models",)),
    ]
    for name, (width, height), unit, tab, charted in shots:
        QSettings().clear()
        win = MainWindow(session, "vi", 2019)
        win.setWindowState(Qt.WindowState.WindowNoState)
        win.resize(width, height)
        win.show()
        win.org_panel.select(unit)
        win.tabs.setCurrentIndex(tab)
        for _ in range(50):
            app.processEvents()
        if name == "screenshot-commitments.png":  # evaluating: a key cadre's results
            page = win.register_pages[4]
            result = next(n for n, f in enumerate(page.spec.fields) if f.name == "result")
            page.view.select_cells([(row, result) for row in range(2, 6)])
            for _ in range(20):
                app.processEvents()
        if charted:
            view, model = win.history.view, win.history.model
            for _ in range(200):  # the history is read off the GUI thread
                if model.columnCount():
                    break
                app.processEvents()
                time.sleep(0.02)
            for code in charted:
                row = next(n for n, i in enumerate(model.indicators) if i.code == code)
                view.selectionModel().select(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(model.index(row, 0))
            for _ in range(50):
                app.processEvents()
        win.grab().save(str(docs / name))
        win.close()
    reorganise_picture(app, session.path.parent / "before-2025.db", docs)


def reorganise_picture(app: QApplication, path: Path, docs: Path) -> None:
    """The guide's reorganisation: the demo's 2025 plan opened from its CSV over the demo
    without its 2025, what changes shown."""
    from PySide6.QtCore import QSettings

    from ct05_desktop.files.app_dirs import data_dir
    from ct05_desktop.gui import file_choosers
    from ct05_desktop.gui.main_window import MainWindow
    from ct05_desktop.workflows.session import Session
    from ct05_desktop.workflows.setup import init_database, load_demo

    session = Session(path)
    init_database(session)
    load_demo(session, with_2025=False)
    QSettings().clear()
    win = MainWindow(session, "vi", 2025)
    win.show()
    dialog = win.units.open_reorganise()
    assert dialog is not None
    plan = data_dir() / "demo" / "reorganise_2025.csv"
    file_choosers.open_file = lambda *_args, **_kwargs: plan  # as if chosen in the dialog
    dialog.open_plan()
    for _ in range(200):  # checked off the GUI thread
        if dialog.save_button.isEnabled():
            break
        app.processEvents()
        time.sleep(0.02)
    dialog.grab().save(str(docs / "screenshot-reorganise.png"))
    dialog.close()
    win.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), docs="--docs" in sys.argv[2:])
