"""Kangasala's 2022-1 exported in another data folder, as on another computer, for the tests
that import it here (the command line's and the window's), and the same package altered once
it is stored.

The fixtures ``key`` and ``package`` are taken into the test modules that use them
(``key = sent_elsewhere.key``), where they stand for a module fixture of their own.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.fixtures.hostile.zipsurgery import replaced


def exported_elsewhere(
    root: Path, key: OrganisationKey, round_id: str = "2022-1", now: datetime | None = None
) -> Path:
    """Kangasala's ``round_id`` filled in and exported in a data folder under ``root``."""
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, round_id)
        result = Submissions(workbook).export(
            round_id, root / "out", key=key, lang="fi", after_closing=True, now=now
        )
    assert result.package is not None
    return result.package


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, key: OrganisationKey) -> Path:
    """Kangasala's 2022-1 as exported on another computer."""
    return exported_elsewhere(tmp_path_factory.mktemp("elsewhere"), key)


def tampered(package: Path) -> bytes:
    """``package`` with its survey.json's rent changed after signing."""
    document = json.loads(zipfile.ZipFile(package).read("survey.json"))
    document["answers"]["premises"]["estimated_annual_rent"] = 1
    return replaced(package.read_bytes(), "survey.json", json.dumps(document).encode())


def tamper_stored(store: Store, package: Path) -> None:
    """The stored package's answers are changed in the database, behind the program's back."""
    with store.connection:
        store.connection.execute("UPDATE submissions SET package = ?", (tampered(package),))
