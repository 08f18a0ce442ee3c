"""What ``backup`` says of a backup that cannot be restored, and which file a restore takes.

A listing tells what is true of a backup nobody tried to restore: it cannot be restored,
because the package of a round in it does not verify here (and why), not that it "was not
restored" nor that a faithful copy is "damaged". ``backup create`` of a database holding such
a package says the backup cannot be restored, and how to mend it. A backup named as the list
names it (its bare file name) is restored from the backups folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from tests.rounds_support import add, forge_added, package_2023, trust

ADDED = "2023-1"
LEASE = "/premises/lease_status"
Run = Callable[..., tuple[int, str, str]]

LISTED = {
    "fi": ("ei voi palauttaa", "kierroksen 2023-1 kierrospaketti ei läpäise tarkistusta"),
    "sv": ("kan inte återställas", "omgångspaketet för omgång 2023-1 i den klarar inte"),
    "en": ("cannot be restored", "the package of round 2023-1 in it does not verify"),
}
RESTORE_WORDS = {
    "fi": ("palautettu", "Valitse toinen", "vioittunut"),
    "sv": ("återställdes", "Välj en annan", "skadad"),
    "en": ("was not restored", "Choose another", "damaged"),
}


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _sound(paths: DataPaths) -> Path:
    trust(paths)
    add(paths, package_2023())
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211"))
        store.set_answer("2022-1", LEASE, "signed")
        return write_backup(store)


def _forged_beside(sound: Path) -> Path:
    forged = sound.with_name("manual-20240102T030405000000Z.sqlite")
    shutil.copyfile(sound, forged)
    forge_added(forged)
    return forged


def _line_of(out: str, path: Path) -> str:
    lines = out.splitlines()
    return lines[[line.strip() for line in lines].index(path.name) - 1]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_list_says_a_backup_cannot_be_restored_and_why_not_that_it_was_not_restored(
    run: Run, data_paths: DataPaths, lang: str
) -> None:
    forged = _forged_beside(_sound(data_paths))
    code, out, err = run("--lang", lang, "backup", "list")
    assert code == 0, err
    said = _line_of(out, forged)
    verdict, why = LISTED[lang]
    assert verdict in said and why in said, said
    for restore_word in RESTORE_WORDS[lang]:
        assert restore_word not in said, said
    assert ".)" not in said and ".." not in said, said  # no doubled punctuation


def test_backup_create_warns_that_a_backup_holding_an_unverified_package_cannot_be_restored(
    run: Run, data_paths: DataPaths
) -> None:
    _sound(data_paths)
    forge_added(data_paths.database)
    for lang, words in {
        "en": ("cannot be restored", "round add"),
        "fi": ("ei voi palauttaa", "round add"),
        "sv": ("kan inte återställas", "round add"),
    }.items():
        code, _out, err = run("--lang", lang, "backup", "create")
        assert code == 0, err
        assert all(word in err for word in words) and ADDED in err, err


def test_backup_create_of_a_sound_database_says_only_that_it_was_saved(
    run: Run, data_paths: DataPaths
) -> None:
    _sound(data_paths)
    code, out, err = run("--lang", "en", "backup", "create")
    assert code == 0 and "Backup saved" in out and err == "", (out, err)


def test_a_backup_named_as_listed_is_restored_from_the_backups_folder(
    run: Run, data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _sound(data_paths)
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", LEASE, "none")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, err = run("--lang", "en", "backup", "restore", made.name, "--yes")
    assert code == 0, err
    assert str(made) in out + err, (out, err)  # which file was taken is told
    with Store.open(data_paths, backup=False) as store:
        assert store.get_answer("2022-1", LEASE) == "signed"


def test_a_file_of_that_name_in_the_current_folder_comes_first(
    run: Run, data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _sound(data_paths)
    here = tmp_path / "here"
    here.mkdir()
    (here / made.name).write_bytes(b"not a backup")
    monkeypatch.chdir(here)
    code, _out, err = run("--lang", "en", "backup", "restore", made.name, "--yes")
    # The file here is taken (and refused), not the backup of that name in the backups folder.
    assert code == 2 and "is damaged" in err and str(made) not in err, err
