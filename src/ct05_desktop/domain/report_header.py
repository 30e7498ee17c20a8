"""The header, signature and recipients of a report, by the issuing unit (domain.md §7).

Hướng dẫn 36-HD/VPTW: the superior Party organisation and the issuer top left, the
document number with its symbol (BC/TU, BC/HU, BC/ĐU, BC/CB), the place and date top
right, the signature "T/M …" and "Nơi nhận". Every field has a default worked out from
the unit's name, level and parent; a stored value (per unit) or a one-off override
replaces it. Pure text: no SQL, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.wording import Words

# The fields kept per unit, in the order the window and `ct05 header` show them.
FIELDS = (
    "superior",
    "issuer",
    "symbol",
    "place",
    "signer_role",
    "signer_title",
    "signer_name",
    "recipients",
)

# the fields that name the unit's parent: after a move they follow the new parent
# (workflows.reorganise takes an edited value off, telling the clerk)
PARENT_FIELDS = ("superior", "recipients")

# what each field is called where a refusal names it (the window's own labels are Qt's)
FIELD_NAMES = Words.pairs(
    "report header fields",
    {
        "superior": ("cơ quan cấp trên", "superior Party body"),
        "issuer": ("cơ quan ban hành", "issuing body"),
        "symbol": ("ký hiệu", "document symbol"),
        "place": ("địa danh", "place name"),
        "signer_role": ("thẩm quyền ký", "signing on behalf of"),
        "signer_title": ("chức vụ người ký", "signer's title"),
        "signer_name": ("họ tên người ký", "signer's name"),
        "recipients": ("nơi nhận", "recipients"),
    },
)


@dataclass(frozen=True)
class ReportHeader:
    superior: str  # "ĐẢNG BỘ TỈNH SƠN LA" (blank for a unit with no superior line)
    issuer: str  # "HUYỆN ỦY MƯỜNG LA"
    symbol: str  # "HU": the number reads "Số    -BC/HU"
    place: str  # "Mường La": the date line reads "Mường La, ngày …"
    signer_role: str  # "T/M BAN THƯỜNG VỤ"
    signer_title: str  # "PHÓ BÍ THƯ THƯỜNG TRỰC"
    signer_name: str = ""
    recipients: str = ""  # one recipient a line, without the leading "- "
    number: str = ""  # the document's number, blank until the office gives one
    date: dt.date = field(default_factory=dt.date.today, compare=False)

    def date_line(self) -> str:
        """'Mường La, ngày 05 tháng 01 năm 2020' (36-HD: days below 10 and months 1-2 padded)."""
        words = date_words(self.date)
        return f"{self.place}, {words}" if self.place else words[:1].upper() + words[1:]

    def number_line(self) -> str:
        """'Số 12-BC/HU', or 'Số      -BC/HU' with room to write the number by hand."""
        return f"Số {self._number() or '     '}-BC/{self.symbol}"

    def document_ref(self) -> str:
        """'số 12-BC/HU, ngày 05/01/2020' for the appendix caption ('số    -BC/HU' unnumbered)."""
        d = self.date
        month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
        return f"số {self._number() or '    '}-BC/{self.symbol}, ngày {d.day:02d}/{month}/{d.year}"

    def _number(self) -> str:
        """The number alone, also when typed with its symbol ('125-BC/HU' → '125')."""
        return self.number.strip().split("-BC")[0].split("-")[0].strip()

    def recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]

    def with_values(self, values: dict[str, str | None]) -> ReportHeader:
        """This header with the given fields replaced (None or blank: keep this one's)."""
        kept: dict[str, str] = {
            k: v.strip() for k, v in values.items() if k in FIELDS and v and v.strip()
        }
        if "symbol" in kept:  # typed as the number line shows it: "BC/HU" or "-BC/HU"
            kept["symbol"] = kept["symbol"].split("/")[-1].strip() or self.symbol
        return replace(self, **kept) if kept else self  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in FIELDS}


def date_words(day: dt.date) -> str:
    """'ngày 03 tháng 4 năm 2020', 'ngày 15 tháng 02 năm 2020': the 36-HD rule."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass(frozen=True)
class UnitKind:
    """What a unit's name says about it: 'Huyện ủy Mường La' → committee of a district."""

    committee: str  # "Tỉnh ủy", "Huyện ủy", "Đảng ủy", "Chi bộ" …
    area: str  # "tỉnh", "thành phố", "huyện", "xã" … ("" when the name has none)
    proper: str  # "Sơn La", "Mường La", "Công an tỉnh"

    @property
    def is_territorial(self) -> bool:
        return self.area in _PLACE_AREAS


