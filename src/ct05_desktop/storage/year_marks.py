"""What is marked on a year or a unit-year: templates received, years locked, units
marked complete or approved, and the status each unit shows in the tree."""

from __future__ import annotations

from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.status import STATUS_IN_PROGRESS
from ct05_desktop.storage.audit_log import AuditLog, now


class YearMarks(AuditLog):
    def record_receipt(self, org: str, year: int, file: str, sha256: str) -> None:
        self.db.table("template_receipts").insert(
            {
                "org_code": org,
                "year": year,
                "file": file,
                "sha256": sha256,
                "received_by": self.who(),
                "received_at": now(),
            }
        )

    def receipts(self, year: int) -> dict[str, tuple[str, str]]:
        """unit → (file, when) of its latest filled template for the year."""
        rows = self.db.execute(
            "SELECT org_code, file, received_at FROM template_receipts WHERE year = ? ORDER BY id",
            [year],
        )
        return {org: (file, at) for org, file, at in rows}

    def locked_years(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT year FROM year_locks")}

    def lock_year(self, year: int, source: Source) -> None:
        """Chốt số liệu: nothing in the year may change until it is unlocked; audited."""
        if year in self.locked_years():
            return
        with self.db.atomic():
            self.db.table("year_locks").insert(
                {"year": year, "locked_by": self.who(), "locked_at": now()}
            )
            self.audit("lock", source, year=year, old=None, new="locked")

    def unlock_year(self, year: int, source: Source) -> None:
        if year not in self.locked_years():
            return
        with self.db.atomic():
            self.db.execute("DELETE FROM year_locks WHERE year = ?", [year])
            self.audit("unlock", source, year=year, old="locked", new=None)

    def approved(self) -> set[tuple[str, int]]:
        rows = self.db.execute("SELECT org_code, year FROM unit_status WHERE status = 'approved'")
        return {(r[0], r[1]) for r in rows}

    def set_status(self, org: str, year: int, status: str | None, source: Source) -> None:
        """Mark a unit-year complete or approved, or clear the mark (None)."""
        old = self.marked_status(org, year)
        if old == status:
            return
        with self.db.atomic():
            if status is None:
                self.db.execute(
                    "DELETE FROM unit_status WHERE org_code = ? AND year = ?", [org, year]
                )
            else:
                self.db.table("unit_status").upsert(
                    {
                        "org_code": org,
                        "year": year,
                        "status": status,
                        "changed_by": self.who(),
                        "changed_at": now(),
                    },
                    pk=("org_code", "year"),
                )
            self.audit("status", source, org_code=org, year=year, old=old, new=status)

    def marked_status(self, org: str, year: int) -> str | None:
        row = self.db.execute(
            "SELECT status FROM unit_status WHERE org_code = ? AND year = ?", [org, year]
        ).fetchone()
        return None if row is None else row[0]

    def statuses(self, year: int) -> dict[str, str]:
        """Each unit's status for the year; a unit missing here has entered nothing."""
        out: dict[str, str] = {}
        tables = [
            "org_values WHERE value IS NOT NULL AND",
            "breakthrough_models WHERE",
            "exemplars WHERE",
            "award_decisions WHERE",
            "dialogues WHERE",
        ]
        for table in tables:
            for (org,) in self.db.execute(
                f"SELECT DISTINCT org_code FROM {table} year = ?", [year]
            ):
                out[org] = STATUS_IN_PROGRESS
        for org, status in self.db.execute(
            "SELECT org_code, status FROM unit_status WHERE year = ?", [year]
        ):
            out[org] = status
        return out
