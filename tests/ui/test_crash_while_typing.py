"""The application killed while the user types keeps every answer it showed as saved."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.jsonvalue import JSONValue
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.workbook import Workbook
from tests.conftest import REPO


def start_typist(paths: DataPaths) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typist", str(paths.root)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_answer_shown_as_saved_survives_a_kill(tmp_path: Path, seed: int) -> None:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    kill_after = random.Random(seed).randint(1, 8)  # how many "saved" the user sees first

    process = start_typist(paths)
    assert process.stdout is not None
    lines: list[str] = []
    shown = 0
    try:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("SHOWN "):
                shown += 1
                if shown == kill_after:
                    process.send_signal(signal.SIGKILL)  # right after the user saw "saved"
                    break
            if line.startswith("DONE "):
                break
    finally:
        if process.poll() is None:
            process.kill()
        rest, errors = process.communicate(timeout=30)
    lines.extend(rest.splitlines(keepends=True))
    assert shown == kill_after, f"the typist stopped early:\n{''.join(lines)}\n{errors}"
    assert process.returncode == -signal.SIGKILL

    # What the user was shown as saved: every commit printed before the kill.
    committed: dict[tuple[str, str], JSONValue] = {}
    for line in lines:
        if line.startswith("COMMIT "):
            round_id, pointer, value = json.loads(line.removeprefix("COMMIT "))
            committed[(round_id, pointer)] = value
    assert committed
    # The table cell typed first was saved while its editor was still open.
    assert any(pointer == "/premises/premises/0/building" for _round, pointer in committed)

    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with Store.open(paths) as store:
        workbook = Workbook(store)
        for (round_id, pointer), value in committed.items():
            stored = workbook.stored(round_id, pointer)
            if isinstance(value, dict):  # a table row added: its cells are typed after
                assert isinstance(stored, dict), pointer
                continue
            # Typing only adds letters, so a later commit the kill cut short of printing
            # may have stored more of the text; never less.
            assert isinstance(stored, str) and isinstance(value, str), pointer
            assert stored.startswith(value), (pointer, stored, value)
        audited = {(e.round_id, e.pointer) for e in store.audit_log()}
        assert set(committed) <= audited


@pytest.mark.slow
def test_a_polite_stop_saves_what_was_being_typed(tmp_path: Path) -> None:
    """SIGTERM (a logout, a shutdown) closes the window, which saves the edit in progress."""
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    process = start_typist(paths)
    assert process.stdout is not None
    lines: list[str] = []
    shown = 0
    try:
        for line in process.stdout:
            lines.append(line)
            shown += line.startswith("SHOWN ")
            # Mid-word: typed, not yet saved (the save waits for a pause).
            if shown >= 2 and line.startswith("TYPED "):
                process.send_signal(signal.SIGTERM)
                break
    finally:
        rest, errors = process.communicate(timeout=30)
    lines.extend(rest.splitlines(keepends=True))
    assert process.returncode == 0, errors
    typed: dict[str, str] = {}
    for line in lines:
        if line.startswith("TYPED "):
            pointer, text = json.loads(line.removeprefix("TYPED "))
            typed[pointer] = text
    with Store.open(paths) as store:
        workbook = Workbook(store)
        round_id = next(
            json.loads(line.removeprefix("COMMIT "))[0]
            for line in lines
            if line.startswith("COMMIT ")
        )
        for pointer, text in typed.items():
            assert workbook.stored(round_id, pointer) == text.strip(), pointer
