"""The value axis of a chart over the rounds, one rule for the window's chart and the
comparison PDF's: round steps over zero and every value, whole steps for whole numbers, and
an axis for any finite numbers (subnormal, or at the edge of what a float holds)."""

from __future__ import annotations

import math

import pytest

from desktop.review.chart_axis import axis_steps, value_axis

LARGEST = 2**53 - 1  # the largest number a received package or a typed answer holds
SMALLEST = 5e-324  # the least float above zero (subnormal)


@pytest.mark.parametrize(
    ("low", "high", "whole"),
    [
        (0.0, SMALLEST, False),
        (0.0, 1e-310, False),
        (0.0, 0.0, True),
        (-float(LARGEST), float(LARGEST), True),
        (0.0, 1.7e308, True),
        (-1.7e308, 1.7e308, True),
        (-1.7e308, 0.0, False),
        (-5e-324, 0.0, False),
    ],
)
def test_the_value_axis_covers_any_finite_numbers(low: float, high: float, whole: bool) -> None:
    marks = axis_steps(low, high, whole=whole).marks
    assert all(math.isfinite(mark) for mark in marks)
    assert marks == tuple(sorted(set(marks))) and 2 <= len(marks) <= 9
    assert marks[0] <= low and marks[-1] >= high


@pytest.mark.parametrize("steps", [4, 5])
@pytest.mark.parametrize(
    "values",
    [
        (300, 450),
        (3_100_000, 3_300_000),
        (12.5, 7.25, 0.4),
        (1, 1),
        (-40, 95),
        (0, 0, 0),
        (2, 3),
        (SMALLEST, 1e-323),
        (-SMALLEST,),
        (-1.7e308, 1.7e308),
        (0.001, 0.0005, 0.00025),
        (-250_000.5, -3.0, -1_000_000.0),
    ],
)
def test_the_axis_reaches_past_every_value_and_zero(values: tuple[float, ...], steps: int) -> None:
    axis = value_axis(values, steps)
    assert axis.low <= min(0, *values) and axis.high >= max(0, *values)
    assert all(math.isfinite(mark) for mark in axis.marks) and math.isfinite(axis.step)
    assert 0.0 in axis.marks
    assert 2 <= len(axis.marks) <= 2 * steps


def test_round_steps_as_the_window_and_the_pdf_drew_them() -> None:
    # 450 was drawn above the PDF's axis whose last label was 400.
    assert value_axis([300, 450], 4) == value_axis([300.0, 450.0], 4)
    assert value_axis([300, 450], 4).marks == (0, 200, 400, 600)
    assert value_axis([300, 450]).marks == (0, 100, 200, 300, 400, 500)
    assert value_axis([-40, 95], 4).marks == (-50, 0, 50, 100)
    assert value_axis([0.001, 0.0005, 0.00025], 4).marks == (0, 0.00025, 0.0005, 0.00075, 0.001)


@pytest.mark.parametrize("values", [(0, 0, 0), (2, 3), (1, 1), (0, 1)])
def test_whole_numbers_get_whole_steps(values: tuple[float, ...]) -> None:
    # A count of persons, all nought, had 0,25, 0,5 and 0,75 on its axis.
    for steps in (4, 5):
        axis = value_axis(values, steps)
        assert all(float(mark).is_integer() for mark in axis.marks), axis
        assert axis.step >= 1


def test_numbers_no_axis_tells_from_zero_stand_on_zero() -> None:
    assert value_axis([SMALLEST, 1e-323], 4) == value_axis([SMALLEST], 4)
    assert value_axis([SMALLEST], 4).marks == (0, 0.25, 0.5, 0.75, 1)
    # Below zero the axis runs down from zero, as in the window (the PDF ran to 1 above it).
    assert value_axis([-SMALLEST], 4).marks == (-1, -0.75, -0.5, -0.25, 0)


def test_a_value_a_hair_below_zero_adds_no_step_below_it() -> None:
    # The PDF drew an axis from −100 000 for −9e-11 beside 290 577.
    assert value_axis([-9e-11, 290_576.86, 418], 4).marks == (0, 100_000, 200_000, 300_000)
