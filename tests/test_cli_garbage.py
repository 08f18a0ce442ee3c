"""A command that only reads runs without the cyclic garbage collector, and ends without the
interpreter's teardown; the window and every other command run with the collector and exit as any
program does."""

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


def _run(tmp_path: Path, *argv: str, before: str = "") -> subprocess.CompletedProcess[str]:
    """The installed program's entry point run on ``argv``, reporting the collector at exit."""
    code = f"""
import atexit, gc
{before}
atexit.register(lambda: print("EXIT", gc.get_freeze_count() > 0, gc.isenabled(), flush=True))
from desktop.launch import run
run()
"""
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "data"), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TILANNEKUVA_LANG": "fi"},
    )


def _started(tmp_path: Path, *argv: str, before: str = "") -> list[str]:
    """How the installed program left the collector: (frozen, on) at exit, and as the run went."""
    done = _run(tmp_path, *argv, before=before)
    return [line for line in done.stdout.splitlines() if line.startswith(("EXIT", "WINDOW"))]


def test_a_reading_command_ends_without_the_teardown(tmp_path: Path) -> None:
    # No exit handler runs: the process ends as soon as its output is written.
    assert _started(tmp_path, "rounds") == []


def test_a_reading_command_ended_early_writes_all_it_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "--lang", "fi", "show", "2022-1"]) == 0
    printed = capsys.readouterr().out
    assert len(printed.splitlines()) > 50  # more than a pipe's first buffer holds at once
    done = _run(tmp_path, "show", "2022-1")
    assert (done.returncode, done.stdout, done.stderr) == (0, printed, "")


def test_a_reading_command_ended_early_keeps_its_exit_status(tmp_path: Path) -> None:
    done = _run(tmp_path, "validate", "2022-3")  # nothing answered: problems to fix
    assert done.returncode == 1
    assert "2022-3" in done.stdout


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


@pytest.mark.parametrize(
    ("lang", "said"), [("fi", "Keskeytetty"), ("sv", "Avbrutet"), ("en", "Interrupted")]
)
def test_an_interrupted_command_says_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: str,
) -> None:
    def interrupted(args: argparse.Namespace, context: Context) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(answers, "run_rounds", interrupted)
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", lang, "rounds"]) == 130
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_the_windowed_program_tells_a_failure_in_a_message_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The windowed program on Windows has no console: standard error is None.
    from desktop import cli

    shown: list[str] = []
    monkeypatch.setattr(cli, "message_box", shown.append)

    def broken(paths: object, lang: object, received: object = None) -> int:
        raise ImportError("DLL load failed while importing QtWidgets")

    monkeypatch.setattr(cli, "_open_window", broken)
    monkeypatch.setattr(cli, "has_display", lambda: True)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "sv"]) == 70
    assert len(shown) == 1 and "Programfel: ImportError" in shown[0]
