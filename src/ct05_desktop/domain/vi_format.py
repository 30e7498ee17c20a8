"""Numbers written the way Vietnamese administrative reports write them (domain.md §6).

Thousands with '.', decimals with ',': 11.409; 5.528/5.770; 95,8%.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def number(value: int) -> str:
    """A whole number with '.' between thousands: 11409 → '11.409'."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def count(value: int) -> str:
    """A count inside a sentence: below 10 with a leading zero ('06 hội nghị')."""
    if 0 < value < 10:
        return f"{value:02d}"
    return number(value)


def percent(part: int, whole: int) -> str:
    """The share part/whole as a percentage, one decimal rounded half up.

    Never '100%' unless part equals whole (5.769/5.770 is 99,9%), never '0%'
    unless part is 0; a whole share is '100%'.
    """
    if whole <= 0:
        raise ValueError("the whole of a share must be positive")
    if part == whole:
        return "100%"
    if part == 0:
        return "0%"
    exact = Decimal(part) * 100 / Decimal(whole)
    rounded = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if part < whole and rounded >= 100:
        rounded = Decimal("99.9")
    if part > 0 and rounded <= 0:
        rounded = Decimal("0.1")
    return decimal(rounded) + "%"


def decimal(value: Decimal | float, places: int = 1) -> str:
    """A decimal number with ',' before the decimals and '.' between thousands."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    text = number(int(whole)) + ("," + frac if frac else "")
    return ("-" if rounded < 0 else "") + text


def share(part: int, whole: int) -> str:
    """'5.528/5.770 (đạt 95,8%)'; a share of a zero whole is written without percentage."""
    text = f"{number(part)}/{number(whole)}"
    if whole > 0:
        text += f" (đạt {percent(part, whole)})"
    return text


def change(current: int, previous: int, previous_year: int, noun: str = "") -> str:
    """How a figure moved against the year before: 'tăng 450 so với năm 2017',
    'tăng 05 tập thể so với năm 2017', 'bằng năm 2018'."""
    delta = current - previous
    what = f" {noun}" if noun else ""
    if delta > 0:
        return f"tăng {count(delta)}{what} so với năm {previous_year}"
    if delta < 0:
        return f"giảm {count(-delta)}{what} so với năm {previous_year}"
    return f"bằng năm {previous_year}"
