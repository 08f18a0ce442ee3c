"""What the data folder holds in place of its files is never taken for "nothing there yet".

A link to a share that is not connected, a pipe or a folder where the database
should be, a folder where the lock file should be: each is refused with a
message naming the thing, and nothing is made over it. A full disk and a
read-only folder still let the answers be read and copied elsewhere.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.i18n import LANGS
from desktop.paths import DataPaths
from desktop.storage import Profile, StorageError, Store
from desktop.storage import store as store_module
from tests.environment import file_digest, read_only_directory

LEASE = "/premises/lease_status"


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _answered(paths: DataPaths) -> None:
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2022-1", LEASE, "signed")


# -- a link whose target cannot be reached ------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_share_not_connected_is_refused_not_replaced_by_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "share"
    _answered(DataPaths(share))
    target = share / "tilannekuva.sqlite"
    data = tmp_path / "data"
    data.mkdir()
    (data / "tilannekuva.sqlite").symlink_to(target)
    # A working link is followed.
    code, _out, err = _main(capsys, "--data-dir", str(data), "--lang", "en", "show", "2022-1")
    assert code == 0, err
    # The share is not connected.
    share.rename(tmp_path / "share-away")
    there = sorted(p.name for p in data.iterdir())
    for args in (("rounds",), ("show", "2022-1"), ("set", "2022-1", LEASE, "not_started")):
        code, _out, err = _main(capsys, "--data-dir", str(data), "--lang", "en", *args)
        assert code == 2, (args, err)
        assert str(target) in err and "Traceback" not in err, err
        assert "answers are there" in err, err
        assert (data / "tilannekuva.sqlite").is_symlink(), "the link is kept"
        assert (data / "tilannekuva.sqlite").readlink() == target
        assert sorted(p.name for p in data.iterdir()) == there, "nothing was made in its place"
    with pytest.raises(StorageError) as refused:
        Store.open(DataPaths(data))
    for lang in LANGS:
        assert str(target) in refused.value.message(lang)
    # Connected again: the answers are where they were.
    (tmp_path / "share-away").rename(share)
    code, _out, err = _main(capsys, "--data-dir", str(data), "--lang", "en", "show", "2022-1")
    assert code == 0, err
    with Store.open(DataPaths(data)) as store:
        assert store.get_answer("2022-1", LEASE) == "signed"


def test_only_a_missing_entry_makes_a_new_database(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new")
    with Store.open(paths) as store:
        assert store.started_rounds() == []
    assert paths.database.is_file() and not paths.database.is_symlink()


# -- what is not an ordinary file --------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_in_place_of_the_database_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "tilannekuva.sqlite")
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data), "--lang", "en", "rounds"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert str(data / "tilannekuva.sqlite") in done.stderr
    assert "not an ordinary file" in done.stderr, done.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_a_folder_in_place_of_the_database_names_the_database_not_the_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    data = tmp_path / "data"
    (data / "tilannekuva.sqlite").mkdir(parents=True)
    code, _out, err = _main(capsys, "--data-dir", str(data), "--lang", lang, "rounds")
    assert code == 2 and str(data / "tilannekuva.sqlite") in err, err
    assert "cannot be the data folder" not in err
    assert {"fi": "kansio", "sv": "mapp", "en": "folder"}[lang] in err, err
    assert (data / "tilannekuva.sqlite").is_dir()


@pytest.mark.parametrize("lang", LANGS)
def test_a_folder_in_place_of_the_lock_file_names_the_lock_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    data = tmp_path / "data"
    _answered(DataPaths(data))
    (data / "tilannekuva.lock").unlink(missing_ok=True)
    (data / "tilannekuva.lock").mkdir()
    code, _out, err = _main(capsys, "--data-dir", str(data), "--lang", lang, "rounds")
    assert code == 2 and str(data / "tilannekuva.lock") in err, err
    assert "cannot be the data folder" not in err and "ei kelpaa" not in err, err
    assert {"fi": "kansio", "sv": "mapp", "en": "folder"}[lang] in err, err


# -- a full disk -------------------------------------------------------------------


def _disk_full_at_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up as the program opens the folder: the write-ahead log cannot be made
    (what SQLite meets first on a real full disk, see ``test_full_disk``)."""

    def no_room(_conn: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module, "apply_pragmas", no_room)


