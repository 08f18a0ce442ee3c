"""A command that writes waits a moment for another command holding the data folder, and
told to wait no longer, it says that a window or a command holds it (not only a window)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.storage import Profile, Store

HOLD = """
import sys, time
from pathlib import Path
from desktop.paths import DataPaths
from desktop.storage.lock import InstanceLock
with InstanceLock(DataPaths(Path(sys.argv[1])).lock):
    print("HELD", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holding(root: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(root), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    return holder


def _folder(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211"))
    return paths


def test_a_command_waits_for_one_that_finishes(tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    holder = _holding(paths.root, 1.0)
    started = time.monotonic()
    args = ["--data-dir", str(paths.root), "set", "2022-1", "/premises/lease_status", "signed"]
    assert main(args) == 0
    assert time.monotonic() - started >= 0.5  # it waited for the other, then wrote
    holder.wait(timeout=30)
    with Store.open_for_reading(paths) as store:
        assert store.get_answer("2022-1", "/premises/lease_status") == "signed"


def test_told_to_wait_no_longer_it_names_a_window_or_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage import lock

    paths = _folder(tmp_path)
    monkeypatch.setattr(lock, "COMMAND_PATIENCE", 0.3)
    holder = _holding(paths.root, 20.0)
    try:
        args = ["--data-dir", str(paths.root), "--lang", "en", "set", "2022-1"]
        assert main([*args, "/premises/lease_status", "signed"]) == 2
    finally:
        holder.kill()
        holder.wait()
    said = capsys.readouterr().err
    assert "command" in said and "window" in said, said
