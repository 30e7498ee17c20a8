"""Each unit's report header as the office edited it (only the fields that differ from
the default worked out from the unit); every change audited."""

from __future__ import annotations

import json

from ct05_desktop.domain.report_header import FIELDS
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.repository import Repository


class HeaderStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.db = repo.db

    def values(self, org: str) -> dict[str, str]:
        """The fields stored for the unit (blank ones left out)."""
        row = self.db.execute(
            f"SELECT {', '.join(FIELDS)} FROM report_headers WHERE org_code = ?", [org]
        ).fetchone()
        if row is None:
            return {}
        return {name: value for name, value in zip(FIELDS, row, strict=True) if value}

    def save(self, org: str, values: dict[str, str], source: Source) -> bool:
        """Replace the unit's stored fields (none stored: the defaults). True when changed."""
        old = self.values(org)
        new = {name: values[name] for name in FIELDS if values.get(name)}
        if new == old:
            return False
        with self.db.atomic():
            if new:
                record = {name: new.get(name) for name in FIELDS}
                self.db.table("report_headers").upsert({"org_code": org, **record}, pk="org_code")
            else:
                self.db.execute("DELETE FROM report_headers WHERE org_code = ?", [org])
            self.repo.audit(
                "report_header",
                source,
                org_code=org,
                old=json.dumps(old, ensure_ascii=False) if old else None,
                new=json.dumps(new, ensure_ascii=False) if new else None,
            )
        return True
