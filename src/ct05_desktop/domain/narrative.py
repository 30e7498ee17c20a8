"""The narrative lines of a report, in the article's phrasing (DOMAIN §8).

Each unit with data gets one line per topic, each line naming the unit. Every
indicator with a figure appears: in the article's phrasing where the article has
one, otherwise as "figure + label". Shares are written "x/y ... (đạt p%)"; a part
whose whole is missing is written alone. Pure text: no Excel, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.rollup import Figures


@dataclass(frozen=True)
class Line:
    org_code: str
    topic: str  # a section code of the catalogue
    text: str


@dataclass
class _Unit:
    """One unit's figures over the period, as the sentences read them."""

    figures: Figures
    org: str
    years: range
    items_from_parts: bool
    cache: dict[str, int | None]

    def get(self, code: str) -> int | None:
        if code not in self.cache:
            self.cache[code] = self.figures.over_years(self.org, self.years, code)
        return self.cache[code]

    def share(self, part: str, whole: str, label: str) -> str | None:
        """'x/y label (đạt p%)' over the units that gave both; the part alone otherwise."""
        pair = self.figures.paired(self.org, self.years, part, whole)
        if pair is not None:
            return _share(pair[0], pair[1], label)
        return _share(self.get(part), None, label)


def _n(value: int) -> str:
    return vi_format.count(value)


def _share(part: int | None, whole: int | None, label: str) -> str | None:
    """'5.528/5.770 đảng viên … (đạt 95,8%)', or the part alone when the whole is missing."""
    if part is None:
        return None
    if whole is None or whole == 0 or part > whole:
        return f"{_n(part)} {label}"
    return (
        f"{vi_format.number(part)}/{vi_format.number(whole)} {label} "
        f"(đạt {vi_format.percent(part, whole)})"
    )


def _join(parts: Sequence[str | None], sep: str = "; ") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) if kept else None


def _study(u: _Unit) -> str | None:
    sessions, attendees = u.get("study_sessions"), u.get("study_attendees")
    if sessions is None and attendees is None:
        return None
    if sessions is not None and attendees is not None:
        return (
            f"tổ chức {_n(sessions)} hội nghị quán triệt, học tập chuyên đề với "
            f"{vi_format.number(attendees)} lượt cán bộ, đảng viên tham dự"
        )
    if sessions is not None:
        return f"tổ chức {_n(sessions)} hội nghị quán triệt, học tập chuyên đề"
    return f"{vi_format.number(attendees or 0)} lượt cán bộ, đảng viên tham dự học tập"


def _registration(u: _Unit) -> str | None:
    orgs = u.share(
        "grassroots_orgs_registered",
        "grassroots_orgs_total",
        "tổ chức cơ sở đảng đăng ký việc làm theo",
    )
    reviewed = u.get("ethics_orgs_reviewed") is not None  # then the ethics line gives the total
    if orgs is None and u.get("grassroots_orgs_total") is not None and not reviewed:
        orgs = f"tổng số {_n(u.get('grassroots_orgs_total') or 0)} tổ chức cơ sở đảng"
    contents, models = u.get("collective_contents"), u.get("collective_models")
    collective = _join(
        [
            None if contents is None else f"{_n(contents)} nội dung",
            None if models is None else f"{_n(models)} mô hình",
        ],
        ", ",
    )
    if orgs and collective:
        orgs = f"{orgs}, với {collective}"
    elif collective:
        orgs = f"các tập thể đăng ký {collective}"
    members = u.share(
        "members_registered", "members_total", "đảng viên xây dựng kế hoạch đăng ký cá nhân"
    )
    if members is None and u.get("members_total") is not None:
        members = f"tổng số {_n(u.get('members_total') or 0)} đảng viên"
    return _join([orgs, members, _cadres(u), _staff(u), _items(u)])


def _cadres(u: _Unit) -> str | None:
    people, contents, items = (
        u.get("key_cadres_registered"),
        u.get("key_cadre_contents"),
        u.get("key_cadre_items"),
    )
    what = "/".join(
        t
        for t in [
            None if contents is None else f"{_n(contents)} nội dung",
            None if items is None else f"{_n(items)} việc",
        ]
        if t
    )
    if people is None:
        return f"cán bộ chủ chốt đăng ký {what}" if what else None
    return f"{_n(people)} cán bộ chủ chốt đăng ký {what}".rstrip()


def _staff(u: _Unit) -> str | None:
    people, contents, items = (
        u.get("staff_registered"),
        u.get("staff_contents"),
        u.get("staff_items"),
    )
    parts = [
        t
        for t in [
            None if contents is None else f"{_n(contents)} nội dung",
            None if items is None else f"{_n(items)} việc",
            None if people is None else f"{_n(people)} cán bộ, đảng viên, công chức, viên chức",
        ]
        if t
    ]
    return f"cấp cơ sở {'/'.join(parts)}" if parts else None


