"""An added round that cannot be offered is told as such, in the user's language, wherever
it is named: by the commands that name it, and when a later round builds on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.rounds.library import Unavailable, build_package, catalog_for
from desktop.storage import Store
from tests.rounds_support import (
    add,
    coordinator_key,
    edit,
    folder_copy,
    forge_added,
    package_2023,
    trust,
)


def _forged(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    forge_added(paths.database)
    return paths


@pytest.mark.parametrize("command", [["show", "2023-1"], ["export", "2023-1", "--draft"]])
def test_a_command_naming_an_unavailable_round_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    paths = _forged(tmp_path)
    out = ["--out", str(tmp_path / "out")] if "export" in command else []
    assert main(["--data-dir", str(paths.root), "--lang", "sv", *command, *out]) == 2
    said = capsys.readouterr().err
    assert "Omgången 2023-1 är inte tillgänglig" in said and "finns inte" not in said, said


def _package_2023_2(tmp_path: Path, paths: DataPaths) -> bytes:
    folder = folder_copy(tmp_path)
    manifest = folder / "2023-1.json"

    def later(document: dict[str, object]) -> None:
        document.update(id="2023-2", previous="2023-1", opens="2023-09-01", closes="2023-10-01")
        document.pop("changes", None)

    edit(manifest, later)
    manifest.rename(folder / "2023-2.json")
    with Store.open(paths) as store:
        catalog = catalog_for(store)
    data, _ = build_package(folder, catalog, coordinator_key())
    return data


def test_a_round_built_on_an_unavailable_one_is_told_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    add(paths, _package_2023_2(tmp_path, paths))
    forge_added(paths.database, only="2023-1")
    with Store.open(paths) as store:
        catalog = catalog_for(store)
    told = {p.round_id: p.message("sv") for p in catalog.problems if isinstance(p, Unavailable)}
    assert set(told) == {"2023-1", "2023-2"}, catalog.problems
    assert "2023-1" in told["2023-2"] and "Omgången 2023-2 är inte tillgänglig" in told["2023-2"]
    assert main(["--data-dir", str(paths.root), "--lang", "sv", "rounds"]) == 0
    said = capsys.readouterr()
    assert "previous round" not in said.out + said.err and "2023-2" in said.out + said.err
