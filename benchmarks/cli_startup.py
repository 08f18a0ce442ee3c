"""The command line's start-up: ``rounds``, ``show`` and ``validate`` against a bare interpreter.

Each sample is a whole process started as a user starts it: the installed
``tilannekuva`` console script beside the interpreter (``tilannekuva.exe``
on Windows), which imports ``desktop.cli`` and calls ``main``; only where no
script is installed, ``python -m desktop``, which loads ``runpy`` on top
(a few milliseconds). Each runs on a data folder holding the demo round's
answers. The baseline is an interpreter
that imports ``sqlite3`` and ``json`` and exits: what any Python program of
this kind costs. They take turns in the same run; medians of several
samples, both wall-clock time and the CPU time of the process (steadier
on a busy machine). Goal: each command ≤ 2.5 × the baseline.

Then, for information, the same on a data folder after use as the demo
leaves it: rounds submitted (a submitted round is shown from its kept,
signed package, checked again as ``verify`` checks it) and a round added
from a signed round package.

    python benchmarks/cli_startup.py [--quick]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report_goals import Goal, spread

GOAL = 2.5


def _sample(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def program() -> list[str]:
    """How the installed program is started: its console script, else ``python -m desktop``."""
    folder = Path(sys.executable).parent
    for name in ("tilannekuva", "tilannekuva.exe"):
        script = folder / name
        if script.is_file():
            # Run as the shell runs it: its first line (or the launcher) names this interpreter.
            return [str(script)]
    return [sys.executable, "-m", "desktop"]


def _after_use(folder: Path, started: list[str], env: dict[str, str]) -> Path:
    """A data folder as the demo leaves it: two rounds answered and submitted (their signed
    packages kept), a round added from a signed round package, keys and backups."""
    root = folder / "after-use"
    subprocess.run([*started, "--data-dir", str(root), "demo"], capture_output=True, env=env)
    return root


def _measure(
    cases: dict[str, list[str]], env: dict[str, str], repeat: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    for command in cases.values():  # bytecode, the day's backup, the schema check
        _sample(command, env)
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, command in cases.items():
            w, c = _sample(command, env)
            wall[name].append(w)
            cpu[name].append(c)
    for name in cases:
        print(f"{name:>24}: wall {spread(wall[name])}; CPU {spread(cpu[name])}")
    return wall, cpu


def _ratios(name: str, wall: dict[str, list[float]], cpu: dict[str, list[float]]) -> float:
    wall_ratio = statistics.median(wall[name]) / statistics.median(wall["baseline"])
    cpu_ratio = statistics.median(cpu[name]) / statistics.median(cpu["baseline"])
    print(f"  {name}: wall {wall_ratio:.2f} x, CPU {cpu_ratio:.2f} x the baseline")
    return wall_ratio


def run(quick: bool = False) -> list[Goal]:
    from desktop.commands.demo import DEMO_ROUND, fill_round
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.workbook import Workbook

    repeat = 7 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder) / "data")
        with Store.open(paths, backup=False) as store:
            store.save_profile(Profile("211"))
            fill_round(Workbook(store), DEMO_ROUND)
        env = dict(os.environ, TILANNEKUVA_LANG="fi")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: from compiled bytecode
        started = program()
        print(f"  started as: {' '.join(started)}")
        ours = [*started, "--data-dir", str(paths.root)]
        baseline = [sys.executable, "-c", "import sqlite3, json"]
        cases = {
            "baseline": baseline,
            "rounds": [*ours, "rounds"],
            "show": [*ours, "show", DEMO_ROUND],
            "validate": [*ours, "validate", DEMO_ROUND],
        }
        print("A data folder holding the demo round's answers (the goals):")
        wall, cpu = _measure(cases, env, repeat)
        goals = []
        for name in ("rounds", "show", "validate"):
            goals.append(
                Goal(
                    f"tilannekuva {name} / python importing sqlite3, json (wall)",
                    _ratios(name, wall, cpu),
                    GOAL,
                )
            )
        used = [*started, "--data-dir", str(_after_use(Path(folder), started, env))]
        later = {
            "baseline": baseline,
            "rounds": [*used, "rounds"],
            "show (open round)": [*used, "show", "2022-3"],
            "validate (open round)": [*used, "validate", "2022-3"],
            "show (submitted round)": [*used, "show", DEMO_ROUND],
        }
        print(
            "For information, not a goal: a data folder after use, as the demo leaves it (two "
            "rounds submitted, one added from a round package). Showing a submitted round "
            "checks its kept package as verify does."
        )
        wall, cpu = _measure(later, env, repeat)
        for name in later:
            if name != "baseline":
                _ratios(name, wall, cpu)
    return goals


def main() -> None:
    for goal in run(quick="--quick" in sys.argv):
        print(goal)


if __name__ == "__main__":
    main()
