"""One durable edit through the storage layer against one raw sqlite3 commit; full validation.

Both writers use the same file system and the same pragmas (WAL,
synchronous=FULL), measured in the same run, so the ratio is what the
storage layer adds. Targets: edit/raw ≤ 2, validation of a filled round < 5 ms.

    python benchmarks/core_storage_validation.py
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from desktop.paths import DataPaths, resources_dir
from desktop.storage import Store
from desktop.storage.connection import apply_pragmas
from desktop.survey import shipped_catalog, validate_round

ROUNDS = 400


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def raw_commit(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    apply_pragmas(conn)
    conn.execute("CREATE TABLE answers (k TEXT PRIMARY KEY, v TEXT)")
    samples = []
    for i in range(ROUNDS):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (f"k{i % 20}", str(i)))
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def store_edit(folder: Path) -> list[float]:
    samples = []
    with Store.open(DataPaths(folder / "store"), backup=False) as store:
        for i in range(ROUNDS):
            start = time.perf_counter()
            store.set_answer("2022-1", f"/premises/field_{i % 20}", i, actor="bench")
            samples.append(time.perf_counter() - start)
    return samples


def validation() -> list[float]:
    data = json.loads((resources_dir() / "demo" / "answers-2022-1.json").read_text("utf-8"))
    answers = data["answers"]
    answers["background"]["municipality"] = data["municipality"]
    rnd = shipped_catalog().round("2022-1")
    assert validate_round(rnd, answers) == [], "the demo round must be complete"
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        validate_round(rnd, answers)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Interleave so that both see the same disk weather.
        raw, edit = [], []
        for _ in range(3):
            raw += raw_commit(folder)
            edit += store_edit(folder)
            (folder / "raw.sqlite").unlink()
            for extra in folder.glob("raw.sqlite-*"):
                extra.unlink()
    raw_ms, edit_ms = _median_ms(raw), _median_ms(edit)
    ratio = edit_ms / raw_ms
    check_ms = _median_ms(validation())
    print(f"raw sqlite3 commit (WAL, synchronous=FULL): {raw_ms:.3f} ms")
    print(f"durable edit through Store.set_answer:      {edit_ms:.3f} ms")
    print(
        f"ratio edit / raw commit: {ratio:.2f}  (target <= 2)  {'OK' if ratio <= 2 else 'MISSED'}"
    )
    print(
        f"full validation of a filled round 2022-1:   {check_ms:.3f} ms  (target < 5 ms)  "
        f"{'OK' if check_ms < 5 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
