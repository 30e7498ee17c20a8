"""How the report says the commitments ended (domain.md §5): from the rows of the
commitments register of the report's units and years, how many collectives and key
cadres registered, and of them how many completed well or better, completed with
distinction, did not complete, or are not yet rated. A range counts each year's rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.register_specs import COMMITMENTS
from ct05_desktop.domain.result_scale import Level, in_use
from ct05_desktop.domain.vi_text import fold

KINDS = (("collective", "tập thể"), ("key_cadre", "cán bộ chủ chốt"))


def _who(counts: Mapping[str, int], total: Mapping[str, int] | None = None) -> str:
    """'12/15 tập thể và 30/34 cán bộ chủ chốt' (or without the totals)."""
    said = []
    for kind, noun in KINDS:
        if total is not None and total.get(kind):
            said.append(
                f"{vi_format.count(counts.get(kind, 0))}/{vi_format.count(total[kind])} {noun}"
            )
        elif total is None and counts.get(kind):
            said.append(f"{vi_format.count(counts[kind])} {noun}")
    return " và ".join(said)


def commitments_sentence(
    rows: Iterable[Mapping[str, object]], levels: tuple[Level, ...] | None = None
) -> str | None:
    """The sentence of the results on the scale (the one in use when None; None: no
    registration in the register). The levels counted as well or better are said
    together, by the lowest of them ('hoàn thành tốt trở lên'), the higher ones inside;
    each other level by its name; a result no level names any more, by its code."""
    levels = in_use() if levels is None else levels
    total: dict[str, int] = {}
    by_result: dict[str | None, dict[str, int]] = {}
    for row in rows:
        kind = str(row.get("kind"))
        if kind not in dict(KINDS):
            continue
        total[kind] = total.get(kind, 0) + 1
        result = row.get("result")
        counted = by_result.setdefault(None if result is None else str(result), {})
        counted[kind] = counted.get(kind, 0) + 1
    if not total:
        return None
    registered = _who(total)
    if set(by_result) == {None}:
        return f"Sổ đăng ký làm theo có {registered} đăng ký; chưa có kết quả đánh giá cuối năm."

    def of(results: Iterable[str | None]) -> dict[str, int]:
        out: dict[str, int] = {}
        for result in results:
            for kind, count in by_result.get(result, {}).items():
                out[kind] = out.get(kind, 0) + count
        return out

    said = []
    well = [level for level in levels if level.well]
    if well:
        lowest = _lower(well[-1].label_vi) + (" trở lên" if len(well) > 1 else "")
        said.append(f"{_who(of(x.code for x in well), total)} {lowest} nội dung đã đăng ký")
        inside = [f"{who} {_lower(x.label_vi)}" for x in well[:-1] if (who := _who(of([x.code])))]
        if inside:
            said[0] += f" (trong đó {'; '.join(inside)})"
    named = {level.code for level in levels}
    others = [(x.code, _lower(x.label_vi)) for x in levels if not x.well]
    others += [(code, code) for code in by_result if code is not None and code not in named]
    for code, words in others:
        who = _who(of([code]))
        if who:
            said.append(f"{who} {words}")
    unrated = _who(of([None]))
    if unrated:
        said.append(f"{unrated} chưa đánh giá")
    return f"Kết quả thực hiện đăng ký làm theo: {'; '.join(said)}."


def _lower(label: str) -> str:
    """A level's name inside a sentence: 'Hoàn thành tốt' → 'hoàn thành tốt'."""
    return label[:1].lower() + label[1:]


def cadre_key(row: Mapping[str, object]) -> tuple[str, str] | None:
    """Who a key cadre's row is, to find their other years: name and position, compared
    without case and marks ('Lò Văn A, Bí thư' is 'lo van a, bi thu'); None for a
    collective's row, or a key cadre's without a name."""
    person = row.get("person")
    if row.get("kind") != "key_cadre" or not person:
        return None
    return fold(str(person)).strip(), fold(str(row.get("position") or "")).strip()


def earlier_by_cadre(rows: Iterable[Mapping[str, object]]) -> dict[tuple[str, str], list[str]]:
    """Each key cadre's earlier registrations, one line a row, oldest first: '2019: Đi cơ
    sở hằng tuần (4 việc làm) – Hoàn thành tốt'."""
    out: dict[tuple[str, str], list[str]] = {}
    scale = COMMITMENTS.field("result")  # the levels in use (a retired one by its code)
    for row in sorted(rows, key=lambda r: (int(str(r.get("year"))), int(str(r.get("id") or 0)))):
        key = cadre_key(row)
        if key is None:
            continue
        items = row.get("items")
        what = str(row.get("content") or "")
        if items:
            what += f" ({vi_format.count(int(str(items)))} việc làm)"
        result = scale.label_of(str(row["result"])) if row.get("result") else "chưa đánh giá"
        out.setdefault(key, []).append(f"{row.get('year')}: {what} – {result}")
    return out
