"""The narrative lines of a report, in the article's phrasing (DOMAIN §7-8).

One line per topic for each unit with data. Every figure is the unit's one figure
(what it entered, else the sum): the text never says another number than the table.
Every indicator with a figure appears: in the article's phrasing where the article
has one, otherwise as "figure + label". For the chosen unit as a whole, built from
its units' figures, each clause says on how many units it rests when not all of them
gave it, and a share says over which units it is taken. Pure text: no Excel, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.rollup import CHILDREN, Figures

DIRECTIVE_TAIL = "tư tưởng, đạo đức, phong cách Hồ Chí Minh"


@dataclass(frozen=True)
class Line:
    org_code: str
    topic: str  # a section code of the catalogue
    lead: str  # what the line is about: "Huyện ủy Thuận Châu", "Đăng ký làm theo"
    body: str  # the sentence, ending with a full stop

    @property
    def text(self) -> str:
        return f"{self.lead}: {self.body}" if self.lead else self.body


@dataclass(frozen=True)
class Clause:
    text: str
    codes: tuple[str, ...] = ()  # the figures it names, for the coverage note
    remark: str = ""  # said in the same brackets as the coverage note


@dataclass
class _Unit:
    """One unit's figures over the period, as the sentences read them."""

    figures: Figures
    org: str
    years: range
    children: list[str] | None  # set when the lines speak for the unit as a whole
    cache: dict[str, int | None] = field(default_factory=dict)

    def get(self, code: str) -> int | None:
        if code not in self.cache:
            self.cache[code] = self.figures.over_years(self.org, self.years, code)
        return self.cache[code]

    def entered_itself(self, code: str) -> bool:
        return self.figures.over_years_own(self.org, self.years, code) is not None

    def contributors(self, code: str) -> set[str] | None:
        """The units under this one whose figures make up its figure; None when the
        figure is its own (entered, counted in its registers or summed from its parts)."""
        if self.children is None or self.entered_itself(code):
            return None
        if any(self.entered_itself(p) for p in self.figures.catalogue[code].parts):
            return None
        return {
            c for c in self.children if self.figures.over_years(c, self.years, code) is not None
        }

    def units_of(self, codes: Sequence[str]) -> set[str] | None:
        """The units under this one that the figures rest on (None: its own figures)."""
        if self.children is None or not codes:
            return None
        sets = [self.contributors(code) for code in codes]
        if any(s is None for s in sets):
            return None
        return set().union(*[s for s in sets if s is not None])

    def coverage(self, codes: Sequence[str]) -> str | None:
        """'số liệu của 06/17 đơn vị' when the figures rest on some of the units only."""
        units = self.units_of(codes)
        if not units or self.children is None or len(units) == len(self.children):
            return None
        return f"số liệu của {_count_of(len(units), len(self.children))} đơn vị"

    def name(self, code: str) -> str:
        return self.figures.tree.name_in(code, self.years[-1])

    def share(self, part: str, whole: str, label: str) -> Clause | None:
        """'x/y label (đạt p%)' over the units that gave both, saying so when that is not
        all of them; the part alone when no unit gave both."""
        pair = self.figures.paired(self.org, self.years, part, whole)
        if pair is None or pair[1] == 0 or pair[0] > pair[1]:
            value = self.get(part)
            return None if value is None else Clause(f"{_n(value)} {label}", (part,))
        x, y = pair
        note = f"đạt {vi_format.percent(x, y)}"
        own = self.entered_itself(part) and self.entered_itself(whole)
        if self.children is not None and not own:
            both = [c for c in self.children if self.figures.paired(c, self.years, part, whole)]
            if len(both) < len(self.children):
                share_of = _count_of(len(both), len(self.children))
                note += f", tính trên {share_of} đơn vị có đủ hai số liệu"
        return Clause(f"{vi_format.number(x)}/{vi_format.number(y)} {label} ({note})")


def _n(value: int) -> str:
    return vi_format.count(value)


