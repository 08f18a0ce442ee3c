"""A package Parainen (Pargas in Swedish and English) sends: where the languages' names differ."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

PARAINEN = "445"


def parainen_key() -> OrganisationKey:
    return create_key(Organisation("Parainen", "Parainen", "0133226-9"))


def parainen_package(root: Path, key: OrganisationKey) -> Path:
    """The signed package of Parainen's round 2022-1."""
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile(PARAINEN, contact_name="Åsa Östergård"))
        workbook = Workbook(store)
        fill_round(workbook, "2022-1")
        result = Submissions(workbook).export(
            "2022-1", root / "out", key=key, lang="sv", after_closing=True
        )
    assert result.package is not None
    return result.package
