"""What a change of the tree does, year by year: the preview of a plan (the window's and
`ct05 reorganise --dry-run`) and of an organisation file (`ct05 import --dry-run`, the
window's confirmation before history is rewritten).

For each run of years whose change is the same, each unit whose reports rest on other
units than before (the units directly under it), and each unit that begins, ends or
takes another name; a run of years left as they were takes one line ("2016–2024: không
đổi"). The lines are capped (MAX_LINES and a count of the rest)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.refusals import Phrase
from ct05_desktop.domain.tree_changes import names_listed

MAX_LINES = 30
SHOWN = 8  # the names of the units added or gone under a unit, then a count


@dataclass
class Preview:
    lines: list[Phrase] = field(default_factory=list)  # at most MAX_LINES, then a count
    changed_years: list[int] = field(default_factory=list)  # every year whose tree changes

    def first_changed(self) -> int | None:
        return self.changed_years[0] if self.changed_years else None

    def text(self, lang: str = "vi") -> str:
        return "\n".join(line.in_(lang) for line in self.lines)


def _years(first: int, last: int) -> Phrase:
    if first == last:
        return Phrase(f"Năm {first}", f"{first}")
    return Phrase(f"Các năm {first}–{last}", f"{first}–{last}")


def _state(tree: OrgTree, year: int) -> tuple[dict[str, Org], dict[str, list[str]]]:
    units = {o.code: o for o in tree.walk(year)}
    return units, {code: tree.child_codes(code, year) for code in units}


def year_lines(before: OrgTree, after: OrgTree, year: int) -> list[Phrase]:
    """What differs in year's tree: a line per unit that begins, ends, is renamed, or
    rests on other units."""
    old, old_under = _state(before, year)
    new, new_under = _state(after, year)
    out: list[Phrase] = []
    for code in [*new, *(c for c in old if c not in new)]:
        if code not in new:
            unit = old[code]
            successor = after[code].successor_code if code in after else None
            if successor is not None and successor in after:
                to = after.name_in(successor, year)
                if successor in old:  # into a unit that was there: sáp nhập
                    vi, en = f"sáp nhập vào {to}", f"merged into {to}"
                else:  # with others into a unit made by the merger: hợp nhất
                    vi, en = f"hợp nhất thành {to}", f"merged to make {to}"
                out.append(Phrase(f"- {unit.name}: {vi}", f"- {unit.name}: {en}"))
            else:
                out.append(Phrase(f"- {unit.name}: giải thể", f"- {unit.name}: dissolved"))
            continue
        unit = new[code]
        if code not in old:
            parent = after.name_in(unit.parent_code, year) if unit.parent_code else "—"
            out.append(
                Phrase(
                    f"- {unit.name} (mới), trực thuộc {parent}",
                    f"- {unit.name} (new), under {parent}",
                )
            )
        elif old[code].name != unit.name:
            out.append(
                Phrase(
                    f"- {old[code].name} → {unit.name} (đổi tên)",
                    f"- {old[code].name} → {unit.name} (renamed)",
                )
            )
        was_under = old[code].parent_code if code in old else None
        if code in old and was_under != unit.parent_code and was_under in new:
            # moved away from a parent that goes on (the units of a parent merged or
            # dissolved are told in its line and in their new parent's)
            a, b = before.name_in(was_under, year), after.name_in(unit.parent_code or "", year)
            out.append(
                Phrase(
                    f"- {unit.name}: chuyển từ {a} về {b}", f"- {unit.name}: moved from {a} to {b}"
                )
            )
        was, now = old_under.get(code, []), new_under[code]
        if was != now and (code in old or now):
            out.append(_rests_on(before, after, year, unit.name, was, now))
    return out


def _rests_on(
    before: OrgTree, after: OrgTree, year: int, name: str, was: list[str], now: list[str]
) -> Phrase:
    was_there, there = set(was), set(now)
    added = [c for c in now if c not in was_there]  # named only as far as they are shown
    gone = [c for c in was if c not in there]
    vi = [f"- {name}: {len(was)} → {len(now)} đơn vị trực thuộc"]
    en = [f"- {name}: {len(was)} → {len(now)} units under it"]
    if added:
        listed = names_listed([after.name_in(c, year) for c in added[:SHOWN]], SHOWN, len(added))
        vi.append(f"thêm {listed.vi}")
        en.append(f"added {listed.en}")
    if gone:
        listed = names_listed([before.name_in(c, year) for c in gone[:SHOWN]], SHOWN, len(gone))
        vi.append(f"không còn {listed.vi}")
        en.append(f"no longer {listed.en}")
    return Phrase("; ".join(vi), "; ".join(en))


def preview(before: OrgTree, after: OrgTree, last: int, most: int = MAX_LINES) -> Preview:
    """Every year from MIN_YEAR to last, in runs: a run whose tree is unchanged in one
    line, a changed run with its lines."""
    out = Preview()
    epochs = sorted({*before.epochs(), *after.epochs()})
    starts = sorted({MIN_YEAR, *(y for y in epochs if MIN_YEAR < y <= last)})
    runs: list[tuple[int, int, list[Phrase]]] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else last
        lines = year_lines(before, after, start)
        if runs and runs[-1][2] == lines:
            runs[-1] = (runs[-1][0], end, lines)
        else:
            runs.append((start, end, lines))
    shown: list[Phrase] = []
    for first, end, lines in runs:
        span = _years(first, end)
        if not lines:
            shown.append(Phrase(f"{span.vi}: không đổi", f"{span.en}: unchanged"))
            continue
        out.changed_years += range(first, end + 1)
        shown.append(Phrase(f"{span.vi}:", f"{span.en}:"))
        shown += lines
    out.lines = _capped(shown, most)
    return out


def _capped(lines: Sequence[Phrase], most: int) -> list[Phrase]:
    if len(lines) <= most:
        return list(lines)
    rest = len(lines) - most
    return [*lines[:most], Phrase(f"… và {rest} dòng khác", f"… and {rest} more lines")]


def carried_words(tree: OrgTree, code: str) -> Phrase | None:
    """'Các năm trước 2025 gồm số liệu của Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót (đến
    năm 2024), hợp nhất thành Đảng bộ xã Mai Sơn.': what a successor's history and range
    reports carry of the units merged into it before it began, or None."""
    start = tree[code].valid_from
    if start is None:
        return None
    before = [o for o in tree.lineage(code) if o.valid_to is not None and o.valid_to < start]
    if not before:
        return None
    ends = sorted({o.valid_to for o in before if o.valid_to is not None})
    last = f" (đến năm {ends[-1]})" if len(ends) == 1 else ""
    last_en = f" (up to {ends[-1]})" if len(ends) == 1 else ""
    names = ", ".join(o.name for o in before)
    unit = tree.name_in(code, start)
    return Phrase(
        f"Các năm trước {start} gồm số liệu của {names}{last}, hợp nhất thành {unit}.",
        f"The years before {start} hold the figures of {names}{last_en}, merged into {unit}.",
    )


def years_counted(counted: Sequence[int], years: Sequence[int]) -> str:
    """'đến năm 2024', 'từ năm 2025', 'năm 2019–2022': the years of a period a unit is
    counted in, when not all of them ('' when all)."""
    if list(counted) == list(years) or not counted:
        return ""
    first, last = counted[0], counted[-1]
    if last - first + 1 != len(counted):
        return "năm " + ", ".join(str(y) for y in counted)
    if first == years[0]:
        return f"đến năm {last}"
    if last == years[-1]:
        return f"từ năm {first}"
    return f"năm {first}" if first == last else f"năm {first}–{last}"


def same_names(after: OrgTree, codes: Sequence[str], first: int, last: int) -> list[Phrase]:
    """A warning for each name two units under one parent share in a year from first to
    last, where one of them is among codes (a clerk tells units apart by their names)."""
    wanted, out, seen = set(codes), [], set()
    for year in after.same_tree_years(range(first, max(first, last) + 1)):
        for code in codes:
            if code not in after or not after[code].exists_in(year):
                continue
            unit = after.at(code, year)
            siblings = (
                after.children(unit.parent_code, year)
                if unit.parent_code is not None
                else after.roots(year)
            )
            twins = [o for o in siblings if o.name == unit.name]
            key = (unit.parent_code, unit.name)
            if len(twins) < 2 or key in seen or not wanted & {o.code for o in twins}:
                continue
            seen.add(key)
            parent = after.name_in(unit.parent_code, year) if unit.parent_code else "—"
            listed = ", ".join(o.code for o in twins)
            out.append(
                Phrase(
                    f"Năm {year} có {len(twins)} đơn vị cùng tên “{unit.name}” trực thuộc "
                    f"{parent} (mã {listed}): hãy đặt tên để phân biệt",
                    f"In {year} {len(twins)} units under {parent} share the name "
                    f"“{unit.name}” (codes {listed}): give them names that tell them apart",
                )
            )
    return out
