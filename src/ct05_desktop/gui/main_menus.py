"""The main window's menus: File, Year, Organisation, Settings, Help (the window's own words, in its
translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ct05_desktop.gui import i18n, unsaved
from ct05_desktop.gui.help_menu import add_help_menu
from ct05_desktop.gui.unit_actions import UnitActions
from ct05_desktop.gui.year_actions import YearActions

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.save_action = QAction(QCoreApplication.translate("MainWindow", "&Save"), window)
    window.save_action.setShortcut(QKeySequence.StandardKey.Save)
    window.save_action.triggered.connect(lambda: unsaved.save_all(window))
    file_menu.addAction(window.save_action)
    window.report_action = QAction(
        QCoreApplication.translate("MainWindow", "Make a &report (Word and Excel)…"), window
    )
    window.report_action.setShortcut(QKeySequence("Ctrl+R"))
    window.report_action.triggered.connect(window.open_report_dialog)
    file_menu.addAction(window.report_action)
    sent = QAction(QCoreApplication.translate("MainWindow", "Reports s&ent…"), window)
    sent.triggered.connect(lambda: _open_issued(window))
    file_menu.addAction(sent)
    templates = QAction(
        QCoreApplication.translate("MainWindow", "Write &templates for units…"), window
    )
    templates.triggered.connect(window.open_template_export)
    file_menu.addAction(templates)
    imports = QAction(QCoreApplication.translate("MainWindow", "Import &filled templates…"), window)
    imports.triggered.connect(window.open_import_dialog)
    file_menu.addAction(imports)
    answer = QAction(
        QCoreApplication.translate("MainWindow", "&Answer the superior's template…"), window
    )
    answer.triggered.connect(window.open_answer)
    file_menu.addAction(answer)
    file_menu.addSeparator()
    window.files.add_to(file_menu)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    year_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Year"))
    window.years = YearActions(window)
    window.years.add_to(year_menu)
    org_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Organisation"))
    window.units = UnitActions(window)
    window.units.add_to(org_menu)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    settings_action = QAction(
        QCoreApplication.translate("MainWindow", "Report &header and clerk…"), window
    )
    settings_action.triggered.connect(window.open_settings)
    view_menu.addAction(settings_action)
    form_action = QAction(QCoreApplication.translate("MainWindow", "Report &form…"), window)
    form_action.triggered.connect(window.open_form_editor)
    view_menu.addAction(form_action)
    subject_action = QAction(
        QCoreApplication.translate("MainWindow", "&Documents and themes of the report…"), window
    )
    subject_action.triggered.connect(window.open_subjects)
    view_menu.addAction(subject_action)
    scale_action = QAction(
        QCoreApplication.translate("MainWindow", "Year-end result &scale…"), window
    )
    scale_action.triggered.connect(window.open_scale)
    view_menu.addAction(scale_action)
    lang_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, window, checkable=True)
        action.setChecked(code == window.lang)
        action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
        group.addAction(action)
        lang_menu.addAction(action)
    add_help_menu(window)


def _open_issued(window: MainWindow) -> None:
    from ct05_desktop.gui.issued_dialog import IssuedDialog  # loaded when first used

    IssuedDialog(window.session, window.org, window).exec()
