"""A unit as the database and the change log keep it: its periods as rows, its fields and
periods as a record (JSON) in an audit entry, and back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ct05_desktop.domain.orgs import Org, Period


def periods_by_unit(rows: Iterable[tuple[str, int, str, str | None]]) -> Mapping[str, list[Period]]:
    """(code, start, name, parent) rows as each unit's periods."""
    out: dict[str, list[Period]] = {}
    for code, start, name, parent in rows:
        out.setdefault(code, []).append(Period(start, name, parent))
    return out


def unit_record(org: Org) -> dict[str, object]:
    """The unit as the change log keeps it (JSON): its fields, and its periods as
    [start, name, parent] when it has more than one."""
    record: dict[str, object] = {
        "code": org.code,
        "name": org.name,
        "level": org.level,
        "parent_code": org.parent_code,
        "valid_from": org.valid_from,
        "valid_to": org.valid_to,
        "successor_code": org.successor_code,
    }
    if org.periods:
        record["periods"] = [[p.start, p.name, p.parent_code] for p in org.periods]
    return record


def unit_from_record(record: Mapping[str, object]) -> Org:
    """The unit of a change log entry (unit_record's inverse)."""

    def year(name: str) -> int | None:
        value = record.get(name)
        return int(str(value)) if value is not None else None

    periods = [
        Period(int(str(start)), str(name), None if parent is None else str(parent))
        for start, name, parent in record.get("periods") or []  # type: ignore[attr-defined]
    ]
    parent = record.get("parent_code")
    successor = record.get("successor_code")
    return Org(
        str(record.get("code") or ""),
        str(record.get("name") or ""),
        str(record.get("level") or ""),
        None if parent is None else str(parent),
        year("valid_from"),
        year("valid_to"),
        None if successor is None else str(successor),
        tuple(periods),
    )
