"""The command line's reading commands work while the window holds the data folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from desktop import cli
from desktop.paths import DataPaths
from tests.environment import file_digest


@pytest.fixture
def held(data_paths: DataPaths) -> Iterator[None]:
    """Another process holds the folder's lock and has just written answers, as the window does."""
    holder = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from desktop.paths import DataPaths
        from desktop.storage import Profile, Store
        store = Store.open(DataPaths(Path({str(data_paths.root)!r})))
        store.save_profile(Profile("211"))
        store.set_answer("2022-1", "/premises/lease_status", "under_negotiation")
        print("holding", flush=True)
        sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        yield
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("rounds",), "2022-1"),
        (("show", "2022-1", "premises"), "Neuvotteluvaiheessa"),
        (("validate", "2022-1"), "/premises"),
        (("history", "2022-1"), "/premises/lease_status"),
        (("submissions", "2022-1"), ""),
    ],
)
def test_reading_commands_work_while_another_program_writes(
    data_paths: DataPaths,
    held: None,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    expected: str,
) -> None:
    code = cli.main(["--data-dir", str(data_paths.root), *args])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert expected in out
    assert "käynnissä" not in err


def test_writing_commands_still_wait_for_the_lock(
    data_paths: DataPaths, held: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(data_paths.database)
    code = cli.main(["--data-dir", str(data_paths.root), "set", "2022-1", "/premises/notes", "x"])
    assert code == 2 and "on jo käynnissä" in capsys.readouterr().err
    assert file_digest(data_paths.database) == before
