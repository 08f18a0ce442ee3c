"""A full disk is told as a full disk, with what to do, wherever it is met."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import StorageError, Store
from desktop.storage.backup import take_backup
from tests.environment import file_digest, fill_disk, small_disk


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "small") as disk:
        yield disk


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, capsys.readouterr().err


def test_a_full_disk_under_the_data_folder(full: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(full / "data")
    assert _main(capsys, "--data-dir", data, "profile", "--municipality", "211")[0] == 0
    assert (
        _main(capsys, "--data-dir", data, "set", "2022-1", "/premises/lease_status", "signed")[0]
        == 0
    )
    fill_disk(full)
    before = file_digest(full / "data" / "tilannekuva.sqlite")
    for args in (
        ("set", "2022-1", "/premises/lease_not_started_reason", "x" * 19_000),
        ("--lang", "sv", "set", "2022-1", "/premises/lease_status", "not_started"),
    ):
        code, err = _main(capsys, "--data-dir", data, *args)
        assert code == 2, (args, err)
        assert "Levy on täynnä" in err or "Disken är full" in err, (args, err)
        assert "levyvirhe" not in err and "Traceback" not in err
    # What only reads, or writes on another disk, still runs, and says nothing can be saved.
    elsewhere = full.parent / "stick"
    for args in (
        ("rounds",),
        ("show", "2022-1"),
        ("--lang", "sv", "backup", "create", "--to", str(elsewhere)),
    ):
        code, err = _main(capsys, "--data-dir", data, *args)
        assert code == 0, (args, err)
        assert "Levy on täynnä" in err or "Disken är full" in err, (args, err)
        assert "vain luettaviksi" in err or "endast för läsning" in err, (args, err)
    assert len(list(elsewhere.glob("*.sqlite"))) == 1
    assert file_digest(full / "data" / "tilannekuva.sqlite") == before
    (full / "filler").unlink()
    with Store.open(DataPaths(full / "data")) as store:
        assert store.get_answer("2022-1", "/premises/lease_status") == "signed"


def test_a_backup_on_a_full_disk(full: Path, data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", "/premises/lease_status", "signed")
        fill_disk(full)
        with pytest.raises(StorageError) as refused:
            take_backup(store.connection, full / "backups", "manual-")
    assert refused.value.key == "storage.database.backup_disk_full"
    assert "Disken är full: säkerhetskopian kunde inte skrivas" in refused.value.message("sv")
    assert list((full / "backups").glob("*.sqlite")) == []


def test_an_export_to_a_full_disk(
    full: Path, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(data_paths.root)
    assert _main(capsys, "--data-dir", root, "profile", "--municipality", "211")[0] == 0
    fill_disk(full)
    code, err = _main(capsys, "--data-dir", root, "export", "2022-1", "--draft", "--out", str(full))
    assert code == 2 and "levy on täynnä" in err, err
    assert sorted(p.name for p in full.iterdir()) == ["filler", "filler-small"]


def test_a_start_on_a_full_disk_says_the_program_cannot_open_not_an_answer_unsaved(
    full: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = DataPaths(full / "data")
    with Store.open(paths) as store:
        store.set_answer("2022-1", "/premises/lease_status", "signed")
    fill_disk(full)
    with pytest.raises(StorageError) as refused:
        Store.open(paths)
    assert refused.value.key == "storage.database.disk_full_open"
    for lang, words in (
        ("fi", "Tilannekuvaa ei voi avata"),
        ("sv", "Tilannekuva kan inte öppnas"),
        ("en", "Tilannekuva cannot open"),
    ):
        told = refused.value.message(lang)
        assert words in told and str(paths.root) in told, told
        assert "vastausta ei voitu" not in told and "answer could not" not in told
    # A command that writes; one that only reads runs read-only (``test_storage_opening``).
    code, err = _main(
        capsys,
        "--data-dir",
        str(paths.root),
        "--lang",
        "en",
        "set",
        "2022-1",
        "/premises/lease_status",
        "signed",
    )
    assert code == 2 and "Tilannekuva cannot open" in err and str(paths.root) in err, err
    assert "the answer could not be saved" not in err
