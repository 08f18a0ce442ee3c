"""An acknowledged edit survives the writer being killed at any moment."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage import Store

KILLS = 100
REPO = Path(__file__).resolve().parent.parent


def _run_and_kill(root: Path, start: int, rng: random.Random) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.durability_writer", str(root), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    acked: list[int] = []
    assert proc.stdout.readline().strip() == "ready"

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ack "):
                acked.append(int(line[4:]))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(rng.uniform(0.0, 0.05))
    proc.kill()  # SIGKILL: no cleanup, no checkpoint, no close
    proc.wait()
    reader.join(timeout=5)
    return acked


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    rng = random.Random(20220215)
    root = tmp_path / "data"
    next_number = 1
    all_acked: list[int] = []
    for _ in range(KILLS):
        acked = _run_and_kill(root, next_number, rng)
        all_acked.extend(acked)
        next_number = (max(acked) if acked else next_number) + 1_000  # fresh numbers each run
    assert len(all_acked) > KILLS, "the writer should acknowledge edits between kills"

    conn = sqlite3.connect(root / "tilannekuva.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(DataPaths(root), backup=False) as store:
        answers = store.round_answers("2022-1")["durability"]
    rows = answers.get("rows", [])
    for number in all_acked:
        if number % 2:
            assert answers.get(f"field_{number}") == number, f"edit {number} was lost"
        else:
            assert any(isinstance(r, dict) and r.get("n") == number for r in rows), (
                f"row edit {number} was lost"
            )
