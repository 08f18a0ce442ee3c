"""What the command line's export, key and verify tests share: Inari's filled round, its key.

The fixtures (``organisation_key``, ``run``, ``ready``) are made known to the tests by
``conftest.py``; a test module's own fixture of the same name comes first.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key, to_pkcs12
from desktop.signing.keystore import write_new_file
from desktop.storage import Profile, Store
from desktop.workbook import Workbook

ROUND = "2022-1"
INARI = "148"  # Inari – Anár – Aanaar: the report must print the Sámi letters
PASSPHRASE = "Ruska-aika 2022"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Inari", "Inari", "0201256-6"))


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def fill(paths: DataPaths, *, complete: bool = True) -> None:
    with Store.open(paths) as store:
        store.save_profile(
            Profile(INARI, contact_name="Ánde Saamelainen", contact_title="talousjohtaja")
        )
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        if not complete:
            workbook.remove(ROUND, "/background/respondent_email")


def install_key(paths: DataPaths, key: OrganisationKey, passphrase: str | None = None) -> None:
    write_new_file(paths.key_store, to_pkcs12(key, passphrase))


@pytest.fixture
def ready(data_paths: DataPaths, organisation_key: OrganisationKey) -> DataPaths:
    """A filled round, a profile for Inari and the organisation key without a passphrase."""
    fill(data_paths)
    install_key(data_paths, organisation_key)
    return data_paths


def package_members(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
