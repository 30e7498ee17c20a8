"""What a report carries out, by year (domain.md §7, "What a report carries out"): through
2020 the Politburo's Directive 05-CT/TW; from 2021 its Conclusion 01-KL/TW on continuing
the Directive. Both are data by year, these the defaults, editable. Themes are data by
period too: the whole term's (chuyên đề toàn khóa, e.g. 2021–2025) and the year's own
(chuyên đề năm), typed by the office once; the report's title, opening and part I name
them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DIRECTIVE = (
    "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về “đẩy mạnh học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
)
# from 2021 an office reports on the Politburo's Conclusion on continuing the Directive
CONCLUSION = (
    "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
    "05-CT/TW của Bộ Chính trị khóa XII về “đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh”"
)
CONCLUSION_FROM = 2021


@dataclass(frozen=True)
class Subject:
    """The document a year's report carries out: in full ("Kết luận số 01-KL/TW, ngày
    18/5/2021 của Bộ Chính trị về …") and by its name, with who issued it ("Kết luận số
    01-KL/TW của Bộ Chính trị": the closing line's)."""

    document: str
    name: str

    @property
    def short(self) -> str:
        """'Kết luận', 'Chỉ thị': the name before its number."""
        return self.name.split(" số ")[0].strip() or self.name


def default_subject(year: int) -> Subject:
    if year < CONCLUSION_FROM:
        return Subject(DIRECTIVE, "Chỉ thị số 05-CT/TW của Bộ Chính trị")
    return Subject(CONCLUSION, "Kết luận số 01-KL/TW của Bộ Chính trị")


@dataclass(frozen=True)
class Term:
    """A whole-term theme (chuyên đề toàn khóa) and its years."""

    first: int
    last: int
    theme: str

    def holds(self, year: int) -> bool:
        return self.first <= year <= self.last


@dataclass(frozen=True)
class Subjects:
    """What a report of some years carries out, and the themes of those years."""

    years: tuple[int, ...]
    by_year: tuple[Subject, ...]
    year_themes: tuple[tuple[int, str], ...] = ()
    terms: tuple[Term, ...] = ()

    def distinct(self) -> list[Subject]:
        """Each document once, in the order of the years (a range over 2020–2021: both)."""
        out: list[Subject] = []
        for subject in self.by_year:
            if subject.document not in [s.document for s in out]:
                out.append(subject)
        return out

    def reported_on(self) -> str:
        return " và ".join(s.document for s in self.distinct())

    def reported_short(self) -> str:
        """'Chỉ thị', 'Kết luận', 'Chỉ thị và Kết luận'."""
        return " và ".join(dict.fromkeys(s.short for s in self.distinct()))

    def names(self) -> str:
        """'Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị' (the closing
        line): a shared issuer said once, at the end."""
        names = list(dict.fromkeys(s.name for s in self.distinct()))
        issuer = " của Bộ Chính trị"
        if len(names) > 1 and all(n.endswith(issuer) for n in names):
            return " và ".join(n.removesuffix(issuer) for n in names) + issuer
        return " và ".join(names)

    def theme_lines(self) -> list[str]:
        """The themes of the years, each once: the term's, then each year's own."""
        out = [
            f"Chuyên đề toàn khóa {t.first} - {t.last}: “{t.theme}”"
            for t in self.terms
            if any(t.holds(y) for y in self.years)
        ]
        out += [f"Chuyên đề năm {year}: “{theme}”" for year, theme in self.year_themes if theme]
        return out


def subjects_of(
    years: Iterable[int],
    stored: Mapping[int, Subject] | None = None,
    year_themes: Mapping[int, str] | None = None,
    terms: Iterable[Term] = (),
) -> Subjects:
    """The subjects and themes of these years: a year's stored subject, else its default."""
    wanted = tuple(sorted(set(years)))
    stored = stored or {}
    themes = year_themes or {}
    return Subjects(
        wanted,
        tuple(stored.get(y) or default_subject(y) for y in wanted),
        tuple((y, themes[y]) for y in wanted if themes.get(y)),
        tuple(t for t in terms if any(t.holds(y) for y in wanted)),
    )
