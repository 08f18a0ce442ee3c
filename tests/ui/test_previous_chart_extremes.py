"""The chart over the rounds with numbers at the edges of what an answer holds: all of them
below what a float tells from zero (5e-324, 1e-310, from a received package or an earlier
round), all equal, all zero, huge beside tiny, ±(2^53 − 1), negative. Each draws: its dots
inside the chart, their labels within their round's room, an axis readable beside them."""

from __future__ import annotations

import math

import pytest
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.review.history import repeated_numbers
from desktop.survey.values import display_value
from desktop.ui.previous.chart import RoundsChart
from desktop.ui.previous.compare_view import CompareDialog
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory

RENT = "/premises/estimated_annual_rent"
ROUNDS = ("2022-1", "2022-2", "2022-3")
LARGEST = 2**53 - 1  # the largest number a received package or a typed answer holds
SMALLEST = 5e-324  # the least float above zero (subnormal)

SERIES = {
    "all subnormal": (SMALLEST, SMALLEST, SMALLEST),
    "subnormal, unlike": (SMALLEST, 1e-310, 2.2e-308),
    "all equal": (3_100_000.0, 3_100_000.0, 3_100_000.0),
    "all zero": (0.0, 0.0, 0.0),
    "huge and tiny": (SMALLEST, float(LARGEST), 1e-300),
    "largest both signs": (float(-LARGEST), float(LARGEST), 0.0),
    "negative": (-250_000.5, -3.0, -1_000_000.0),
    "one answer, subnormal": (None, SMALLEST, None),
    "fractions of a cent": (0.001, 0.0005, 0.00025),
}


def _drawn(chart: RoundsChart, values: tuple[float | None, ...]) -> None:
    """What a user sees of ``values`` on ``chart``, checked: it paints, every answered round
    has its dot inside the chart with a label that leaves room for its neighbours, and the
    value axis covers zero and every value with labels that leave room for the chart."""
    chart.grab()  # paints (an exception in paintEvent fails the test)
    answered = [v for v in values if v is not None]
    ticks = chart.ticks()
    marks = [mark for mark, _label in ticks]
    assert all(math.isfinite(mark) for mark in marks)
    assert marks == sorted(set(marks)) and 2 <= len(marks) <= 9
    assert marks[0] <= min(0.0, *answered) and marks[-1] >= max(answered)
    metrics = chart.fontMetrics()
    # Written in full (a wider label would be shortened), beside room for the values.
    assert max(metrics.horizontalAdvance(label) for _mark, label in ticks) <= chart.width() * 0.4
    dots = chart.dots()
    assert len(dots) == len(answered)
    room = chart.width() / len(values)
    for (centre, label), value in zip(dots, answered, strict=True):
        assert 0 < centre.x() < chart.width() and 0 < centre.y() < chart.height()
        assert metrics.horizontalAdvance(label) <= room
        assert label  # shortened, not left out
        if value == 0 or abs(value) < 1e-9:  # below the axis's precision: on its zero line
            assert centre.y() == pytest.approx(chart.y_of(0), abs=1)
    xs = [centre.x() for centre, _label in dots]
    assert xs == sorted(set(xs))  # each round its own place, oldest first


@pytest.mark.parametrize("values", SERIES.values(), ids=SERIES.keys())
def test_the_chart_draws_numbers_at_the_edges(
    workbook: Workbook, qtbot: QtBot, values: tuple[float | None, ...]
) -> None:
    question = next(q for p, q in repeated_numbers(workbook) if p == RENT)

    def say(value: float) -> str:  # as the window writes a value (compare_view.show_chart)
        return display_value(question, int(value) if value.is_integer() else value, "fi")

    chart = RoundsChart()
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.set_points(
        [
            (r, v, "" if v is None else say(v), sent)
            for r, v, sent in zip(ROUNDS, values, (True, True, False), strict=True)
        ],
        say,
    )
    _drawn(chart, values)
    # The whole value is still told, to a screen reader.
    for value in values:
        if value is not None:
            assert say(value) in chart.accessibleDescription()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_previous_answer_of_the_least_number_above_zero_is_drawn_in_the_window(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, lang: Lang
) -> None:
    for round_id in ROUNDS:
        workbook.set_json(round_id, RENT, SMALLEST)
    window = make_window(workbook)
    window.set_language(lang)
    window.open_round("2022-3")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    dialog.question.setCurrentIndex(dialog.question.findData(RENT))
    dialog.tabs.setCurrentIndex(2)
    dialog.resize(800, 500)
    qtbot.waitExposed(dialog)
    _drawn(dialog.chart, (SMALLEST, SMALLEST, SMALLEST))
    dialog.close()
