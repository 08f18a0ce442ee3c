"""A round package added to the answers database, as it is kept (``round_packages``)."""

from __future__ import annotations

from desktop.plain import Plain

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final


class StoredRoundPackage(Plain):
    """One kept package: its bytes and digest, whose signature it was added with, and when."""

    __slots__ = (
        "added_at",
        "added_by",
        "package",
        "package_sha256",
        "round_id",
        "signer_fingerprint",
        "signer_name",
    )

    def __init__(
        self,
        round_id: str,
        package: bytes,
        package_sha256: str,
        signer_fingerprint: str,
        signer_name: str,
        added_at: str,
        added_by: str,
    ) -> None:
        self.round_id: Final = round_id
        self.package: Final = package
        self.package_sha256: Final = package_sha256
        self.signer_fingerprint: Final = signer_fingerprint
        self.signer_name: Final = signer_name
        self.added_at: Final = added_at
        self.added_by: Final = added_by
