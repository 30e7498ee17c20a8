"""The history chart's value axis: round whole steps, a round top over the tallest bar,
every tick labelled once in the window's number format."""

import pytest

from ct05_desktop.domain.axis_ticks import value_axis


@pytest.mark.parametrize(
    ("values", "ticks"),
    [
        ([], (0, 1)),
        ([None, None], (0, 1)),
        ([0, 0, 0], (0, 1)),
        ([1], (0, 1)),
        ([2, None, 1], (0, 1, 2)),  # Mường La's breakthrough models
        ([5], (0, 1, 2, 3, 4, 5)),
        ([6], (0, 2, 4, 6)),
        ([7], (0, 2, 4, 6, 8)),
        ([10], (0, 2, 4, 6, 8, 10)),
        ([11], (0, 5, 10, 15)),
        ([110, 154, 59], (0, 50, 100, 150, 200)),
        ([110, 560, 59], (0, 200, 400, 600)),  # the province's breakthrough models
        ([658, 6206], (0, 2000, 4000, 6000, 8000)),
        ([1586], (0, 500, 1000, 1500, 2000)),
        ([-3, 4], (0, 1, 2, 3, 4)),  # nothing below 0 is drawn
    ],
)
def test_ticks_are_round_whole_steps_up_to_a_top_over_the_tallest_bar(
    values: list[int | None], ticks: tuple[int, ...]
) -> None:
    axis = value_axis(values)
    assert axis.ticks == ticks
    assert axis.top == ticks[-1] and axis.step == ticks[1]


def test_labels_are_written_as_the_window_writes_numbers() -> None:
    assert value_axis([6347]).labels == ("0", "2.000", "4.000", "6.000", "8.000")
    assert value_axis([1586]).labels == ("0", "500", "1.000", "1.500", "2.000")


def test_big_numbers_stay_whole_and_exact() -> None:
    axis = value_axis([1_234_567_890])
    assert axis.ticks == (0, 500_000_000, 1_000_000_000, 1_500_000_000)
    assert axis.labels[-1] == "1.500.000.000"
    huge = value_axis([10**18 + 1])
    assert huge.top == 15 * 10**17 and huge.labels[-1] == "1.500.000.000.000.000.000"


@pytest.mark.parametrize("most_steps", [1, 3, 5, 8])
def test_every_height_gets_a_tight_round_axis_with_distinct_labels(most_steps: int) -> None:
    for largest in range(0, 30_001):
        axis = value_axis([largest], most_steps=most_steps)
        digits = str(axis.step).rstrip("0")
        assert digits in ("1", "2", "5"), axis
        assert axis.top >= largest > axis.top - axis.step or largest == 0
        assert len(axis.ticks) - 1 <= most_steps
        assert axis.ticks == tuple(range(0, axis.top + 1, axis.step))
        assert len(set(axis.labels)) == len(axis.labels)


def test_an_axis_has_a_step() -> None:
    with pytest.raises(ValueError):
        value_axis([3], most_steps=0)
