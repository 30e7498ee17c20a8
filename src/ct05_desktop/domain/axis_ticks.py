"""The value axis of a chart of counts: whole-number ticks on round steps (1, 2 or 5 × 10ⁿ),
from 0 to a round top at or above the largest value, each labelled once, in the number
format the window's tables use in both languages (1.000)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ct05_desktop.domain import vi_format

MOST_STEPS = 5  # at most this many steps between 0 and the top: a low chart stays readable


@dataclass(frozen=True)
class ValueAxis:
    """Ticks 0, step, 2 × step, … up to top (the last tick); labels, one per tick."""

    step: int
    top: int
    ticks: tuple[int, ...]
    labels: tuple[str, ...]


def round_steps() -> Iterable[int]:
    """1, 2, 5, 10, 20, 50, 100, … without end."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            yield factor * scale
        scale *= 10


def value_axis(values: Iterable[int | None], most_steps: int = MOST_STEPS) -> ValueAxis:
    """The axis for bars of these values (counts; a missing or negative one is drawn as 0).

    The step is the smallest round step that reaches the largest value in at most most_steps
    steps; the top is the first multiple of it at or above that value, so no bar rises above
    the top line. Nothing to draw (no values, all 0) gives the axis 0–1.
    """
    if most_steps < 1:
        raise ValueError("an axis needs at least one step")
    largest = max((v for v in values if v is not None), default=0)
    largest = max(largest, 1)
    step = next(s for s in round_steps() if -(-largest // s) <= most_steps)
    top = -(-largest // step) * step
    ticks = tuple(range(0, top + 1, step))
    return ValueAxis(step, top, ticks, tuple(vi_format.number(t) for t in ticks))
