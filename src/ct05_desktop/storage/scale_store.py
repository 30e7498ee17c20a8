"""The result scale in the database (migration 0016; domain.result_scale): read, applied
to the commitments register's result field, replaced whole with an audit entry."""

from __future__ import annotations

from sqlite_utils import Database

from ct05_desktop.domain.registers import use_result_scale
from ct05_desktop.domain.result_scale import Level
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog


def read_levels(db: Database) -> tuple[Level, ...]:
    rows = db.execute(
        "SELECT code, label_vi, label_en, well, last FROM result_levels ORDER BY position"
    ).fetchall()
    return tuple(Level(code, vi, en, bool(well), last) for code, vi, en, well, last in rows)


def write_levels(db: Database, levels: tuple[Level, ...]) -> None:
    db.execute("DELETE FROM result_levels")
    db.conn.executemany(
        "INSERT INTO result_levels (position, code, label_vi, label_en, well, last) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (n, x.code, x.label_vi, x.label_en, int(x.well), x.last)
            for n, x in enumerate(levels, start=1)
        ],
    )


class ScaleStore(AuditLog):
    def result_levels(self) -> tuple[Level, ...]:
        """The scale as stored, made the one in use (the register's choices follow)."""
        levels = read_levels(self.db)
        use_result_scale(levels)
        return levels

    def replace_result_levels(self, levels: tuple[Level, ...], source: Source) -> None:
        """Store levels in place of the scale (inside the caller's write transaction,
        its checks made there)."""
        write_levels(self.db, levels)
        use_result_scale(levels)
        self.audit("result_scale_changed", source, new=", ".join(x.label_vi for x in levels))
