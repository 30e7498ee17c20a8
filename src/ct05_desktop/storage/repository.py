"""Typed reads and writes over the database; every change leaves an audit entry and is
noted for the views. Each job lives in its own store: the change log and settings
(audit_log), the tree (tree_store), the figures (value_store), what is marked on years
and units (year_marks); the registers and report headers have stores of their own."""

from __future__ import annotations

from sqlite_utils import Database

from ct05_desktop.domain.changes import ChangeNotes
from ct05_desktop.domain.status import (  # noqa: F401  (kept importable from here)
    STATUS_APPROVED,
    STATUS_COMPLETE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
)
from ct05_desktop.storage.form_store import FormStore, sync_indicators
from ct05_desktop.storage.scale_store import ScaleStore
from ct05_desktop.storage.tree_store import TreeStore
from ct05_desktop.storage.value_store import ValueStore
from ct05_desktop.storage.year_marks import YearMarks


class Repository(TreeStore, ValueStore, YearMarks, FormStore, ScaleStore):
    def __init__(self, db: Database) -> None:
        self.db = db
        self.notes = ChangeNotes()
        self._tree = None
        self._form = None
        sync_indicators(self.db, self.catalogue)
        self.result_levels()  # the database's result scale, the one in use
