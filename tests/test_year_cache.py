"""Whole years' figures kept between tasks: reused while nothing in the year changed,
read again once something did, whoever wrote it (another session, another process)."""

from __future__ import annotations

import pytest

from ct05_desktop.domain import rollup
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.session import Session, keep_years_between_tasks


@pytest.fixture(autouse=True)
def kept() -> object:
    keep_years_between_tasks()
    yield
    keep_years_between_tasks(False)


def test_a_year_is_rolled_up_once_until_it_changes(
    demo: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[int] = []
    original = rollup.Figures._compute_year

    def counting(self: rollup.Figures, year: int) -> object:
        computed.append(year)
        return original(self, year)

    monkeypatch.setattr(rollup.Figures, "_compute_year", counting)
    first = demo.figures([2018, 2019]).value("SL", 2019, "members_total")
    assert demo.figures([2018, 2019]).value("SL", 2019, "members_total") == first
    assert computed == [2019]  # the second time, the year's roll-up is reused
    with Session(demo.path) as other:  # another connection writes (as an operation does)
        result = save_values(other, [ValueChange("SL.ML", 2019, "members_total", "9999")], FORM)
        assert result.ok
    # the writer's own checks rolled 2019 up again (and 2018, for the jumps): shared
    assert computed == [2019, 2019, 2018]
    again = demo.figures([2018, 2019])
    assert again.value("SL.ML", 2019, "members_total") == 9999
    again.value("SL", 2018, "members_total")
    assert computed == [2019, 2019, 2018]  # nothing computed twice


def test_a_change_to_the_tree_drops_every_year(demo: Session) -> None:
    before = demo.figures([2019])
    assert before.value("SL.ML", 2019, "members_total") is not None
    with Session(demo.path) as other:
        rename_unit(other, "SL.ML", "Huyện ủy Mường La mới", 2019, FORM)
    demo.forget_tree()
    after = demo.figures([2019])
    assert after is not before and after.tree["SL.ML"].name == "Huyện ủy Mường La mới"


def test_figures_as_they_would_be_are_never_kept(demo: Session) -> None:
    stored = demo.figures([2019])
    value = stored.value("SL.ML", 2019, "members_total")
    changed = stored.with_entered({("SL.ML", 2019, "members_total"): 7})
    assert changed.value("SL.ML", 2019, "members_total") == 7
    assert demo.figures([2019]).value("SL.ML", 2019, "members_total") == value