def _count_of(part: int, whole: int) -> str:
    return f"{vi_format.count(part)}/{vi_format.count(whole)}"


def _join(parts: Sequence[str | None], sep: str = ", ") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) if kept else None


def _counted(pairs: Sequence[tuple[int | None, str]], sep: str = ", ") -> str | None:
    """'56 nội dung, 852 việc' from (figure, noun) pairs, leaving out missing figures."""
    return _join([None if v is None else f"{_n(v)} {noun}" for v, noun in pairs], sep)


def _study(u: _Unit) -> list[Clause]:
    sessions, attendees = u.get("study_sessions"), u.get("study_attendees")
    codes = ("study_sessions", "study_attendees")
    if sessions is not None and attendees is not None:
        text = (
            f"tổ chức {_n(sessions)} hội nghị quán triệt, học tập chuyên đề với "
            f"{_n(attendees)} lượt cán bộ, đảng viên tham dự"
        )
    elif sessions is not None:
        text = f"tổ chức {_n(sessions)} hội nghị quán triệt, học tập chuyên đề"
    elif attendees is not None:
        text = f"{_n(attendees)} lượt cán bộ, đảng viên tham dự học tập"
    else:
        return []
    return [Clause(text, codes)]


def _registration(u: _Unit) -> list[Clause]:
    out: list[Clause] = []
    orgs = u.share(
        "grassroots_orgs_registered",
        "grassroots_orgs_total",
        "tổ chức cơ sở đảng đăng ký việc làm theo",
    )
    total = u.get("grassroots_orgs_total")
    shown_total = orgs is not None and not orgs.codes  # a share names its whole
    if not shown_total and total is not None and u.get("ethics_orgs_reviewed") is None:
        out.append(Clause(f"tổng số {_n(total)} tổ chức cơ sở đảng", ("grassroots_orgs_total",)))
    codes = ("collective_contents", "collective_models")
    collective = _counted(
        [(u.get("collective_contents"), "nội dung"), (u.get("collective_models"), "mô hình")]
    )
    if orgs is not None and collective and u.children is None:
        out.append(Clause(f"{orgs.text}, với {collective}", orgs.codes + codes))
    else:
        if orgs is not None:
            out.append(orgs)
        if collective:
            out.append(Clause(f"các tập thể đăng ký {collective}", codes))
    members = u.share(
        "members_registered", "members_total", "đảng viên xây dựng kế hoạch đăng ký cá nhân"
    )
    if members is not None:
        out.append(members)
    elif u.get("members_total") is not None:
        out.append(
            Clause(f"tổng số {_n(u.get('members_total') or 0)} đảng viên", ("members_total",))
        )
    return out + _cadres(u) + _staff(u) + _items(u)


def _cadres(u: _Unit) -> list[Clause]:
    codes = ("key_cadres_registered", "key_cadre_contents", "key_cadre_items")
    people, contents, items = (u.get(c) for c in codes)
    what = _counted([(contents, "nội dung"), (items, "việc")], "/")
    if people is None:
        return [Clause(f"cán bộ chủ chốt đăng ký {what}", codes)] if what else []
    text = (
        f"{_n(people)} cán bộ chủ chốt đăng ký {what}"
        if what
        else f"{_n(people)} cán bộ chủ chốt đăng ký"
    )
    return [Clause(text, codes)]


def _staff(u: _Unit) -> list[Clause]:
    codes = ("staff_contents", "staff_items", "staff_registered")
    contents, items, people = (u.get(c) for c in codes)
    what = _counted(
        [
            (contents, "nội dung"),
            (items, "việc"),
            (people, "cán bộ, đảng viên, công chức, viên chức"),
        ],
        "/",
    )
    return [Clause(f"cấp cơ sở {what}", codes)] if what else []


def _items(u: _Unit) -> list[Clause]:
    items = u.get("items_registered")
    if items is None:
        return []
    if u.entered_itself("items_registered"):
        return [Clause(f"đăng ký {_n(items)} việc làm theo", ("items_registered",))]
    return [Clause(f"tổng số {_n(items)} việc làm theo đăng ký", ("items_registered",))]


