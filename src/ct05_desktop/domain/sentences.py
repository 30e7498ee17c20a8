"""The sentences of each topic, in the article's phrasing (domain.md §8), and the lines
they make. Each topic writes clauses from one unit's figures (see ``narrative.Unit``);
a clause names the figures it rests on so that the coverage note can be added."""

from __future__ import annotations

from collections.abc import Callable

from ct05_desktop.domain.catalogue import Indicator, default_catalogue
from ct05_desktop.domain.narrative import Clause, Line, Unit, counted, join, n
from ct05_desktop.domain.rollup import Figures

DIRECTIVE_TAIL = "tư tưởng, đạo đức, phong cách Hồ Chí Minh"


def _study(u: Unit) -> list[Clause]:
    sessions, attendees = u.get("study_sessions"), u.get("study_attendees")
    codes = ("study_sessions", "study_attendees")
    if sessions is not None and attendees is not None:
        text = (
            f"tổ chức {n(sessions)} hội nghị quán triệt, học tập chuyên đề với "
            f"{n(attendees)} lượt cán bộ, đảng viên tham dự"
        )
    elif sessions is not None:
        text = f"tổ chức {n(sessions)} hội nghị quán triệt, học tập chuyên đề"
    elif attendees is not None:
        text = f"{n(attendees)} lượt cán bộ, đảng viên tham dự học tập"
    else:
        return []
    return [Clause(text, codes)]


def _itself(u: Unit, part: str, whole: str) -> bool | None:
    """For a grassroots organisation reporting on itself (its whole is 1): whether it did
    (True/False); None when the share is to be written as a share."""
    if u.level != "grassroots" or u.get(whole) != 1 or not u.entered_itself(whole):
        return None
    value = u.get(part)
    return None if value is None else value >= 1


def _registration(u: Unit) -> list[Clause]:
    out: list[Clause] = []
    codes = ("collective_contents", "collective_models")
    collective = counted(
        [(u.get("collective_contents"), "nội dung"), (u.get("collective_models"), "mô hình")]
    )
    itself = _itself(u, "grassroots_orgs_registered", "grassroots_orgs_total")
    if itself is not None:
        if itself and collective:
            text = f"tập thể đăng ký {collective} làm theo"
        else:
            text = "tập thể đã đăng ký việc làm theo" if itself else "chưa đăng ký việc làm theo"
        out.append(Clause(text, codes))
    else:
        orgs = u.share(
            "grassroots_orgs_registered",
            "grassroots_orgs_total",
            "tổ chức cơ sở đảng đăng ký việc làm theo",
        )
        total = u.get("grassroots_orgs_total")
        shown_total = orgs is not None and "/" in orgs.text.split(" ")[0]  # "x/y …" names it
        if not shown_total and total is not None and u.get("ethics_orgs_reviewed") is None:
            out.append(Clause(f"tổng số {n(total)} tổ chức cơ sở đảng", ("grassroots_orgs_total",)))
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
            Clause(f"tổng số {n(u.get('members_total') or 0)} đảng viên", ("members_total",))
        )
    return out + _cadres(u) + _staff(u) + _items(u)


def _cadres(u: Unit) -> list[Clause]:
    codes = ("key_cadres_registered", "key_cadre_contents", "key_cadre_items")
    people, contents, items = (u.get(c) for c in codes)
    what = counted([(contents, "nội dung"), (items, "việc")], "/")
    if people is None:
        return [Clause(f"cán bộ chủ chốt đăng ký {what}", codes)] if what else []
    text = (
        f"{n(people)} cán bộ chủ chốt đăng ký {what}"
        if what
        else f"{n(people)} cán bộ chủ chốt đăng ký"
    )
    return [Clause(text, codes)]


def _staff(u: Unit) -> list[Clause]:
    codes = ("staff_contents", "staff_items", "staff_registered")
    contents, items, people = (u.get(c) for c in codes)
    if u.level == "cell":  # a chi bộ's members, not the grassroots level's staff
        what = counted([(contents, "nội dung"), (items, "việc")], "/")
        if people is not None:  # "trong đó" only after the members it is a part of
            said = u.get("members_registered") is not None or u.get("members_total") is not None
            lead = "trong đó " if said else ""
            text = f"{lead}{n(people)} đảng viên đăng ký cụ thể {what or ''}".rstrip()
            return [Clause(text, codes)]
        return [Clause(f"đảng viên đăng ký cụ thể {what}", codes)] if what else []
    what = counted(
        [
            (contents, "nội dung"),
            (items, "việc"),
            (people, "cán bộ, đảng viên, công chức, viên chức"),
        ],
        "/",
    )
    return [Clause(f"ở cấp cơ sở đăng ký {what}", codes)] if what else []