# Committee words in names, the area they stand for and the symbol of their documents.
_COMMITTEES = (
    ("Tỉnh ủy", "tỉnh", "TU"),
    ("Thành ủy", "thành phố", "TU"),
    ("Thị ủy", "thị xã", "TU"),
    ("Huyện ủy", "huyện", "HU"),
    ("Quận ủy", "quận", "QU"),
)
_AREAS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_PLACE_AREAS = {"tỉnh", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn"}
_BODY_WORDS = ("Đảng ủy", "Đảng bộ", "Chi bộ")


def unit_kind(name: str) -> UnitKind:
    text = " ".join(name.replace("uỷ", "ủy").split())
    for word, area, _ in _COMMITTEES:
        if _starts(text, word):
            return UnitKind(word, area, text[len(word) :].strip())
    for word in _BODY_WORDS:
        if _starts(text, word):
            rest = text[len(word) :].strip()
            rest = re.sub(r"^cơ sở\s+", "", rest, flags=re.IGNORECASE)
            for area in _AREAS:
                if _starts(rest, area):
                    # the Đảng bộ of a province or district speaks through its Tỉnh ủy …
                    committee = next((c for c, a, _ in _COMMITTEES if a == area), word)
                    return UnitKind(committee, area, rest[len(area) :].strip())
            return UnitKind(word, "", rest)
    return UnitKind("", "", text)


def _starts(text: str, word: str) -> bool:
    return text.casefold().startswith(word.casefold() + " ") or text.casefold() == word.casefold()


def own_party_body(org: Org) -> str:
    """The unit's Đảng bộ, the superior line of its own units ('ĐẢNG BỘ HUYỆN MƯỜNG LA');
    blank for a chi bộ, which has none."""
    kind = unit_kind(org.name)
    if kind.committee == "Chi bộ":
        return ""
    if kind.committee in ("Đảng ủy", "Đảng bộ") and not kind.area:
        return f"ĐẢNG BỘ {kind.proper}".upper()
    return " ".join(["ĐẢNG BỘ", kind.area, kind.proper]).upper().replace("  ", " ")


def issuer_of(org: Org) -> str:
    """'TỈNH ỦY' for the province, else the unit's committee in capitals."""
    kind = unit_kind(org.name)
    if kind.committee == "Tỉnh ủy":
        return "TỈNH ỦY"
    return committee_name(org).upper()


def symbol_of(org: Org) -> str:
    kind = unit_kind(org.name)
    for word, _, symbol in _COMMITTEES:
        if kind.committee == word:
            return symbol
    return "CB" if kind.committee == "Chi bộ" else "ĐU"


def signer_role_of(org: Org) -> str:
    """T/M BAN THƯỜNG VỤ above the grassroots, T/M ĐẢNG ỦY for a đảng ủy cơ sở, T/M CHI BỘ."""
    kind = unit_kind(org.name)
    if kind.committee == "Chi bộ":
        return "T/M CHI BỘ"
    if org.level in ("province", "district"):
        return "T/M BAN THƯỜNG VỤ"
    return "T/M ĐẢNG ỦY"


def place_of(tree: OrgTree, org: Org, year: int | None = None) -> str:
    """The unit's territorial name, or its nearest territorial ancestor's (in year's
    tree; the latest when None)."""
    for unit in [org, *reversed(tree.ancestors(org.code, year))]:
        kind = unit_kind(unit.name)
        if kind.is_territorial and kind.proper:
            return kind.proper
    return ""


def whole_phrase(org: Org) -> str:
    """'Toàn Đảng bộ tỉnh', 'Toàn Đảng bộ huyện', 'Toàn Đảng bộ' …: the unit as a whole."""
    kind = unit_kind(org.name)
    if kind.committee == "Chi bộ":
        return "Toàn Chi bộ"
    return f"Toàn Đảng bộ {kind.area}".strip()


def default_header(
    tree: OrgTree, code: str, date: dt.date | None = None, year: int | None = None
) -> ReportHeader:
    """The header a unit's report gets before anyone edits it (the domain.md §7 table), as
    the unit stood in year: its name and its parent then (the latest when None)."""
    org = tree.at(code, year)
    above = org.parent_code
    parent = tree.at(above, year) if above is not None and above in tree else None
    below = tree.children(code, year) if year is not None else []
    superior = own_party_body(parent) if parent is not None else own_party_body(org)
    role = signer_role_of(org)
    top_level = org.level in ("province", "district")
    return ReportHeader(
        superior=superior,
        issuer=issuer_of(org),
        symbol=symbol_of(org),
        place=place_of(tree, org, year),
        signer_role=role,
        signer_title="PHÓ BÍ THƯ THƯỜNG TRỰC" if top_level else "BÍ THƯ",
        recipients="\n".join(_recipients(org, parent, date or dt.date.today(), below)),
        date=date or dt.date.today(),
    )


def _recipients(org: Org, parent: Org | None, date: dt.date, below: list[Org]) -> list[str]:
    """Who gets the report, by the unit's place in the tree (below: its units that year);
    the central and provincial propaganda boards by their names on the report's date
    (merged with Dân vận in 2025); a province without district committees under it (from
    2025) sends to its đảng ủy."""
    board = "Ban Tuyên giáo và Dân vận" if date >= MERGED_BOARDS else "Ban Tuyên giáo"
    districts = ("Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy")
    committees = (
        "đảng ủy"
        if below and not any(unit_kind(u.name).committee in districts for u in below)
        else "huyện ủy, thành ủy, đảng ủy"
    )
    own = short_committee(org)
    if parent is None:
        return [
            f"{board} Trung ương (b/c),",
            f"Thường trực {own},",
            f"{board} {own},",
            f"Các {committees} trực thuộc {own},",
            f"Lưu Văn phòng {own}.",
        ]
    above = short_committee(parent)
    if org.level in ("province", "district"):
        return [
            f"Ban Thường vụ {above} (b/c),",
            f"{board} {above} (b/c),",
            f"Thường trực {own},",
            "Các tổ chức cơ sở đảng trực thuộc,",
            f"Lưu Văn phòng {own}.",
        ]
    if unit_kind(org.name).committee == "Chi bộ":
        above_name = committee_name(parent)
        return [f"{above_name} (b/c),", "Lưu Chi bộ."]
    if parent.level in ("province", "district"):
        return [
            f"Ban Thường vụ {above} (b/c),",
            f"{board} {above} (b/c),",
            "Các chi bộ trực thuộc,",
            "Lưu Văn phòng Đảng ủy.",
        ]
    return [f"{committee_name(parent)} (b/c),", "Lưu Văn phòng Đảng ủy."]


MERGED_BOARDS = dt.date(2025, 2, 1)


def short_committee(org: Org) -> str:
    """'Tỉnh ủy', 'Huyện ủy', 'Đảng ủy': the committee as a unit's own papers name it."""
    return unit_kind(org.name).committee or committee_name(org)


def committee_name(org: Org) -> str:
    """The committee that speaks for the unit: 'Đảng bộ xã Chiềng Mung' → 'Đảng ủy xã …'."""
    kind = unit_kind(org.name)
    if kind.committee == "Đảng bộ":  # a Đảng bộ speaks through its Đảng ủy
        return " ".join(["Đảng ủy", kind.area, kind.proper]).replace("  ", " ")
    if kind.committee in {c for c, _, _ in _COMMITTEES}:
        return f"{kind.committee} {kind.proper}".strip()
    return org.name.replace("uỷ", "ủy")


def speaker(org: Org, signer_role: str) -> str:
    """Who reports, as the signature says: 'Ban Thường vụ Tỉnh ủy Sơn La', 'Đảng ủy xã
    Chiềng Mung', 'Chi bộ bản Nà Sản'."""
    role = signer_role.upper()
    if "BAN THƯỜNG VỤ" in role:
        return f"Ban Thường vụ {committee_name(org)}"
    return committee_name(org)


def members_noun(levels: list[str]) -> str:
    """What a unit's units are called in its report: the province's 'đảng bộ trực thuộc',
    a district's 'tổ chức cơ sở đảng', a commune's 'chi bộ'."""
    if levels and all(level == "cell" for level in levels):
        return "chi bộ"
    if levels and all(level == "grassroots" for level in levels):
        return "tổ chức cơ sở đảng"
    if levels and all(level == "district" for level in levels):
        return "đảng bộ trực thuộc"
    return "đơn vị trực thuộc"
