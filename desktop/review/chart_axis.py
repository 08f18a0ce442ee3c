"""The value axis of a chart of a number over the rounds, one rule for the window's chart
(``desktop.ui.previous.chart``) and the comparison PDF's (``desktop.review.compare_charts``).

The axis runs in round steps (1, 2, 2,5 or 5 times a power of ten) from zero, or from below
the least value, over the greatest: 300 and 450 get an axis to 600, not to 400. Whole
numbers (a count of persons) get whole steps: no 0,25 persons on the axis. Any finite
numbers get an axis, also those no axis tells apart from zero (5e-324) and those at the
edge of what a number holds (±1.7e308).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass

STEPS = 5  # about this many steps on the value axis
_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)
_WHOLE = (1.0, 2.0, 5.0, 10.0)
# Values spanning less than this get an axis from zero (to one, if all of them are zero to
# it): no axis tells them apart, and a step of 1e-324 is below what a float holds.
TINY = 1e-9
_LARGEST = sys.float_info.max


@dataclass(frozen=True)
class Axis:
    """The values marked on the axis, lowest first, and the step between them."""

    marks: tuple[float, ...]
    step: float

    @property
    def low(self) -> float:
        return self.marks[0]

    @property
    def high(self) -> float:
        return self.marks[-1]


def value_axis(values: Sequence[float], steps: int = STEPS) -> Axis:
    """The axis of a chart of ``values`` (at least one, all finite): over zero and every
    value, in whole steps when every value is whole."""
    whole = all(float(v).is_integer() for v in values)
    return axis_steps(min(0.0, *values), max(0.0, *values), steps, whole=whole)


def axis_steps(low: float, high: float, steps: int = STEPS, *, whole: bool = False) -> Axis:
    """Round values from ``low`` or below to ``high`` or above, a like step apart, about
    ``steps`` of them; ``whole``: whole steps only. Any finite ``low`` and ``high`` give
    finite marks: the last one beyond the greatest float is that float."""
    if high - low < TINY:  # one value, or values no axis tells apart: from zero
        low, high = min(low, 0.0), max(high, 0.0)
    if high - low < TINY:  # and zero to an axis too (5e-324): zero to one
        low, high = (-1.0 if low < 0 else 0.0), (1.0 if high > 0 or low >= 0 else 0.0)
    rough = high / steps - low / steps  # not (high - low) / steps: no span beyond a float
    power = 10.0 ** math.floor(math.log10(rough))
    nice = _WHOLE if whole and power < 10 else _NICE
    step = next(n * power for n in nice if n * power >= rough)
    if whole:
        step = max(step, 1.0)
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    # Rounded to the step's own decimals: 0.1 * 3 is 0.30000000000000004.
    decimals = max(0, -math.floor(math.log10(step)) + 1)
    marks = tuple(
        max(-_LARGEST, min(_LARGEST, round(n * step, decimals))) for n in range(first, last + 1)
    )
    return Axis(marks, step)
