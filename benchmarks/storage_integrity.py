"""What a full ``PRAGMA integrity_check`` costs at start, against ``quick_check`` and the open.

``quick_check`` misses an index that no longer matches its table;
``integrity_check`` finds it but also compares every index entry with its
row. Measured on an ordinary database (the demo round filled, checked,
signed and submitted) and on a large one (every table of two rounds with
1 000 rows, and ten submissions kept), in the same run. Start-up runs the
full check when the quick one, times ``FULL_CHECK_FACTOR``, stays under
``START_BUDGET_MS``; the ratio printed here is what that factor rests on.

    python benchmarks/storage_integrity.py
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.storage.connection import FULL_CHECK_FACTOR, START_BUDGET_MS

REPEAT = 15


def _median_ms(action: object, repeat: int = REPEAT) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def ordinary(root: Path) -> DataPaths:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["--data-dir", str(root), "demo"]) == 0
    return DataPaths(root)


def large(root: Path) -> DataPaths:
    paths = ordinary(root)
    with Store.open(paths, backup=False) as store:
        package, report = store.submission_files("2022-1", 1)
        for number in range(2, 11):
            store.start_correction("2022-1")
            store.record_submission(
                "2022-1",
                package_name=f"copy-{number}.asice",
                package=package,
                report=report,
                signer_fingerprint="bench",
            )
        catalog_rounds = ("2022-1", "2022-2")
        from desktop.survey import Kind, shipped_catalog

        catalog = shipped_catalog()
        for round_id in catalog_rounds:
            store.start_correction(round_id)
            for section in catalog.round(round_id).sections:
                for field in section.fields:
                    if field.kind is Kind.TABLE:
                        rows = [
                            {c.key: f"rivi {i} {c.key}" for c in field.columns} for i in range(1000)
                        ]
                        store.set_answer(round_id, f"/{section.id}/{field.key}", rows)  # type: ignore[arg-type]
    return paths


def measure(paths: DataPaths) -> dict[str, float]:
    conn = sqlite3.connect(paths.database)
    try:
        quick = _median_ms(lambda: conn.execute("PRAGMA quick_check").fetchall())
        full = _median_ms(lambda: conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()

    def open_close() -> None:
        Store.open(paths, backup=False).close()

    opening = _median_ms(open_close)
    size = paths.database.stat().st_size / 1e6
    return {"size_mb": size, "quick": quick, "full": full, "open": opening}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {
            "ordinary": measure(ordinary(Path(tmp) / "ordinary")),
            "large": measure(large(Path(tmp) / "large")),
        }
    for name, r in results.items():
        print(
            f"{name:9} {r['size_mb']:6.2f} MB  quick_check {r['quick']:6.2f} ms  "
            f"integrity_check {r['full']:6.2f} ms  open {r['open']:6.2f} ms  "
            f"integrity/quick {r['full'] / r['quick']:4.1f}x  integrity/open {r['full'] / r['open']:4.2f}x"
        )
    for name, r in results.items():
        at_start = r["quick"] * FULL_CHECK_FACTOR <= START_BUDGET_MS
        where = "at start" if at_start else "with the daily backup"
        print(f"{name}: the full check runs {where} (budget {START_BUDGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
