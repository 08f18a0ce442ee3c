"""A command that only reads runs without the cyclic garbage collector, and skips its last pass at
exit; the window and every other command run with it."""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import answers
from desktop.commands.context import Context


@pytest.mark.parametrize(
    ("argv", "handler", "collecting"),
    [
        (["rounds"], "run_rounds", False),
        (["validate", "2022-1"], "run_validate", False),
        (["set", "2022-1", "/background/respondent_name", "Anna"], "run_set", True),
    ],
)
def test_only_a_reading_command_runs_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], handler: str, collecting: bool
) -> None:
    seen: list[bool] = []

    def recorded(args: argparse.Namespace, context: Context) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(answers, handler, recorded)
    assert gc.isenabled()
    assert main(["--data-dir", str(tmp_path / "data"), *argv]) == 0
    assert seen == [collecting]
    assert gc.isenabled()  # as it was once the command is done


def test_it_stays_off_where_it_was_off(tmp_path: Path) -> None:
    gc.disable()
    try:
        main(["--data-dir", str(tmp_path / "data"), "rounds"])
        assert not gc.isenabled()
    finally:
        gc.enable()


def _started(tmp_path: Path, *argv: str, before: str = "") -> list[str]:
    """How the installed program left the collector: (frozen, on) at exit, and as the run went."""
    code = f"""
import atexit, gc
{before}
atexit.register(lambda: print("EXIT", gc.get_freeze_count() > 0, gc.isenabled(), flush=True))
from desktop.launch import run
run()
"""
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "data"), *argv],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return [line for line in done.stdout.splitlines() if line.startswith(("EXIT", "WINDOW"))]


def test_a_reading_command_skips_the_last_pass_at_exit(tmp_path: Path) -> None:
    assert _started(tmp_path, "rounds") == ["EXIT True False"]


def test_a_writing_command_exits_as_any_program(tmp_path: Path) -> None:
    said = _started(tmp_path, "profile", "--municipality", "211")
    assert said == ["EXIT False True"]


def test_the_window_runs_with_the_collector(tmp_path: Path) -> None:
    # The window is replaced by one that tells whether the collector is on.
    before = """
import desktop.ui.shell.app as app
app.run = lambda paths, lang, received=None: print("WINDOW", gc.isenabled(), flush=True) or 0
"""
    assert _started(tmp_path, before=before) == ["WINDOW True", "EXIT False True"]
