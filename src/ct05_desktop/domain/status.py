"""A unit-year's completion status (domain.md §4): what the office sees at a glance."""

from __future__ import annotations

STATUS_EMPTY = "empty"
STATUS_IN_PROGRESS = "in_progress"
STATUS_COMPLETE = "complete"
STATUS_APPROVED = "approved"
