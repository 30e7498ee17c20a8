"""Every setting declared once: its key, type, default and what it is (after Picard's
options.py). Settings the CLI needs live in the database; the window's own preferences
(its size, the last unit and year, its language) in QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DATABASE = "database"
WINDOW = "window"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    label: str  # English; the window translates it
    store: str  # DATABASE | WINDOW

    def parse(self, stored: object) -> Any:
        """The stored text (or QSettings value) as the setting's type; the default when
        nothing is stored or it cannot be read."""
        if stored is None or stored == "":
            return self.default
        try:
            if self.kind is bool:
                return str(stored).lower() in ("1", "true", "yes")
            if self.kind is bytes:  # QSettings hands back a QByteArray: its data() is bytes
                data = stored.data() if hasattr(stored, "data") else stored
                return bytes(data) if isinstance(data, bytes | bytearray) else self.default
            return self.kind(stored)
        except (TypeError, ValueError):
            return self.default

    def format(self, value: object) -> str | None:
        """How the database stores the value (None: nothing stored, the default applies)."""
        if value is None or value == self.default:
            return None
        if self.kind is bool:
            return "1" if value else None
        return str(value)


USER_NAME = Setting("user_name", str, "", "Name recorded in the change log", DATABASE)
DEMO_LOADED = Setting("demo_loaded", bool, False, "The demo data has been loaded", DATABASE)
LANGUAGE = Setting("ui/language", str, "vi", "Language of the window", WINDOW)
GEOMETRY = Setting("ui/geometry", bytes, b"", "Size and place of the window", WINDOW)
SPLITTER = Setting("ui/splitter", bytes, b"", "Width of the unit tree beside the tabs", WINDOW)
LAST_UNIT = Setting("ui/org", str, "", "The unit shown last", WINDOW)
LAST_YEAR = Setting("ui/year", int, 0, "The year shown last", WINDOW)

# the folder each file chooser of the window used last (it opens there next time)
FILLED_TEMPLATES_FOLDER = Setting(
    "folders/filled_templates", str, "", "Folder of the filled templates chosen last", WINDOW
)
TEMPLATES_FOLDER = Setting("folders/templates", str, "", "Folder for unit templates", WINDOW)
CSV_IMPORT_FOLDER = Setting("folders/csv_import", str, "", "Folder of CSV files imported", WINDOW)
CSV_EXPORT_FOLDER = Setting("folders/csv_export", str, "", "Folder of CSV files exported", WINDOW)
REPORTS_FOLDER = Setting("folders/reports", str, "", "Folder for reports", WINDOW)
RESTORE_FOLDER = Setting("folders/restore", str, "", "Folder of a backup restored", WINDOW)
PLANS_FOLDER = Setting("folders/plans", str, "", "Folder of reorganisation plans", WINDOW)
FOLDERS = (
    FILLED_TEMPLATES_FOLDER,
    TEMPLATES_FOLDER,
    CSV_IMPORT_FOLDER,
    CSV_EXPORT_FOLDER,
    REPORTS_FOLDER,
    RESTORE_FOLDER,
    PLANS_FOLDER,
)

SETTINGS = (USER_NAME, DEMO_LOADED, LANGUAGE, GEOMETRY, SPLITTER, LAST_UNIT, LAST_YEAR, *FOLDERS)
