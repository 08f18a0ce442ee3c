"""An added round whose definition passed its checks is not checked again at every start.

As the shipped schemas are remembered in the data folder's cache once they
pass (``load_catalog``), so is an added round's definition: by the program's
version and the digests of the packages added up to it. The next start
builds the round without reading all of it against the meta schemas.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.rounds import library
from desktop.storage import Store
from desktop.storage.round_packages import round_packages
from desktop.storage.stored_round import StoredRoundPackage
from desktop.survey import loader, shipped_catalog
from tests.rounds_support import ROUND_FOLDER, add, edit, files_of, package_2023, signed, trust


def _stored(paths: DataPaths) -> tuple[StoredRoundPackage, ...]:
    with Store.open(paths) as store:
        return tuple(round_packages(store))


def _remembered(paths: DataPaths) -> list[str]:
    return sorted(p.name for p in paths.schema_checks.glob("round-definition-*"))


@pytest.fixture
def checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "checks"
    monkeypatch.setattr(loader, "_checks_folder", [folder])
    return folder


def test_a_restart_lists_the_added_round_without_loading_the_schema_checker(
    tmp_path: Path,
) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    code = f"""
import contextlib, io, sys
from desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()) as said:
    assert main(["--data-dir", {str(paths.root)!r}, "rounds"]) == 0
print("2023-1" in said.getvalue(), *sorted(m for m in sys.modules if m in
      ("jsonschema_rs", "dataclasses", "hashlib", "zipfile", "typing")))
"""

    def started() -> str:
        run = [sys.executable, "-c", code]
        return subprocess.run(run, capture_output=True, text=True, check=True).stdout.strip()

    # The first start checks the round and remembers it; the next one only builds it.
    assert started().startswith("True")
    assert len(_remembered(paths)) == 1
    assert started() == "True"


def test_the_round_built_from_memory_is_the_round_checked(tmp_path: Path, checks: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    stored = _stored(paths)
    checked = library._with_added(shipped_catalog(), stored)
    assert [p.name[:17] for p in checks.iterdir()] == ["round-definition-"]
    remembered = library._with_added(shipped_catalog(), stored)
    first, again = checked.round("2023-1"), remembered.round("2023-1")
    assert first == again
    assert [s.schema for s in first.sections] == [s.schema for s in again.sections]
    assert [s.fields for s in first.sections] == [s.fields for s in again.sections]
    assert [s.rules for s in first.sections] == [s.rules for s in again.sections]
    assert checked.round_ids() == remembered.round_ids()
    assert dict(checked.files) == dict(remembered.files)
    assert not checked.problems and not remembered.problems


def _without_swedish_title(tmp_path: Path) -> bytes:
    import shutil

    folder = tmp_path / "2023-1"
    shutil.copytree(ROUND_FOLDER, folder)
    edit(folder / "2023-1.json", lambda manifest: manifest["title"].pop("sv"))
    return signed(files_of(folder) | {"2023-1.json": (folder / "2023-1.json").read_bytes()})


def test_what_is_remembered_of_one_package_is_not_taken_for_another(
    tmp_path: Path, checks: Path
) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    good = _stored(paths)
    library._with_added(shipped_catalog(), good)  # remembered
    # Other bytes under the same round and recorded digest: checked all the way.
    other = good[0].replace(package=_without_swedish_title(tmp_path))
    catalog = library._with_added(shipped_catalog(), (other,))
    assert "2023-1" not in catalog.round_ids()
    assert any("sv" in str(problem) for problem in catalog.problems), catalog.problems


def test_another_version_of_the_program_checks_the_round_again(
    tmp_path: Path, checks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop

    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    stored = _stored(paths)
    library._with_added(shipped_catalog(), stored)
    before = sorted(p.name for p in checks.iterdir())
    monkeypatch.setattr(desktop, "__version__", "99.0")
    library._with_added(shipped_catalog(), stored)
    after = sorted(p.name for p in checks.iterdir())
    assert len(after) == len(before) + 1


def test_a_memo_that_is_no_small_file_is_not_read(tmp_path: Path) -> None:
    """A FIFO, a folder or a large file in place of a remembered verification is ignored
    (the package is verified again): never waited on, never read whole."""
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    code = f"""
import contextlib, io
from desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()) as said:
    assert main(["--data-dir", {str(paths.root)!r}, "rounds"]) == 0
print("2023-1" in said.getvalue())
"""
    run = [sys.executable, "-c", code]
    subprocess.run(run, capture_output=True, text=True, check=True, timeout=60)
    (memo,) = paths.schema_checks.glob("round-package-*")
    memo.unlink()
    os.mkfifo(memo)
    done = subprocess.run(run, capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "True"
    memo.unlink()
    memo.write_bytes(b" " * (8 << 20))
    done = subprocess.run(run, capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "True"
