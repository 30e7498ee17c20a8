"""Changing the scale a registration's year-end result is rated on (domain.md §5;
domain.result_scale), in Cài đặt → Thang đánh giá kết quả…: checked inside one write
transaction against the rows that hold each level, logged; a dry run says what changes,
and how many rows of which years each change touches (their reports and files will name
the level anew)."""

from __future__ import annotations

from dataclasses import replace

from ct05_desktop.domain.refusals import Phrase, Refusal, Refusals
from ct05_desktop.domain.result_scale import Level, scale_problems
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.workflows.session import Session

Use = tuple[int, int, int]  # rows, first year, last year


def result_levels(session: Session) -> tuple[Level, ...]:
    """The scale as stored (and made the one in use)."""
    return session.repo.result_levels()


def change_result_levels(
    session: Session, levels: tuple[Level, ...], source: Source, dry_run: bool = False
) -> list[Phrase]:
    """Make levels the scale; returns what changes, a line each. Refused whole (Refusals)
    when the scale is not one, or a level that rows hold is taken out."""
    levels = tuple(replace(x, label_vi=nfc(x.label_vi), label_en=nfc(x.label_en)) for x in levels)
    with session.writing():
        old = session.repo.result_levels()
        used = _used(session)
        problems = scale_problems(levels)
        kept = {level.code for level in levels}
        for level in old:
            if level.code not in kept and level.code in used:
                rows, first, last = used[level.code]
                years = str(first) if first == last else f"{first}–{last}"
                problems.append(
                    Refusal("scale_level_in_use", label=level.label_vi, count=rows, years=years)
                )
        if problems:
            raise Refusals(problems)
        said = changes(old, levels, used)
        if said and not dry_run:
            session.repo.replace_result_levels(levels, source)
        return said


def _used(session: Session) -> dict[str, Use]:
    rows = session.db.execute(
        "SELECT result, count(*), min(year), max(year) FROM commitments "
        "WHERE result IS NOT NULL GROUP BY result"
    ).fetchall()
    return {code: (n, first, last) for code, n, first, last in rows}


def changes(old: tuple[Level, ...], new: tuple[Level, ...], used: dict[str, Use]) -> list[Phrase]:
    """What a new scale changes, in words: levels added, removed, renamed (with the rows
    whose reports will name them anew), counted as well or better or no longer, no longer
    chosen after a year, and the order."""
    before = {level.code: level for level in old}
    after = {level.code for level in new}

    def rows(code: str) -> Phrase:
        if code not in used:
            return Phrase("", "")
        n, first, last = used[code]
        years = str(first) if first == last else f"{first}–{last}"
        return Phrase(f" ({n} dòng đăng ký năm {years})", f" ({n} registrations, {years})")

    lines: list[Phrase] = []
    for level in new:
        was = before.get(level.code)
        name = level.label_vi
        if was is None:
            lines.append(Phrase(f"Thêm mức '{name}'", f"Level '{name}' added"))
            continue
        if was.label_vi != level.label_vi:
            r = rows(level.code)
            lines.append(
                Phrase(
                    f"Đổi tên mức '{was.label_vi}' thành '{name}'{r.vi}",
                    f"Level '{was.label_vi}' renamed '{name}'{r.en}",
                )
            )
        if was.well != level.well:
            vi = "tính" if level.well else "không còn tính"
            en = "now counted" if level.well else "no longer counted"
            lines.append(
                Phrase(
                    f"Mức '{name}' {vi} là \"hoàn thành tốt trở lên\"",
                    f"Level '{name}' {en} as \"completed well or better\"",
                )
            )
        if was.last != level.last:
            lines.append(
                Phrase(
                    f"Mức '{name}' dùng đến năm {level.last}"
                    if level.last
                    else f"Mức '{name}' dùng cho mọi năm",
                    f"Level '{name}' chosen until {level.last}"
                    if level.last
                    else f"Level '{name}' chosen in every year",
                )
            )
    for level in old:
        if level.code not in after:
            lines.append(Phrase(f"Bỏ mức '{level.label_vi}'", f"Level '{level.label_vi}' removed"))
    kept_old = [x.code for x in old if x.code in after]
    kept_new = [x.code for x in new if x.code in before]
    if kept_old != kept_new:
        order = " > ".join(x.label_vi for x in new)
        lines.append(Phrase(f"Thứ tự mới: {order}", f"New order: {order}"))
    return lines
