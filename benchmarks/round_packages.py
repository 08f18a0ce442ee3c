"""Rounds added from packages: what reading them costs at every start, and adding one.

Target: reading the catalog with the 2023-1 round added (its package read
from the database and every definition check run again) costs at most
50 ms more than the shipped catalog alone, so a start with an added round
stays within the start-up floor. The baseline, measured in the same run, is
loading the shipped schemas from their files with every check
(``load_catalog``), which is what an added round's checks repeat for its own
files. Adding a package (container, CAdES signature, every check, one
write) is timed too; it runs once per round, off the window's thread.

    python benchmarks/round_packages.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from desktop.paths import DataPaths, resources_dir
from desktop.rounds.library import _with_added, add_package, build_package
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Store
from desktop.storage.round_packages import round_packages
from desktop.survey import load_catalog, shipped_catalog

REPEATS = 20


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    key = create_key(Organisation("Kuntaliitto", "Helsinki"))
    data, _ = build_package(resources_dir() / "rounds" / "2023-1", shipped_catalog(), key)
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        paths.root.mkdir(exist_ok=True)
        (paths.root / "round-signers.txt").write_text(key.fingerprint + "\n", "utf-8")
        with Store.open(paths, backup=False) as store:
            started = time.perf_counter()
            add_package(store, data, paths)
            adding = time.perf_counter() - started
            stored = round_packages(store)
        baseline, added = [], []
        for _ in range(REPEATS):
            started = time.perf_counter()
            load_catalog()
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            catalog = _with_added(shipped_catalog(), stored)
            added.append(time.perf_counter() - started)
            assert "2023-1" in catalog.rounds
    base, extra = _median_ms(baseline), _median_ms(added)
    print(f"shipped catalog, every check (baseline): {base:7.1f} ms")
    print(f"the added 2023-1 round read and checked:  {extra:7.1f} ms  ratio {extra / base:.2f}")
    print(f"adding the package once (signature too):  {adding * 1000:7.1f} ms")
    print(f"target: the added round costs <= 50 ms: {'met' if extra <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
