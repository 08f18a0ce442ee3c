"""One cell edit in tables of 10, 100, 1 000 and 10 000 rows, against a raw SQLite commit.

Each sample is one durable edit of one cell through the workbook (the path
of every edit: resolve the pointer, check the value, write it and its audit
entry in one transaction, commit with ``synchronous=FULL``), at a random row.
The baseline is a raw ``sqlite3`` commit of one small row with the same
settings (a WAL database opened and set up as the store's, an immediate
transaction, ``synchronous=FULL``).

Like is compared with like: the raw commit and the edits at each size take
turns, sample by sample in a shuffled order, so that a busy moment of a
shared machine falls on all of them alike; and every database starts with its
write-ahead log checkpointed, so that no edit pays for writing out the rows
the table was filled with. Times are medians of the samples, the clock's
(the goal) and the processor's (user and kernel, for information). Bytes
written are what the process handed to ``write()`` per edit (WAL frames, from
/proc/self/io; Linux only). Goals: the edit at 1 000 rows within 1.5 × the
edit at 10 rows, and ≤ 2 × the raw commit.

    python benchmarks/storage_edit.py [--quick]
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from limits import table_rows
from report_goals import Goal, spread

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.connection import apply_pragmas, connect
from desktop.workbook import Workbook

ROUND_ID, SECTION, TABLE = "2022-3", "premises", "premises"
SIZES = (10, 100, 1000, 10000)


def _written() -> int | None:
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return None


class Samples:
    """The clock's and the processor's seconds of each sample, and the bytes written."""

    def __init__(self) -> None:
        self.clock: list[float] = []
        self.processor: list[float] = []
        self.written: int | None = 0

    def take(self, work: Callable[[], object]) -> None:
        before = _written()
        processor = time.process_time()
        start = time.perf_counter()
        work()
        self.clock.append(time.perf_counter() - start)
        self.processor.append(time.process_time() - processor)
        after = _written()
        if self.written is not None and before is not None and after is not None:
            self.written += after - before
        else:
            self.written = None

    def per_sample_written(self) -> float | None:
        return None if self.written is None else self.written / len(self.clock)


def raw_commit(root: Path, edits: int) -> tuple[sqlite3.Connection, Callable[[int], object]]:
    """A connection set up as the store's, and a commit of one small row in it."""
    conn = connect(root / "raw.sqlite")
    apply_pragmas(conn)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '0')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    values = [str(n) for n in range(edits)]  # made before the clock runs, as the edits' are

    def commit(n: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET value = ? WHERE id = 1", (values[n],))
        conn.execute("COMMIT")

    return conn, commit


def cell_edits(
    root: Path, rows: int, edits: int
) -> tuple[Store, Workbook, Callable[[int], object]]:
    """A store whose table has ``rows`` rows, and an edit of one cell at a random row."""
    rng = random.Random(rows)
    pointers = [f"/{SECTION}/{TABLE}/{rng.randrange(rows)}/floor_area" for _ in range(edits)]
    values = [1000.0 + n + 0.5 for n in range(edits)]
    store = Store.open(DataPaths(root / f"data-{rows}"), backup=False)
    store.save_profile(Profile("211"))
    workbook = Workbook(store)
    field = workbook.round(ROUND_ID).section(SECTION).field(TABLE)  # type: ignore[union-attr]
    assert field is not None
    workbook.set_json(ROUND_ID, f"/{SECTION}/{TABLE}", table_rows(field, rows))  # type: ignore[arg-type]
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def edit(n: int) -> None:
        workbook.set_json(ROUND_ID, pointers[n], values[n])

    return store, workbook, edit


def _peak_kib(workbook: Workbook) -> float:
    tracemalloc.start()
    workbook.set_json(ROUND_ID, f"/{SECTION}/{TABLE}/0/floor_area", 1.25)
    peak = tracemalloc.get_traced_memory()[1] / 1024
    tracemalloc.stop()
    return peak


def run(quick: bool = False) -> list[Goal]:
    edits = 100 if quick else 300
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        raw_conn, commit = raw_commit(root, edits)
        opened = {rows: cell_edits(root, rows, edits) for rows in SIZES}
        try:
            work: dict[str, Callable[[int], object]] = {"raw": commit}
            work.update({str(rows): edit for rows, (_, _, edit) in opened.items()})
            samples = {name: Samples() for name in work}
            order = list(work)
            shuffle = random.Random(0).shuffle
            for n in range(edits):
                shuffle(order)
                for name in order:
                    samples[name].take(lambda: work[name](n))  # noqa: B023 (called at once)
            peaks = {rows: _peak_kib(workbook) for rows, (_, workbook, _) in opened.items()}
        finally:
            raw_conn.close()
            for store, _, _ in opened.values():
                store.close()
    raw = samples["raw"]
    raw_processor = statistics.median(raw.processor)
    print(
        f"raw sqlite3 commit of one small row: {spread(raw.clock)}; "
        f"processor {raw_processor * 1000:.3f} ms; {_bytes(raw)} per commit"
    )
    medians: dict[int, float] = {}
    processor: dict[int, float] = {}
    for rows in SIZES:
        taken = samples[str(rows)]
        medians[rows] = statistics.median(taken.clock)
        processor[rows] = statistics.median(taken.processor)
        print(
            f"  cell edit at {rows:>6} rows: {spread(taken.clock)}; {_bytes(taken)} per edit; "
            f"peak {peaks[rows]:.0f} KiB allocated; processor {processor[rows] * 1000:.3f} ms"
        )
    # The processor's time (with the kernel's share) is steadier than the clock on a busy
    # machine; the goal is the clock's.
    print(
        "processor time of the cell edit at 1 000 rows / of the raw commit "
        f"(for information): {processor[1000] / raw_processor:.2f}"
    )
    raw_median = statistics.median(raw.clock)
    return [
        Goal("cell edit at 1 000 rows / at 10 rows", medians[1000] / medians[10], 1.5),
        Goal("cell edit at 1 000 rows / raw sqlite3 commit", medians[1000] / raw_median, 2.0),
        Goal(
            "cell edit at 10 000 rows / at 10 rows (for information)",
            medians[10000] / medians[10],
            1.5,
        ),
    ]


def _bytes(samples: Samples) -> str:
    written = samples.per_sample_written()
    return "bytes n/a" if written is None else f"{written / 1024:.1f} KiB written"


def main() -> None:
    for goal in run(quick="--quick" in sys.argv):
        print(goal)


if __name__ == "__main__":
    main()
