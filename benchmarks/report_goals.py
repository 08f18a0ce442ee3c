"""How the benchmarks state a goal: its figure, the limit, and whether it holds."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    name: str
    figure: float
    limit: float

    @property
    def holds(self) -> bool:
        return self.figure <= self.limit

    def __str__(self) -> str:
        verdict = "HOLDS" if self.holds else "MISSED"
        return f"{self.name}: {self.figure:.2f} (goal ≤ {self.limit:g})  {verdict}"


def spread(samples: Sequence[float], unit: float = 1000.0, label: str = "ms") -> str:
    """Median of the samples with their min–max: "412 ms (390–450, 5 samples)"."""
    median = statistics.median(samples) * unit
    return (
        f"median {median:.1f} {label} "
        f"({min(samples) * unit:.1f}–{max(samples) * unit:.1f}, {len(samples)} samples)"
    )
