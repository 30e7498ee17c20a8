"""The header and signature of a report (Hướng dẫn 36-HD/VPTW), kept as settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields

PREFIX = "report."


@dataclass(frozen=True)
class ReportHeader:
    superior: str = "ĐẢNG BỘ TỈNH SƠN LA"
    issuer: str = "TỈNH ỦY"
    place: str = "Sơn La"
    doc_code: str = "BC/TU"
    signer_role: str = "T/M BAN THƯỜNG VỤ"
    signer_title: str = "PHÓ BÍ THƯ THƯỜNG TRỰC"
    signer_name: str = ""
    date: dt.date = field(default_factory=dt.date.today, compare=False)

    def date_line(self) -> str:
        """'Sơn La, ngày 05 tháng 02 năm 2026': day and month with leading zeros."""
        d = self.date
        return f"{self.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"

    def number_line(self) -> str:
        return f"Số      -{self.doc_code}"


SETTING_NAMES = (
    "superior",
    "issuer",
    "place",
    "doc_code",
    "signer_role",
    "signer_title",
    "signer_name",
)


def header_from_settings(
    get: Callable[[str], str | None], date: dt.date | None = None
) -> ReportHeader:
    defaults = ReportHeader()
    values = {
        f.name: get(PREFIX + f.name) or getattr(defaults, f.name)
        for f in fields(ReportHeader)
        if f.name in SETTING_NAMES
    }
    return ReportHeader(**values, date=date or dt.date.today())
