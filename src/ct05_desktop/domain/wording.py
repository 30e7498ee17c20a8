"""The one way the program's own words are written (docs/architecture.md, "Words"): a
table of texts by code in Vietnamese and in English (``Words``), a text known in both
(``Phrase``), and the one choice of language every text makes (``in_lang``).

Every table of the domain's words (refusals, checks, change log, report sentences'
labels) and of the command line is a ``Words``: made only when both languages hold the
same codes with the same fields, so that a text missing in one language fails at import
and in ``tests/test_wording.py``. The widgets' own texts are Qt's (``resources/i18n``)."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, TypeVar

T = TypeVar("T")


def in_lang(lang: str, vi: T, en: T) -> T:
    """The one choice of language every text makes: the English when it is asked for,
    else the Vietnamese."""
    return en if lang == "en" else vi


class Worded(Protocol):
    """Anything told in either language."""

    def in_(self, lang: str) -> str: ...


@dataclass(frozen=True)
class Phrase:
    """A text in both languages."""

    vi: str
    en: str

    def in_(self, lang: str) -> str:
        return in_lang(lang, self.vi, self.en)

    def __str__(self) -> str:
        return self.vi


def fields(text: str) -> set[str]:
    """The {fields} a text fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Words:
    """Texts by code, in Vietnamese and in English, with the same codes and the same
    {fields} in both (checked here, when the table is made)."""

    TABLES: ClassVar[list[Words]] = []  # every table made: what tests/test_wording.py goes through

    def __init__(self, name: str, vi: Mapping[str, str], en: Mapping[str, str]) -> None:
        only = sorted(set(vi) ^ set(en))
        if only:
            raise KeyError(f"{name}: words in one language only: {only}")
        differ = sorted(code for code in vi if fields(vi[code]) != fields(en[code]))
        if differ:
            raise KeyError(f"{name}: fields differ between the languages: {differ}")
        self.name, self.vi, self.en = name, dict(vi), dict(en)
        Words.TABLES.append(self)

    @classmethod
    def pairs(cls, name: str, table: Mapping[str, tuple[str, str]]) -> Words:
        """A table written as code: (Vietnamese, English)."""
        return cls(
            name, {k: v for k, (v, _) in table.items()}, {k: e for k, (_, e) in table.items()}
        )

    def __contains__(self, code: object) -> bool:
        return code in self.vi

    def text(self, code: str, lang: str = "vi") -> str:
        """The text of code, its fields not filled."""
        return in_lang(lang, self.vi, self.en)[code]

    def text_or(self, code: str, lang: str, default: str) -> str:
        """The text of code, or default when the table has none."""
        return self.text(code, lang) if code in self.vi else default

    def say(self, code: str, lang: str = "vi", /, **params: Any) -> str:
        return self.text(code, lang).format(**params)

    def phrase(self, code: str, /, **params: Any) -> Phrase:
        return Phrase(self.say(code, "vi", **params), self.say(code, "en", **params))