def _ethics(u: _Unit) -> list[Clause]:
    clause = u.share(
        "ethics_orgs_reviewed",
        "grassroots_orgs_total",
        "tổ chức cơ sở đảng rà soát, bổ sung chuẩn mực đạo đức",
    )
    return [clause] if clause else []


def _breakthrough(u: _Unit) -> list[Clause]:
    models = u.get("breakthrough_models")
    if models is None:
        return []
    return [
        Clause(
            f"đăng ký thực hiện {_n(models)} mô hình, nội dung đột phá", ("breakthrough_models",)
        )
    ]


def _reception(u: _Unit) -> list[Clause]:
    codes = ("reception_sessions", "reception_citizens", "reception_cases")
    sessions, citizens, cases = (u.get(c) for c in codes)
    text = None
    if sessions is not None:
        text = f"tiếp {_n(sessions)} lượt" + (
            "" if citizens is None else f" với {_n(citizens)} công dân"
        )
    elif citizens is not None:
        text = f"tiếp {_n(citizens)} công dân"
    if cases is not None:
        text = f"{text}, {_n(cases)} vụ" if text else f"tiếp nhận {_n(cases)} vụ việc"
    return ([Clause(text, codes)] if text else []) + _dialogues(u)


def _dialogues(u: _Unit) -> list[Clause]:
    """The total as the unit gave it, with its parts; the noun follows the total's source:
    'cuộc' for a total the unit entered itself (Mộc Châu: 85 cuộc), 'hội nghị' otherwise."""
    part_codes = ("dialogues_district", "dialogues_grassroots")
    district, grassroots = (u.get(c) for c in part_codes)
    total = u.get("dialogues_total")
    if total is None:
        return []
    noun = "cuộc" if u.entered_itself("dialogues_total") else "hội nghị"
    parts = _join(
        [
            None if district is None else f"cấp huyện {_n(district)} {noun}",
            None if grassroots is None else f"cấp cơ sở {_n(grassroots)} {noun}",
        ]
    )
    if noun == "cuộc":
        head = f"đối thoại trực tiếp với nhân dân {_n(total)} cuộc"
    else:
        head = f"tổ chức {_n(total)} hội nghị đối thoại với nhân dân"
    if parts is None:
        return [Clause(head, ("dialogues_total",))]
    if u.units_of(("dialogues_total",)) != u.units_of(part_codes):
        return [Clause(head, ("dialogues_total",)), Clause(parts, part_codes)]
    remark = ""
    if u.children is not None and total != (district or 0) + (grassroots or 0):
        remark = _parts_mismatch(u)
    return [Clause(f"{head}, trong đó {parts}", ("dialogues_total", *part_codes), remark)]


def _parts_mismatch(u: _Unit) -> str:
    """Why a whole's total differs from its parts: units whose own total does."""
    names = []
    for child in u.children or []:
        total = u.figures.over_years(child, u.years, "dialogues_total")
        parts = [
            u.figures.over_years(child, u.years, p)
            for p in ("dialogues_district", "dialogues_grassroots")
        ]
        given = [p for p in parts if p is not None]
        if total is not None and given and total != sum(given):
            names.append(u.name(child))
    return f"tổng số đã nhập của {', '.join(names)} khác tổng các cấp"


def _exemplars(u: _Unit) -> list[Clause]:
    codes = ("exemplars_collective", "exemplars_individual")
    who = _counted([(u.get(codes[0]), "tập thể"), (u.get(codes[1]), "cá nhân")])
    if who is None:
        return []
    return [Clause(f"có {who} điển hình trong học tập và làm theo {DIRECTIVE_TAIL}", codes)]


_AWARDS = (
    ("central", "được Ban Tuyên giáo Trung ương tặng Bằng khen"),
    ("province", "được Ban Thường vụ Tỉnh ủy, UBND tỉnh tặng Bằng khen"),
    ("district", "được các huyện ủy, thành ủy, đảng ủy khen thưởng"),
)


