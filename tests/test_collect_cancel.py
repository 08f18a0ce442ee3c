"""Stopping a collect part way (the window's Cancel): the files recorded so far stay
recorded, and the worker processes are gone as soon as the collect has stopped."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.collect.collecting import collect
from desktop.collect.records import Records
from tests.fixtures.received.generate import cached


class Stop(Exception):
    pass


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


def test_a_collect_stopped_by_its_progress_leaves_no_worker_running(
    tmp_path: Path, generated: tuple[Path, dict[str, Any]], capfd: pytest.CaptureFixture[str]
) -> None:
    folder, expected = generated
    code = next(c for c, o in expected["municipalities"].items() if o["status"] == "counted")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(40):
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / f"{number}.asice")

    def progress(done: int, total: int) -> None:
        if done >= 5:
            raise Stop

    with Records.open(tmp_path / "c.sqlite") as records:
        kept: list[BaseException] = []  # held as the window holds it until it is shown
        try:
            collect(records, "2022-1", [inbox], progress=progress, workers=2)
        except Stop as stopped:
            kept.append(stopped)
        assert kept
        assert multiprocessing.active_children() == []
        assert 5 <= len(records.received("2022-1")) < 40
    assert "Traceback" not in capfd.readouterr().err
