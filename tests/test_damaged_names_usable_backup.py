"""A damaged database's refusal on the command line names the backup a restore would take.

Storage names the newest backup whose database is sound; a restore still refuses
one holding a round package that does not verify here, so the command line names
the newest one a restore takes instead (as the window's recovery dialog does).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from tests.rounds_support import add, forge_added, package_2023, trust

SOUND = "manual-20240102T030405000000Z.sqlite"  # the older, sound one
FORGED = "manual-20240203T030405000000Z.sqlite"  # newer, its round package forged


def _damaged_with_backups(root: Path) -> DataPaths:
    paths = DataPaths(root)
    trust(paths)
    add(paths, package_2023())
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        made = write_backup(store)
    sound = made.rename(made.with_name(SOUND))
    shutil.copyfile(sound, sound.with_name(FORGED))
    forge_added(sound.with_name(FORGED))
    for auto in paths.backups.glob("auto-*.sqlite"):
        auto.unlink()
    with paths.database.open("rb+") as handle:
        handle.truncate(paths.database.stat().st_size // 2 // 4096 * 4096 or 4096)
    return paths


def test_the_refusal_names_the_backup_a_restore_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _damaged_with_backups(tmp_path / "data")
    assert main(["--data-dir", str(paths.root), "--lang", "en", "rounds"]) == 2
    said = capsys.readouterr().err
    assert "is damaged" in said and SOUND in said and FORGED not in said, said


def test_with_no_backup_a_restore_takes_it_says_there_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _damaged_with_backups(tmp_path / "data")
    (paths.backups / SOUND).unlink()
    assert main(["--data-dir", str(paths.root), "--lang", "en", "rounds"]) == 2
    said = capsys.readouterr().err
    assert "There is no sound backup" in said and FORGED not in said, said
