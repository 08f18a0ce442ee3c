"""Databases in folders Windows names by drive letter or by network share, and in folders
whose names need quoting, open: SQLite is given an address it accepts.

On Windows ``Path.resolve()`` turns a mapped drive (H:) into ``\\\\server\\share``, and
``as_uri()`` of that has an authority (``file://server/share/...``) which SQLite refuses.
Only Linux runs here: the Windows forms are checked on ``PureWindowsPath``, and the network
share by giving every path the address ``as_uri()`` gives such a path on Windows."""

from __future__ import annotations

import pathlib
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desktop.collect.records import read_registered
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup_files import is_sound
from desktop.storage.connection import connect_read_only
from desktop.storage.restore import inspect_backup, write_backup
from desktop.storage.sqlite_uri import file_uri

ODD_NAMES = ["with space", "hash#sign", "question?mark", "per%cent", "Äänekoski ja Närpes", "a&b=c"]


def test_a_file_on_a_drive_letter_has_a_three_slash_address() -> None:
    path = PureWindowsPath(r"H:\Tilannekuva\tilannekuva.sqlite")
    assert file_uri(path) == "file:///H:/Tilannekuva/tilannekuva.sqlite"


def test_a_file_on_a_network_share_has_an_empty_authority() -> None:
    path = PureWindowsPath(r"\\fileserver\home$\maija\tilannekuva\tilannekuva.sqlite")
    uri = file_uri(path, mode="ro")
    assert uri == "file:////fileserver/home%24/maija/tilannekuva/tilannekuva.sqlite?mode=ro"


def test_characters_that_end_a_path_in_an_address_are_quoted() -> None:
    path = PureWindowsPath(r"C:\Users\Mäki\kopio #2 ?100% .sqlite")
    uri = file_uri(path, mode="ro", immutable="1")
    assert uri == (
        "file:///C:/Users/M%C3%A4ki/kopio%20%232%20%3F100%25%20.sqlite?mode=ro&immutable=1"
    )


def test_a_linux_path_keeps_its_form() -> None:
    assert file_uri(PurePosixPath("/home/maija/a b.sqlite")) == "file:///home/maija/a%20b.sqlite"


def _as_uri_on_a_network_drive(self: pathlib.PurePath) -> str:
    """What Windows' as_uri gives for a file on H: mapped to \\\\fileserver\\home$."""
    return "file://fileserver/home%24" + PurePosixPath(self).as_posix()


@pytest.fixture
def network_drive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pathlib.PurePath, "as_uri", _as_uri_on_a_network_drive)


@pytest.mark.usefixtures("network_drive")
def test_a_backup_on_a_network_drive_is_sound_and_opens(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211"))
        made = write_backup(store, tmp_path / "H")
    assert is_sound(made)
    assert inspect_backup(made).municipality_code == "211"


@pytest.mark.usefixtures("network_drive")
def test_a_data_folder_on_a_network_drive_opens_for_reading(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths, backup=False) as writer:
        writer.save_profile(Profile("211"))
        # The window holds the folder; a command reads beside it.
        with Store.open_for_reading(paths) as reader:
            assert reader.profile() == Profile("211")


@pytest.mark.usefixtures("network_drive")
def test_the_coordinators_register_on_a_network_drive_is_read(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE trusted (code TEXT, fingerprint TEXT)")
        conn.execute("INSERT INTO trusted VALUES ('211', 'ab')")
    conn.close()
    assert read_registered(path) == {"211": frozenset({"ab"})}


@pytest.mark.parametrize("name", ODD_NAMES)
def test_folders_with_odd_names_open(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / name / "data")
    with Store.open(paths, backup=False) as writer:
        writer.save_profile(Profile("211"))
        made = write_backup(writer, tmp_path / name / f"stick {name}")
        with Store.open_for_reading(paths) as reader:
            assert reader.profile() == Profile("211")
        # A relative path is made whole against the working folder.
        monkeypatch.chdir(tmp_path / name)
        conn = connect_read_only(Path("data") / paths.database.name)
        try:
            assert conn.execute("SELECT municipality_code FROM profile").fetchone() == ("211",)
        finally:
            conn.close()
    assert is_sound(made)
    assert inspect_backup(made).municipality_code == "211"
