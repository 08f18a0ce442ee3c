"""``backup list`` gives each backup the verdict a restore would: one holding a round package
that does not verify here (forged, or its signer no longer trusted) is listed as one that
cannot be used, with why, not as sound. Each distinct package is verified once a listing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import list_backups
from desktop.storage.restore import write_backup
from tests.rounds_support import add, forge_added, package_2023, stranger_key, trust

ADDED = "2023-1"
LEASE = "/premises/lease_status"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _with_added_round(paths: DataPaths, backups: int = 1) -> list[Path]:
    """An answer, round 2023-1 added, and ``backups`` manual backups holding both."""
    trust(paths)
    add(paths, package_2023())
    made = []
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211"))
        store.set_answer("2022-1", LEASE, "signed")
        for _ in range(backups):
            made.append(write_backup(store))
    return made


def _forged_beside(sound: Path) -> Path:
    """A copy of ``sound``, named as taken earlier, whose round package is forged."""
    forged = sound.with_name("manual-20240102T030405000000Z.sqlite")
    shutil.copyfile(sound, forged)
    forge_added(forged)
    return forged


def _line_of(out: str, path: Path) -> str:
    """The line ``backup list`` gives a backup: the one above its file's name."""
    lines = out.splitlines()
    return lines[[line.strip() for line in lines].index(path.name) - 1]


@pytest.mark.parametrize(
    ("lang", "unusable", "why"),
    [
        ("en", "cannot be restored", "does not verify"),
        ("fi", "ei voi palauttaa", "ei läpäise tarkistusta"),
        ("sv", "kan inte återställas", "klarar inte kontrollen"),
    ],
)
def test_a_backup_holding_a_forged_round_is_listed_as_restore_would_tell_it(
    run: Run, data_paths: DataPaths, lang: str, unusable: str, why: str
) -> None:
    (sound,) = _with_added_round(data_paths)
    forged = _forged_beside(sound)
    code, out, err = run("--lang", lang, "backup", "list")
    assert code == 0, err
    said = _line_of(out, forged)
    assert unusable in said and ADDED in said and why in said, said
    assert "2022-1 " not in said  # no progress told of a backup that cannot be used
    kept = _line_of(out, sound)
    assert unusable not in kept and "2022-1 " in kept, kept
    # The verdict is restore's own: the forged backup is refused, for the same reason.
    code, _out, err = run("--lang", lang, "backup", "restore", str(forged), "--yes")
    assert code == 2 and ADDED in err, err


def test_backups_of_a_round_whose_signer_is_no_longer_trusted_are_listed_unusable(
    run: Run, data_paths: DataPaths
) -> None:
    (made,) = _with_added_round(data_paths)
    trust(data_paths, stranger_key())  # the coordinator's key taken off the list
    code, out, err = run("--lang", "en", "backup", "list")
    assert code == 0, err
    said = _line_of(out, made)
    assert "cannot be restored" in said and ADDED in said and "does not trust" in said, said
    code, _out, err = run("--lang", "en", "backup", "restore", str(made), "--yes")
    assert code == 2 and "does not trust" in err


def test_a_package_kept_in_many_backups_is_verified_once_a_listing(
    run: Run, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.rounds.library as library

    _with_added_round(data_paths, backups=4)
    assert len(list_backups(data_paths.backups)) >= 4
    verified: list[bytes] = []
    verify = library.verify_stored

    def counted(data: bytes, paths: DataPaths | None) -> object:
        verified.append(data)
        return verify(data, paths)

    monkeypatch.setattr(library, "verify_stored", counted)
    code, out, err = run("--lang", "en", "backup", "list")
    assert code == 0, err
    assert "cannot be restored" not in out
    assert len(verified) == 1, "the same package, verified once"