def _awards(u: _Unit) -> list[Clause]:
    out = []
    for level, phrase in _AWARDS:
        codes = (f"awards_{level}_collective", f"awards_{level}_individual")
        collective, individual = (u.get(c) for c in codes)
        who = _counted([(collective or None, "tập thể"), (individual or None, "cá nhân")])
        if who:
            out.append(Clause(f"{who} {phrase}", codes))
    return out


TOPICS: tuple[tuple[str, Callable[[_Unit], list[Clause]]], ...] = (
    ("study", _study),
    ("registration", _registration),
    ("ethics", _ethics),
    ("breakthrough", _breakthrough),
    ("reception", _reception),
    ("exemplars", _exemplars),
    ("awards", _awards),
)


def _sentence(u: _Unit, clauses: list[Clause]) -> str:
    """The clauses joined; a coverage note once at the end when they share it, else each
    clause with its own."""
    notes = [u.coverage(c.codes) for c in clauses]
    remarks = [c.remark for c in clauses]
    if len(set(notes)) == 1 and not any(remarks):
        text = "; ".join(c.text for c in clauses)
        return text + (f" ({notes[0]})" if notes[0] else "") + "."
    pieces = []
    for clause, note, remark in zip(clauses, notes, remarks, strict=True):
        said = _join([note, remark], "; ")
        pieces.append(clause.text + (f" ({said})" if said else ""))
    return "; ".join(pieces) + "."


def unit_lines(
    figures: Figures,
    org: str,
    years: range,
    lead: str | None = None,
    children: list[str] | None = None,
) -> list[Line]:
    """The lines of one unit over the period (flows summed, stocks from the last year).

    lead: what opens each line (the unit's name; the topic's label when blank).
    children: the units under it, when the lines speak for it as a whole and must say
    on how many of them each figure rests."""
    unit = _Unit(figures, org, years, children)
    out = []
    for topic, write in TOPICS:
        clauses = write(unit)
        if clauses:
            title = figures.catalogue.section(topic).label_vi
            out.append(Line(org, topic, title if lead is None else lead, _sentence(unit, clauses)))
    return out


def year_by_year(
    figures: Figures,
    org: str,
    years: range,
    label: Callable[[str], str],
    children: list[str] | None = None,
) -> list[Line]:
    """For a range: each indicator of the unit year by year, with the change on the year
    before. With the units under it given: a year resting on some of them only says on
    how many, and two years resting on different units are not compared."""
    out = []
    for indicator in figures.catalogue.indicators:
        code = indicator.code
        values = [(y, figures.value(org, y, code)) for y in years]
        if sum(v is not None for _, v in values) < 2:
            continue  # a single year is already in the lines above
        pieces = []
        previous: tuple[int, int, frozenset[str] | None] | None = None
        for year, value in values:
            if value is None:
                previous = None
                continue
            units = _year_units(figures, org, year, code, children)
            alive = [c for c in children or [] if figures.tree[c].exists_in(year)]
            piece = f"năm {year} có {_n(value)} {indicator.noun}".rstrip()
            if units is not None and len(units) < len(alive):
                piece += f" (số liệu của {_count_of(len(units), len(alive))} đơn vị)"
            if previous is not None and previous[2] == units:
                piece += ", " + vi_format.change(value, previous[1], previous[0])
            pieces.append(piece)
            previous = (year, value, units)
        out.append(Line(org, indicator.section, label(code), "; ".join(pieces) + "."))
    return out


def _year_units(
    figures: Figures, org: str, year: int, code: str, children: list[str] | None
) -> frozenset[str] | None:
    """The units under org whose figures make up its figure that year (None: its own)."""
    if not children:
        return None
    figure = figures.figure(org, year, code)
    if figure is None or figure.source != CHILDREN:
        return None
    return frozenset(c for c in children if figures.value(c, year, code) is not None)
