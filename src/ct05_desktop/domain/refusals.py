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
from typing import Any

from ct05_desktop.domain.refusal_words import REFUSALS
from ct05_desktop.domain.wording import Phrase, Worded, in_lang

__all__ = ["Fault", "Phrase", "Refusal", "Refusals", "Told", "Worded", "in_lang"]


def _in(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return value.in_(lang)
    if isinstance(value, Refusal):
        return value.words(lang)
    return value


class Fault(Exception):
    """The one root of every expected fault: something asked for that cannot be done, a
    file that cannot be read as what it should be, a database that cannot serve. Each is
    told in words in either language and known by its codes; anything else raised is a
    bug (logged and shown as one)."""

    def words(self, lang: str = "vi") -> str:
        raise NotImplementedError

    @property
    def codes(self) -> list[str]:
        raise NotImplementedError


class Refusal(Fault, ValueError):
    """Something asked for that cannot be done: a code, its parameters, words in both
    languages."""

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in REFUSALS:
            raise KeyError(f"no words for refusal {code!r}")
        self.code, self.params = code, params
        super().__init__(self.words("vi"))

    def words(self, lang: str = "vi") -> str:
        return REFUSALS.say(self.code, lang, **{k: _in(v, lang) for k, v in self.params.items()})

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