def _items(u: Unit) -> list[Clause]:
    items = u.get("items_registered")
    if items is None:
        return []
    if u.entered_itself("items_registered"):
        return [Clause(f"đăng ký {n(items)} việc làm theo", ("items_registered",))]
    given = [p for p in ("key_cadre_items", "staff_items") if u.get(p) is not None]
    if len(given) == 1 and u.get(given[0]) == items:
        return []  # it would only repeat the one part just said
    return [Clause(f"tổng số việc làm theo đã đăng ký là {n(items)} việc", ("items_registered",))]


def _ethics(u: Unit) -> list[Clause]:
    itself = _itself(u, "ethics_orgs_reviewed", "grassroots_orgs_total")
    if itself is not None:
        did = "đã" if itself else "chưa"
        return [Clause(f"{did} rà soát, bổ sung chuẩn mực đạo đức", ("ethics_orgs_reviewed",))]
    clause = u.share(
        "ethics_orgs_reviewed",
        "grassroots_orgs_total",
        "tổ chức cơ sở đảng rà soát, bổ sung chuẩn mực đạo đức",
    )
    return [clause] if clause else []


def _breakthrough(u: Unit) -> list[Clause]:
    models = u.get("breakthrough_models")
    if models is None:
        return []
    text = f"đăng ký thực hiện {n(models)} mô hình, nội dung đột phá"
    return [Clause(text, ("breakthrough_models",))]


def _reception(u: Unit) -> list[Clause]:
    codes = ("reception_sessions", "reception_citizens", "reception_cases")
    sessions, citizens, cases = (u.get(c) for c in codes)
    text = None
    if sessions is not None:
        text = f"tiếp {n(sessions)} lượt" + (
            "" if citizens is None else f" với {n(citizens)} công dân"
        )
    elif citizens is not None:
        text = f"tiếp {n(citizens)} công dân"
    if cases is not None:
        text = join([text, f"tiếp nhận {n(cases)} vụ việc"])
    return ([Clause(text, codes)] if text else []) + _dialogues(u)


def _dialogues(u: Unit) -> list[Clause]:
    """The total as the unit gave it, with its parts. The noun follows the source: 'cuộc'
    for a total the unit entered itself (Mộc Châu: 85 cuộc), 'hội nghị' for one summed from
    its parts (Thuận Châu: 06 + 58), both for a whole made of its units' figures."""
    part_codes = ("dialogues_district", "dialogues_grassroots")
    district, grassroots = (u.get(c) for c in part_codes)
    total = u.get("dialogues_total")
    if total is None:
        return []
    if u.entered_itself("dialogues_total"):
        noun, part_noun = "cuộc", " cuộc"
    elif u.contributors("dialogues_total") is not None:
        noun, part_noun = "hội nghị, cuộc", ""
    else:
        noun, part_noun = "hội nghị", " hội nghị"
    head = f"tổ chức {n(total)} {noun} đối thoại trực tiếp với Nhân dân"
    levels = ((district, "cấp huyện"), (grassroots, "cấp cơ sở"))
    given: list[tuple[int, str]] = [(v, level) for v, level in levels if v is not None]
    if not given or (len(given) == 1 and given[0][0] == total):
        return [Clause(head, ("dialogues_total", *part_codes))]
    parts = ", ".join(f"{level} {n(v)}{part_noun}" for v, level in given)
    if not u.caveats and total != sum(v for v, _ in given):
        return [Clause(head, ("dialogues_total",))]  # a final report names no disagreement
    if u.units_of(("dialogues_total",)) != u.units_of(part_codes):
        return [Clause(head, ("dialogues_total",)), Clause(f"trong đó {parts}", part_codes)]
    remark = ""
    if total != sum(v for v, _ in given):
        remark = _parts_mismatch(u)
        if u.children is not None:
            remark += " nên tổng chung khác tổng các cấp"
    return [Clause(f"{head}, trong đó {parts}", ("dialogues_total", *part_codes), remark)]


def _parts_mismatch(u: Unit) -> str:
    """Why a total differs from its parts: the unit's own total, or its units' totals."""
    if u.children is None:
        return "tổng số theo báo cáo của đơn vị chưa khớp với số liệu từng cấp"
    names = []
    for child in u.children:
        total = u.figures.over_years(child, u.years, "dialogues_total")
        parts = [
            u.figures.over_years(child, u.years, p)
            for p in ("dialogues_district", "dialogues_grassroots")
        ]
        given = [p for p in parts if p is not None]
        if total is not None and given and total != sum(given):
            names.append(u.name(child))
    return f"tổng số của {', '.join(names)} chưa khớp với số liệu từng cấp"


