"""Every benchmark with a goal, one after the other, and a summary of the goals.

Each prints its own figures (medians with min–max, per size where sizes
apply) and this script then lists every goal with its figure and whether
it holds. The window's benchmarks need a display or QT_QPA_PLATFORM=offscreen.

    python benchmarks/run_all.py [--quick]

Not here: ``export_verify.py`` (one export and one verify process at a time) and the
window's timing scripts without a ratio goal (``ui_section.py``,
``ui_table_edit.py``, ``export_report.py``), which run on their own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cli_startup
import export_limits
import previous_rounds
import storage_edit
import verify_caps
import verify_many
from report_goals import Goal

HERE = Path(__file__).resolve().parent


def _ui_startup() -> list[Goal]:
    # Its own process: it starts windows, and the others must not load Qt.
    result = subprocess.run(
        [sys.executable, str(HERE / "ui_startup.py"), *sys.argv[1:2]],
        capture_output=True,
        text=True,
        check=True,
    )
    print(result.stdout, end="")
    goals = []
    for line in result.stdout.splitlines():
        if line.startswith("GOAL "):
            name, figure, limit = line[5:].rsplit(" ", 2)
            goals.append(Goal(name, float(figure), float(limit)))
    return goals


def _ui_previous() -> list[Goal]:
    # Its own process, like the window's start-up: the others must not load Qt.
    result = subprocess.run(
        [sys.executable, str(HERE / "ui_previous.py"), *sys.argv[1:2]],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout, end="")
    goals = []
    for line in result.stdout.splitlines():
        if line.startswith("open with previous answers"):
            name, rest = line.split(": ", 1)
            figure, limit = rest.split(" (goal ≤ ")
            goals.append(Goal(name, float(figure), float(limit.split(")")[0])))
    return goals


def main() -> int:
    quick = "--quick" in sys.argv
    goals: list[Goal] = []
    for title, run in (
        ("Export at the limits", lambda: export_limits.run(quick)),
        ("One cell edit", lambda: storage_edit.run(quick)),
        ("Command-line start-up", lambda: cli_startup.run(quick)),
        ("Window start-up", _ui_startup),
        ("Verifying received packages", lambda: verify_many.run(quick)),
        ("Verifying packages at the caps", lambda: verify_caps.run(quick)),
        ("Previous rounds: compare and copy forward", lambda: previous_rounds.run(quick)),
        ("Previous rounds: a section with the previous answers", _ui_previous),
    ):
        print(f"\n== {title}")
        goals += run()
    print("\n== Goals")
    for goal in goals:
        print(goal)
    return 0 if all(goal.holds for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
