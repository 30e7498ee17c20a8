"""Telling how long work goes, and stopping it: one callback for every long task."""

from __future__ import annotations

from collections.abc import Callable

# (percent, what is being done): told as the work goes. A caller that wants to stop the
# work raises Cancelled from it; the task leaves nothing half-written behind.
Progress = Callable[[int, str], None]


class Cancelled(Exception):
    """The person asked to stop; nothing was written."""


def quiet(percent: int, step: str) -> None:
    """A progress callback that tells nobody."""