@pytest.mark.parametrize(
    "args",
    [
        ("rounds",),
        ("show", "2022-1"),
        ("validate", "2022-1"),
        ("history", "2022-1"),
        ("compare", "2022-1", "2022-1"),
    ],
)
def test_reading_commands_read_on_a_full_disk_and_say_nothing_can_be_saved(
    data_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    _answered(data_paths)
    before = file_digest(data_paths.database)
    _disk_full_at_open(monkeypatch)
    for lang, words in (("fi", "Levy on täynnä"), ("sv", "Disken är full"), ("en", "disk is full")):
        code, _out, err = _main(capsys, "--data-dir", str(data_paths.root), "--lang", lang, *args)
        assert code in (0, 1), (args, err)  # validate: 1 when the round has problems
        assert words in err and "Traceback" not in err, err
        assert {"fi": "vapautetaan", "sv": "frigjorts", "en": "freed"}[lang] in err, err
    assert file_digest(data_paths.database) == before
    code, _out, err = _main(capsys, "--data-dir", str(data_paths.root), "set", "2022-1", LEASE, "x")
    assert code == 2 and "Levy on täynnä" in err, err
    assert file_digest(data_paths.database) == before


def test_a_backup_to_another_disk_and_a_key_are_read_on_a_full_disk(
    ready: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = str(ready.root)
    assert (
        _main(
            capsys, "--data-dir", root, "export", "2022-1", "--yes", "--out", str(tmp_path / "sent")
        )[0]
        == 0
    )
    before = file_digest(ready.database)

    _disk_full_at_open(monkeypatch)
    stick = tmp_path / "stick"
    code, out, err = _main(
        capsys, "--data-dir", root, "--lang", "en", "backup", "create", "--to", str(stick)
    )
    assert code == 0, err
    assert len(list(stick.glob("*.sqlite"))) == 1 and "disk is full" in err
    code, out, err = _main(capsys, "--data-dir", root, "--lang", "en", "key", "show")
    assert code == 0 and "Inari" in out, err
    again = tmp_path / "again"
    code, out, err = _main(
        capsys, "--data-dir", root, "--lang", "en", "submissions", "2022-1", "--out", str(again)
    )
    assert code == 0, err
    assert any(p.suffix == ".asice" for p in again.iterdir())
    code, out, err = _main(
        capsys,
        "--data-dir",
        root,
        "--lang",
        "en",
        "export",
        "2022-1",
        "--draft",
        "--out",
        str(tmp_path / "draft"),
    )
    # The round is submitted and locked: the draft is still made from what was sent.
    assert code in (0, 2) and "Traceback" not in err, err
    # Writing is refused with the full disk's message, and nothing changed.
    code, out, err = _main(capsys, "--data-dir", root, "--lang", "en", "backup", "create")
    assert code == 2 and "disk is full" in err.lower(), err
    assert file_digest(ready.database) == before


# -- a read-only data folder -------------------------------------------------------


def test_a_read_only_folder_shows_the_key_and_copies_out_what_it_holds(
    ready: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(ready.root)
    with Store.open(ready):
        pass  # the day's backup is taken: nothing is due while the folder is read-only
    before = file_digest(ready.database)
    with read_only_directory(ready.root):
        code, out, err = _main(capsys, "--data-dir", root, "--lang", "en", "key", "show")
        assert code == 0 and "Inari" in out, err
        stick = tmp_path / "stick"
        code, out, err = _main(
            capsys, "--data-dir", root, "--lang", "en", "backup", "create", "--to", str(stick)
        )
        assert code == 0, err
        assert len(list(stick.glob("*.sqlite"))) == 1
        drafts = tmp_path / "drafts"
        code, out, err = _main(
            capsys,
            "--data-dir",
            root,
            "--lang",
            "en",
            "export",
            "2022-1",
            "--draft",
            "--out",
            str(drafts),
        )
        assert code == 0, err
        assert [p.suffix for p in drafts.iterdir()] == [".pdf"]
        # What writes in the folder is still refused.
        code, out, err = _main(capsys, "--data-dir", root, "--lang", "en", "backup", "create")
        assert code == 2 and "cannot be written to" in err, err
        code, out, err = _main(capsys, "--data-dir", root, "--lang", "en", "key", "create")
        assert code == 2 and "cannot be written to" in err, err
    assert file_digest(ready.database) == before


# -- backups and trusted signers that are folders ----------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_restoring_a_folder_says_it_is_a_folder(
    data_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    _answered(data_paths)
    folder = tmp_path / "not-a-backup"
    folder.mkdir()
    code, _out, err = _main(
        capsys,
        "--data-dir",
        str(data_paths.root),
        "--lang",
        lang,
        "backup",
        "restore",
        str(folder),
        "--yes",
    )
    assert code == 2 and str(folder) in err, err
    assert {"fi": "ei löytynyt", "sv": "hittades inte", "en": "not found"}[lang] not in err, err
    assert {"fi": "kansio", "sv": "mapp", "en": "folder"}[lang] in err, err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_restoring_a_device_says_it_is_not_a_file(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _answered(data_paths)
    code, _out, err = _main(
        capsys,
        "--data-dir",
        str(data_paths.root),
        "--lang",
        "en",
        "backup",
        "restore",
        "/dev/zero",
        "--yes",
    )
    assert code == 2 and "/dev/zero" in err and "not found" not in err, err
    assert "not an ordinary file" in err, err


@pytest.mark.parametrize("lang", LANGS)
def test_trusted_signers_that_are_a_folder_are_told_as_such(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    from desktop.rounds.signers import SignerSettingError, trusted_signers

    _answered(data_paths)
    (data_paths.root / "round-signers.txt").mkdir()
    with pytest.raises(SignerSettingError) as refused:
        trusted_signers(data_paths)
    told = refused.value.message(lang)
    assert str(data_paths.root / "round-signers.txt") in told
    assert {"fi": "kansio", "sv": "mapp", "en": "folder"}[lang] in told, told
