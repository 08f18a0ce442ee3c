"""Packages whose signing time differs from the time their survey.json gives, for the seal's
tests: the seal must show the signature's own time."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

MADE_ON = datetime(2022, 1, 25, 10, 0, tzinfo=UTC)  # what survey.json says; signed today
MADE_ON_SHOWN = "25.1.2022"


def january_package(root: Path, key: OrganisationKey, round_id: str = "2022-1") -> Path:
    """Kangasala's ``round_id`` exported elsewhere, its survey.json dated ``MADE_ON``."""
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, round_id)
        result = Submissions(workbook).export(
            round_id, root / "out", key=key, lang="fi", after_closing=True, now=MADE_ON
        )
    assert result.package is not None
    return result.package


def signing_time(package: bytes) -> datetime:
    """The signing time the package's signature carries (read here with asn1crypto alone)."""
    from asn1crypto import cms

    signature = zipfile.ZipFile(io.BytesIO(package)).read("META-INF/signature001.p7s")
    signed_data = cms.ContentInfo.load(signature)["content"]
    (signer_info,) = signed_data["signer_infos"]
    found = [
        a["values"][0].native
        for a in signer_info["signed_attrs"]
        if a["type"].native == "signing_time"
    ]
    assert found, "the package's signature carries its signing time"
    moment = found[0]
    assert isinstance(moment, datetime)
    return moment
