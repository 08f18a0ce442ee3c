"""Ctrl+C while collecting: the command says it was interrupted, in the user's language,
without a traceback from each worker process."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.received.generate import cached

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="Ctrl+C to a process group")


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


def _recorded(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM received").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_ctrl_c_while_collecting_says_interrupted_without_tracebacks(
    tmp_path: Path, generated: tuple[Path, dict[str, Any]]
) -> None:
    folder, expected = generated
    code = next(c for c, o in expected["municipalities"].items() if o["status"] == "counted")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(400):  # each copy is checked whole: time enough to interrupt
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / f"{number}.asice")
    data = tmp_path / "d"
    command = [sys.executable, "-m", "desktop", "--lang", "en", "--data-dir", str(data)]
    subprocess.run([*command, "trust", "import", str(folder / "trusted.csv")], check=True)
    process = subprocess.Popen(
        [*command, "collect", "2022-1", str(inbox), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while _recorded(data / "coordinator.sqlite") < 10 and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl+C in a terminal: every process of it
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().endswith("Interrupted.")
