"""Shared fixtures: every test gets its own data directory and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt, so the tests run the same with or without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.paths import ENV_DATA_DIR, DataPaths
from desktop.storage import Store

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data directory."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "user-data"))
    monkeypatch.delenv("TILANNEKUVA_LANG", raising=False)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    with Store.open(data_paths) as opened:
        yield opened


# The command line's export, key and verify tests' fixtures, shared by their modules.
from tests.exported_round import organisation_key, ready, run  # noqa: E402, F401
