"""The columns of the summary table (Tổng hợp) and how they print (domain.md §7).

Each share stands in three columns side by side: its whole, its part, the share. A whole
that serves two shares (the grassroots organisations: registered, and reviewed their
ethical standards) stands beside each, so that each TỔNG CỘNG share is the quotient of the
two cells beside it. A column with no figure in any row is left out, and with it a section
that has none (a chi bộ's report has no empty pages). The columns print in page groups,
split between sections; each group after the first repeats the unit's name, so that every
page is a table of its own."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.summary_table import SHARES, TableRow

VALUE, WHOLE, SHARE = "value", "whole", "share"
# where a section too long for one page is split (when the year's form has them)
PAGE_STARTS = ("key_cadres_registered", "reception_sessions", "awards_central_collective")
MAX_PER_PAGE = 10  # indicator columns on one A4 landscape page at 100%


@dataclass(frozen=True)
class Column:
    kind: str  # VALUE | WHOLE (a share's whole, code = its part) | SHARE (code = its part)
    code: str
    label: str
    section: str

    @property
    def figure(self) -> str:
        """The indicator whose figure the column holds."""
        return SHARES[self.code] if self.kind == WHOLE else self.code


def columns(catalogue: Catalogue, rows: list[TableRow]) -> list[Column]:
    """The indicator columns, in the form's order, a share's whole and the share beside
    its part, sections without a figure in any row left out."""
    given = {code for row in rows for code, value in row.values.items() if value is not None}
    given |= {
        code
        for row in rows
        for part, pair in row.shares.items()
        if pair is not None
        for code in (part, SHARES[part])
    }
    indicators = catalogue.indicators
    out: list[Column] = []
    for n, ind in enumerate(indicators):
        shown = {c.figure for c in out}
        whole_alone = ind.code in SHARES and SHARES[ind.code] in given - shown
        if ind.code not in given and not whole_alone:
            continue  # no figure in any row: no column (a chi bộ has no empty pages)
        following = indicators[n + 1] if n + 1 < len(indicators) else None
        if (
            following is not None
            and SHARES.get(following.code) == ind.code
            and following.section == ind.section
            and (following.code in given or ind.code in given)
        ):
            continue  # it stands as its part's whole, just after
        if ind.code in SHARES:
            whole = catalogue[SHARES[ind.code]]
            out.append(Column(WHOLE, ind.code, whole.label_vi, ind.section))
            out.append(Column(VALUE, ind.code, ind.label_vi, ind.section))
            out.append(Column(SHARE, ind.code, "Tỷ lệ (%)", ind.section))
        else:
            out.append(Column(VALUE, ind.code, ind.label_vi, ind.section))
    return out


def page_groups(cols: list[Column]) -> list[list[Column]]:
    """The columns printed on each page: whole sections, as many as MAX_PER_PAGE allows;
    a section too long for a page is split at one of PAGE_STARTS, its rest on a new page."""
    chunks: list[tuple[bool, list[Column]]] = []  # (continues a section, its columns)
    for n, col in enumerate(cols):
        new_section = n == 0 or cols[n - 1].section != col.section
        split = not new_section and col.kind == VALUE and col.code in PAGE_STARTS
        if new_section or split:
            chunks.append((split, []))
        chunks[-1][1].append(col)
    groups: list[list[Column]] = []
    for continues, chunk in chunks:
        if not groups or continues or len(groups[-1]) + len(chunk) > MAX_PER_PAGE:
            groups.append([])
        groups[-1].extend(chunk)
    return groups
