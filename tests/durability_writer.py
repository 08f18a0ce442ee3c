"""A writer for the durability test: edits answers and reports each one acknowledged.

Run as ``python -m tests.durability_writer DATA_DIR START``; prints ``ack N``
after edit N returned (that is, was committed), forever, until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.paths import DataPaths
from desktop.storage import Store


def main() -> None:
    root, start = Path(sys.argv[1]), int(sys.argv[2])
    store = Store.open(DataPaths(root), backup=False)
    print("ready", flush=True)
    rows = store.get_answer("2022-1", "/durability/rows")
    next_row = len(rows) if isinstance(rows, list) else 0
    number = start
    while True:
        # Alternate plain fields and table cells, as a user's edits do.
        if number % 2:
            store.set_answer("2022-1", f"/durability/field_{number}", number, actor="writer")
        else:
            store.set_answer("2022-1", f"/durability/rows/{next_row}/n", number, actor="writer")
            next_row += 1
        print(f"ack {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