def _exemplars(u: Unit) -> list[Clause]:
    codes = ("exemplars_collective", "exemplars_individual")
    who = counted([(u.get(codes[0]), "tập thể"), (u.get(codes[1]), "cá nhân")])
    if who is None:
        return []
    if not u.full:
        return [Clause(f"{who} điển hình tiên tiến", codes)]
    return [
        Clause(f"có {who} điển hình tiên tiến trong học tập và làm theo {DIRECTIVE_TAIL}", codes)
    ]


def _awards(u: Unit) -> list[Clause]:
    def who(level: str) -> tuple[str | None, tuple[str, str]]:
        codes = (f"awards_{level}_collective", f"awards_{level}_individual")
        collective, individual = (u.get(c) for c in codes)
        return counted([(collective or None, "tập thể"), (individual or None, "cá nhân")]), codes

    out = []
    province, codes = who("province")
    if province:
        text = f"Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân tỉnh tặng Bằng khen cho {province}"
        out.append(Clause(text, codes))
    central, codes = who("central")
    if central:
        out.append(Clause(f"{central} được Ban Tuyên giáo Trung ương tặng Bằng khen", codes))
    district, codes = who("district")
    if district:
        by = "các huyện ủy, thành ủy, đảng ủy trực thuộc" if u.level == "province" else "cấp huyện"
        out.append(Clause(f"{by} khen thưởng {district}", codes))
    return out


TOPICS: tuple[tuple[str, Callable[[Unit], list[Clause]]], ...] = (
    ("study", _study),
    ("registration", _registration),
    ("ethics", _ethics),
    ("breakthrough", _breakthrough),
    ("reception", _reception),
    ("exemplars", _exemplars),
    ("awards", _awards),
)


def _sentence(u: Unit, clauses: list[Clause]) -> str:
    """The clauses joined; a coverage note once at the end when they share it, else each
    clause with its own."""
    notes = [u.coverage(c.codes) for c in clauses]
    remarks = [join([c.remark, u.own_beyond(c.codes)], "; ") for c in clauses]
    if len(set(notes)) == 1 and not any(remarks):
        text = "; ".join(c.text for c in clauses)
        return text + (f" ({notes[0]})" if notes[0] else "") + "."
    pieces = []
    for clause, note, remark in zip(clauses, notes, remarks, strict=True):
        said = join([note, remark], "; ")
        pieces.append(clause.text + (f" ({said})" if said else ""))
    return "; ".join(pieces) + "."


def _added(u: Unit, indicators: list[Indicator]) -> list[Clause]:
    """An indicator added to the form after the program was shipped, said by its phrase
    when it has one, else as its figure and its label ("07 đối thoại trực tuyến"): the
    sentences above know only their own."""
    shipped = default_catalogue()
    out = []
    for indicator in indicators:
        value = None if indicator.code in shipped else u.get(indicator.code)
        if value is None:
            continue
        if indicator.phrase:  # "{n} cuộc đối thoại trực tuyến", or words after the figure
            phrase = indicator.phrase
            said = phrase.replace("{n}", n(value)) if "{n}" in phrase else f"{n(value)} {phrase}"
        else:
            label = indicator.label_vi
            said = f"{n(value)} " + (
                label[:1].lower() + label[1:] if label[1:2].islower() else label
            )
        out.append(Clause(said, (indicator.code,)))
    return out


def unit_lines(
    figures: Figures,
    org: str,
    years: range,
    lead: str | None = None,
    children: list[str] | None = None,
    noun: str = "đơn vị",
    caveats: bool = True,
) -> list[Line]:
    """The lines of one unit over the period (flows summed, stocks from the last year).

    lead: what opens each line (the unit's name, for a line among its peers; the topic's
    label when None, for the report's own unit). children: the units under it, when the
    lines speak for it as a whole and must say on how many of them each figure rests;
    noun: what those units are called. caveats: False for a final report (no coverage
    note, no disagreement said: those are in the office's check file)."""
    unit = Unit(figures, org, years, children, noun, full=lead is None, caveats=caveats)
    form = figures.catalogue_over(years)
    out = []
    for topic, write in TOPICS:
        if topic not in {s.code for s in form.sections}:
            continue
        clauses = write(unit) + _added(unit, form.in_section(topic))
        if clauses:
            title = form.section(topic).label_vi
            out.append(Line(org, topic, title if lead is None else lead, _sentence(unit, clauses)))
    return out
