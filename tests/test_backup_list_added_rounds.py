"""``backup list`` counts a backup's answers in a round added from a package, as in any other."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from tests.rounds_support import add, package_2023, trust


def test_a_backups_progress_in_an_added_round_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2023-1", "/background/respondent_name", "Anna Mäkelä")
        write_backup(store)
    assert main(["--data-dir", str(paths.root), "--lang", "en", "backup", "list"]) == 0
    said = capsys.readouterr().out
    assert "2023-1 " in said and "2023-1 0/0" not in said, said
