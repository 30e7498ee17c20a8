"""Expected refusals as a code with parameters; their words, in Vietnamese and in
English, are written once, in ``refusal_words`` (docs/architecture.md, "Refusals, faults
and bugs").

A refusal is not a bug: the person asked for something that cannot be done, and is told
what and why. ``str(refusal)`` is the Vietnamese sentence (the CLI's language);
``refusal.words(lang)`` gives either language for the window. Tests assert ``code``.

A parameter may itself be a ``Phrase`` (a text known in both languages, such as a column
label) or a ``Refusal`` (the reason inside a located refusal): each is put into the
sentence in the sentence's language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ct05_desktop.domain.refusal_words import EN, VI

WORDS = {"vi": VI, "en": EN}


class Worded(Protocol):
    """Anything told in either language."""

    def in_(self, lang: str) -> str: ...


T = TypeVar("T")


def in_lang(lang: str, vi: T, en: T) -> T:
    """The one choice of language every text makes: the English when it is asked for,
    else the Vietnamese."""
    return en if lang == "en" else vi


@dataclass(frozen=True)
class Phrase:
    """A text in both languages."""

    vi: str
    en: str

    def in_(self, lang: str) -> str:
        return in_lang(lang, self.vi, self.en)

    def __str__(self) -> str:
        return self.vi


def _in(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return value.in_(lang)
    if isinstance(value, Refusal):
        return value.words(lang)
    return value


class Refusal(ValueError):
    """Something asked for that cannot be done: a code, its parameters, words in both
    languages."""

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in VI or code not in EN:
            raise KeyError(f"no words for refusal {code!r}")
        self.code, self.params = code, params
        super().__init__(self.words("vi"))

    def words(self, lang: str = "vi") -> str:
        template = WORDS.get(lang, VI)[self.code]
        return template.format(**{k: _in(v, lang) for k, v in self.params.items()})

    @property
    def codes(self) -> list[str]:
        """The codes of this refusal and of the reasons it gathers (for tests and logs)."""
        return [self.code]

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep the code and params
        return (_restored, (type(self), dict(self.__dict__)))


def _restored(kind: type[Refusal], state: dict[str, Any]) -> Refusal:
    refusal = kind.__new__(kind)
    refusal.__dict__.update(state)
    ValueError.__init__(refusal, refusal.words("vi"))
    return refusal


class Told(Refusal):
    """A refusal whose words were composed where the organisation tree is known (a
    check of ``rules`` worded by ``messages``); the code is the check's."""

    def __init__(self, code: str, phrase: Phrase) -> None:
        self.code, self.params, self.phrase = code, {}, phrase
        ValueError.__init__(self, phrase.vi)

    def words(self, lang: str = "vi") -> str:
        return self.phrase.in_(lang)


class Refusals(Refusal):
    """Several refusals at once (every bad cell of a row, every problem of a form): one
    line each."""

    def __init__(self, reasons: Iterable[Refusal]) -> None:
        self.reasons = list(reasons)
        self.code, self.params = "several", {}
        ValueError.__init__(self, self.words("vi"))

    def words(self, lang: str = "vi") -> str:
        return "\n".join(self.lines(lang))

    def lines(self, lang: str = "vi") -> list[str]:
        return [r.words(lang) for r in self.reasons]

    @property
    def messages(self) -> list[str]:
        return self.lines("vi")

    @property
    def codes(self) -> list[str]:
        return [c for r in self.reasons for c in r.codes]
