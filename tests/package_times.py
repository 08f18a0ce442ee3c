"""Packages whose signing time differs from the time their survey.json gives, for the seal's
tests: the seal must show the signature's own time."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from desktop.signing.keys import OrganisationKey
from tests.sent_elsewhere import exported_elsewhere

MADE_ON = datetime(2022, 1, 25, 10, 0, tzinfo=UTC)  # what survey.json says; signed today
MADE_ON_SHOWN = "25.1.2022"


def january_package(root: Path, key: OrganisationKey, round_id: str = "2022-1") -> Path:
    """Kangasala's ``round_id`` exported elsewhere, its survey.json dated ``MADE_ON``."""
    return exported_elsewhere(root, key, round_id, now=MADE_ON)


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
