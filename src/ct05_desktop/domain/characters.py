"""Characters that may not come in with data, and digits that only look like 0–9.

A control character (a bell, an escape, a C1 code) in a unit's name or a comment cannot
be seen to be corrected, and it makes every later Excel report fail (a workbook may not
hold it). A digit of another script ('١٢', '۱۲', '１２') looks like a number on screen
but is not the number a clerk compares with the paper report, and Python's ``int`` and
``str.isdigit`` take it. Both are refused where data comes in; a refusal names the
character by its code point ('U+0007'), since it cannot be shown.
"""

from __future__ import annotations

import re

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.refusals import Phrase, Refusal

# C0 but tab, line feed and carriage return (text may hold those: a comment of two
# lines), DEL, C1, lone surrogates and the noncharacters U+FFFE and U+FFFF (no workbook
# may hold any of them: a report or template naming them would fail)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# in a name or a header field: characters that change how a text is shown without being
# seen (bidirectional overrides and isolates, zero-width spaces and joiners, BOM)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# and, in a name, what is no letter of any text: line and paragraph separators (a name is
# one line) and Unicode's other noncharacters (U+FDD0–U+FDEF, the last two of each plane)
_NOT_IN_NAMES = re.compile(
    "[\u2028\u2029\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)
# any of the three at once: a name that holds none (nearly all) is looked at once
_NOT_IN_A_NAME = re.compile(f"{_CONTROL.pattern}|{_INVISIBLE.pattern}|{_NOT_IN_NAMES.pattern}")
MAX_CELL = 32_767  # the characters an Excel cell holds: every text must fit one
MAX_NAME = 200  # a unit's name, a header's line: the longest real one is under 120
_FOREIGN_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit (Unicode Nd) other than 0-9
_SHOWN = 60  # characters of a long text shown beside a refusal


def control_character(text: str) -> str | None:
    """The first control character in text, or None."""
    found = _CONTROL.search(text)
    return found.group() if found else None


def foreign_digit(text: str) -> str | None:
    """The first decimal digit in text that is not one of 0–9, or None. Superscripts
    ('m²') are not decimal digits and are left to the text."""
    found = _FOREIGN_DIGIT.search(text)
    return found.group() if found else None


def code_point(char: str) -> str:
    """'U+0007': a character named so that it can be read whatever it is."""
    return f"U+{ord(char):04X}"


def shown(text: str) -> str:
    """A text as it may be printed beside a refusal: control characters as '�', a long
    text cut short."""
    visible = _CONTROL.sub("\ufffd", text)
    return visible if len(visible) <= _SHOWN else visible[: _SHOWN - 1] + "…"


def control_refusal(text: str) -> Refusal | None:
    """The refusal of a text holding a control character (say where it is around it)."""
    char = control_character(text)
    return None if char is None else Refusal("control_character", char=code_point(char))


def too_long(text: str, most: int = MAX_CELL, code: str = "text_too_long") -> Refusal | None:
    """The refusal of a text longer than most characters (a cell's, by default)."""
    if len(text) <= most:
        return None
    return Refusal(code, length=_count(len(text)), most=_count(most))


def _count(n: int) -> Phrase:
    return Phrase(vi_format.number(n), f"{n:,}")


def name_refusal(text: str) -> Refusal | None:
    """Why a name (a unit's, a header's line) cannot be kept: a control character, an
    invisible one, or more than MAX_NAME characters; None when it can."""
    if _NOT_IN_A_NAME.search(text) is None:
        return too_long(text, MAX_NAME, "name_too_long_chars")
    bad = control_refusal(text)
    if bad is not None:
        return bad
    hidden = _INVISIBLE.search(text) or _NOT_IN_NAMES.search(text)
    if hidden is not None:
        return Refusal("invisible_character", char=code_point(hidden.group()))
    return too_long(text, MAX_NAME, "name_too_long_chars")
