"""A package whose survey.json says an unusual but valid time (RFC 3339), signed again so
that it is sound: after the year 9999 once turned to UTC, or a leap second."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from desktop.export.package import encode
from desktop.signing import asice
from desktop.signing.keys import OrganisationKey

FAR_FUTURE = "9999-12-31T23:59:59-23:59"  # 10000-01-01 in UTC
LEAP_SECOND = "2022-06-30T23:59:60Z"


def exported_at(package: Path, key: OrganisationKey, moment: str, target: Path) -> Path:
    """``package`` (signed by ``key``) with its survey.json's ``exported_at`` set to ``moment``."""
    with zipfile.ZipFile(package) as archive:
        document = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    document["exported_at"] = moment
    members = {"survey.json": encode(document), "report.pdf": report}
    target.write_bytes(asice.build(members, key))
    return target
