"""Export at the survey's limits, as the official runs it and as the rows grow.

1. Whole processes, in the same run: ``tilannekuva export`` of the demo round
   (2022-1 with the demo answers), and of round 2022-3 with every table at its
   ``maxItems`` (the five tables, 1 000 rows each). Each is a complete export
   (validate, report, signatures, package, submission); the round is reopened
   with ``tilannekuva correct`` between samples, and one answer changed (a
   correction with nothing changed is refused), outside the timing.
   Goal: the limits ≤ 8 × the demo round.
2. Growth: one table of 10, 100, 1 000 and 10 000 rows (a copy of the schemas
   with the limit raised, for this benchmark only), a draft export in a
   process of its own per sample; the time of the export and the process's
   peak memory. Goal: 10 000 rows ≤ 12 × 1 000 rows.

Medians of several samples; min–max shown beside.

    python benchmarks/export_limits.py [--quick]
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from limits import at_limits, demo_answers, raised_catalog, table_rows
from report_goals import Goal, spread

DEMO_ROUND = "2022-1"
LIMITS_ROUND = "2022-3"
SIZES = (10, 100, 1000, 10000)
PASSPHRASE = "vertailu-tunnuslause"
GROWTH_TABLE = ("premises", "premises")


CPU: list[float] = []  # the CPU time of each timed process, beside its wall-clock time


def _cli(data: Path, *args: str, stdin: str | None = None) -> float:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data), *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False, input=stdin, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def _prepare(root: Path, round_id: str, limits: bool) -> Path:
    from desktop.commands.demo import DEMO_ACTOR
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.survey import shipped_catalog
    from desktop.workbook import Workbook

    data = root / f"data-{round_id}"
    code, answers = demo_answers(round_id)
    if limits:
        answers = at_limits(shipped_catalog().round(round_id), answers)
    with Store.open(DataPaths(data), backup=False) as store:
        store.save_profile(Profile(code, "Anna Mäkelä", "Talousjohtaja", "anna@example.fi"))
        workbook = Workbook(store)
        for section_id, fields in answers.items():
            for key, value in fields.items():
                if section_id == "background" and key == "municipality":
                    continue
                workbook.set_json(round_id, f"/{section_id}/{key}", value, actor=DEMO_ACTOR)
    (root / "passphrase").write_text(PASSPHRASE, "utf-8")
    _cli(data, "key", "create", "--passphrase-file", str(root / "passphrase"))
    return data


def export_samples(
    root: Path, round_id: str, limits: bool, runs: int
) -> tuple[list[float], list[float]]:
    """(wall seconds, CPU seconds) of each whole-process export."""
    data = _prepare(root, round_id, limits)
    out = root / f"out-{round_id}"
    samples, cpu = [], []
    for _ in range(runs):
        samples.append(
            _cli(
                data,
                "export",
                round_id,
                "--out",
                str(out),
                "--passphrase-file",
                str(root / "passphrase"),
                "--yes",  # the shipped rounds have closed: submit without asking
            )
        )
        cpu.append(CPU[-1])
        _cli(data, "correct", round_id)
        # A correction with nothing changed is refused: each sample sends one changed answer.
        _cli(data, "set", round_id, "/background/respondent_title", f"Talousjohtaja {len(cpu)}")
    return samples, cpu


def growth_child(rows: int) -> None:
    """In a process of its own: a draft export with one table of ``rows`` rows."""
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.submission.service import Submissions
    from desktop.workbook import Workbook

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        catalog = raised_catalog(root / "schemas", max(SIZES))
        code, answers = demo_answers(LIMITS_ROUND)
        section_id, key = GROWTH_TABLE
        field = catalog.round(LIMITS_ROUND).section(section_id).field(key)  # type: ignore[union-attr]
        assert field is not None
        answers[section_id][key] = table_rows(field, rows)
        with Store.open(DataPaths(root / "data"), backup=False) as store:
            store.save_profile(Profile(code, "Anna Mäkelä"))
            workbook = Workbook(store, catalog)
            for sid, fields in answers.items():
                for name, value in fields.items():
                    if (sid, name) != ("background", "municipality"):
                        workbook.set_json(LIMITS_ROUND, f"/{sid}/{name}", value)
            start = time.perf_counter()
            Submissions(workbook).export(
                LIMITS_ROUND, root / "out", key=None, lang="fi", draft=True
            )
            elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "peak_mib": peak_kib / 1024}))


def growth(rows: int, runs: int) -> tuple[list[float], list[float]]:
    seconds, peaks = [], []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(rows)],
            capture_output=True,
            check=True,
            text=True,
        )
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        seconds.append(figures["seconds"])
        peaks.append(figures["peak_mib"])
    return seconds, peaks


def run(quick: bool = False) -> list[Goal]:
    goals = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        demo, demo_cpu = export_samples(
            root / "demo", DEMO_ROUND, limits=False, runs=3 if quick else 5
        )
        full, full_cpu = export_samples(root / "limits", LIMITS_ROUND, limits=True, runs=3)
    print(
        f"export {DEMO_ROUND} (demo answers), whole process: {spread(demo)}; CPU {spread(demo_cpu)}"
    )
    print(
        f"export {LIMITS_ROUND}, every table at maxItems, whole process: {spread(full)}; "
        f"CPU {spread(full_cpu)}"
    )
    cpu_ratio = statistics.median(full_cpu) / statistics.median(demo_cpu)
    print(f"  CPU time ratio {cpu_ratio:.2f}")
    ratio = statistics.median(full) / statistics.median(demo)
    goals.append(Goal("export of 2022-3 at the limits / demo round export", ratio, 8.0))

    print("growth: one table, draft export in-process time and the process's peak memory")
    medians: dict[int, float] = {}
    for rows in SIZES:
        runs = 1 if quick and rows == max(SIZES) else 3
        seconds, peaks = growth(rows, runs)
        medians[rows] = statistics.median(seconds)
        print(
            f"  {rows:>6} rows: {spread(seconds)}; peak memory {statistics.median(peaks):.0f} MiB"
        )
    goals.append(Goal("export of 10 000 rows / 1 000 rows", medians[10000] / medians[1000], 12.0))
    return goals


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        growth_child(int(sys.argv[2]))
        return
    for goal in run(quick="--quick" in sys.argv):
        print(goal)


if __name__ == "__main__":
    main()