def _items(u: _Unit) -> str | None:
    items = u.get("items_registered")
    if items is None:
        return None
    if u.items_from_parts:
        return f"tổng số {_n(items)} việc làm theo"
    return f"đăng ký {_n(items)} việc làm theo"


def _ethics(u: _Unit) -> str | None:
    return u.share(
        "ethics_orgs_reviewed",
        "grassroots_orgs_total",
        "tổ chức đảng cơ sở rà soát, bổ sung chuẩn mực đạo đức",
    )


def _breakthrough(u: _Unit) -> str | None:
    models = u.get("breakthrough_models")
    return None if models is None else f"đăng ký thực hiện {_n(models)} mô hình, nội dung đột phá"


def _reception(u: _Unit) -> str | None:
    sessions, citizens, cases = (
        u.get("reception_sessions"),
        u.get("reception_citizens"),
        u.get("reception_cases"),
    )
    reception = None
    if sessions is not None:
        reception = f"tiếp {_n(sessions)} lượt"
        if citizens is not None:
            reception += f" với {_n(citizens)} công dân"
    elif citizens is not None:
        reception = f"tiếp {_n(citizens)} công dân"
    if cases is not None:
        reception = (
            f"{reception}, {_n(cases)} vụ" if reception else f"tiếp nhận {_n(cases)} vụ việc"
        )
    return _join([reception, _dialogues(u)])


def _dialogues(u: _Unit) -> str | None:
    district, grassroots = u.get("dialogues_district"), u.get("dialogues_grassroots")
    total = u.get("dialogues_total")
    parts = _join(
        [
            None if district is None else f"cấp huyện tổ chức {_n(district)} hội nghị",
            None if grassroots is None else f"cấp xã, thị trấn tổ chức {_n(grassroots)} hội nghị",
        ],
        ", ",
    )
    if district is not None or grassroots is not None:
        total = (district or 0) + (grassroots or 0)  # a sentence naming its parts adds up
    if total is None:
        return None
    text = f"đối thoại trực tiếp với nhân dân {_n(total)} cuộc"
    return f"{text} ({parts})" if parts else text


def _exemplars(u: _Unit) -> str | None:
    collective, individual = u.get("exemplars_collective"), u.get("exemplars_individual")
    who = _join(
        [
            None if collective is None else f"{_n(collective)} tập thể",
            None if individual is None else f"{_n(individual)} cá nhân",
        ],
        ", ",
    )
    return None if who is None else f"có {who} điển hình trong học tập và làm theo"


_AWARDS = (
    ("central", "Ban Tuyên giáo Trung ương tặng Bằng khen cho"),
    ("province", "Ban Thường vụ Tỉnh ủy và UBND tỉnh tặng Bằng khen cho"),
    ("district", "các huyện ủy, thành ủy, đảng ủy khen thưởng"),
)


def _awards(u: _Unit) -> str | None:
    lines = []
    for level, phrase in _AWARDS:
        collective = u.get(f"awards_{level}_collective")
        individual = u.get(f"awards_{level}_individual")
        who = _join(
            [
                None if not collective else f"{_n(collective)} tập thể",
                None if not individual else f"{_n(individual)} cá nhân",
            ],
            ", ",
        )
        if who:
            lines.append(f"{phrase} {who}")
    return _join(lines)


TOPICS: tuple[tuple[str, Callable[[_Unit], str | None]], ...] = (
    ("study", _study),
    ("registration", _registration),
    ("ethics", _ethics),
    ("breakthrough", _breakthrough),
    ("reception", _reception),
    ("exemplars", _exemplars),
    ("awards", _awards),
)


def unit_lines(figures: Figures, org: str, years: range, name: str | None = None) -> list[Line]:
    """The lines of one unit over the period (flows summed, stocks from the last year)."""
    items_from_parts = all(figures.entered(org, y, "items_registered") is None for y in years)
    unit = _Unit(figures, org, years, items_from_parts, {})
    label = name or figures.tree[org].name
    out = []
    for topic, write in TOPICS:
        text = write(unit)
        if text:
            out.append(Line(org, topic, f"{label}: {text}."))
    return out


def year_by_year(
    figures: Figures, org: str, years: range, label: Callable[[str], str]
) -> list[Line]:
    """For a range: each indicator of the unit year by year, with the change on the year before."""
    out = []
    for indicator in figures.catalogue.indicators:
        values = [(y, figures.value(org, y, indicator.code)) for y in years]
        if sum(v is not None for _, v in values) < 2:
            continue  # a single year is already in the lines above
        pieces = []
        previous: tuple[int, int] | None = None
        for year, value in values:
            if value is None:
                previous = None
                continue
            piece = f"năm {year}: {_n(value)}"
            if previous is not None:
                piece += ", " + vi_format.change(value, previous[1], previous[0])
            pieces.append(piece)
            previous = (year, value)
        out.append(
            Line(
                org,
                indicator.section,
                f"{figures.tree[org].name} – {label(indicator.code)}: {'; '.join(pieces)}.",
            )
        )
    return out
