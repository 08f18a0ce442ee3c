"""A round package added to the answers database, as it is kept (``round_packages``).

A module of its own: a data folder with no added round never loads it (a dataclass
compiles its methods when its module loads, at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoredRoundPackage:
    round_id: str
    package: bytes
    package_sha256: str
    signer_fingerprint: str
    signer_name: str
    added_at: str
    added_by: str
