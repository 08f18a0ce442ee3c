"""What the answers database hands out: the profile, a submission (the audit log and copies:
``history``)."""

from __future__ import annotations

from desktop.plain import Plain

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

# Plain value classes (``desktop.plain``): a dataclass compiles its methods at every start.


class Profile(Plain):
    """The municipality and its contact person, as the user set them."""

    __slots__ = (
        "business_id",
        "contact_email",
        "contact_name",
        "contact_phone",
        "contact_title",
        "municipality_code",
    )

    def __init__(
        self,
        municipality_code: str,
        contact_name: str = "",
        contact_title: str = "",
        contact_email: str = "",
        contact_phone: str = "",
        business_id: str = "",
    ) -> None:
        self.municipality_code: Final = municipality_code
        self.contact_name: Final = contact_name
        self.contact_title: Final = contact_title
        self.contact_email: Final = contact_email
        self.contact_phone: Final = contact_phone
        self.business_id: Final = business_id

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The profile's fields, in their order (the audit log records each by name)."""
        return cls._fields

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self._fields}

    def contact(self) -> dict[str, str]:
        """The contact person as Background's questions ask it (``CONTACT_ANSWERS``)."""
        return {pointer: getattr(self, name) for pointer, name in CONTACT_ANSWERS.items()}


# Background's contact questions and the profile's fields that fill them. The same pointer
# is the same question in every round, so this holds for every round (``Workbook.save_profile``).
CONTACT_ANSWERS: dict[str, str] = {
    "/background/respondent_name": "contact_name",
    "/background/respondent_title": "contact_title",
    "/background/respondent_email": "contact_email",
    "/background/respondent_phone": "contact_phone",
}


class Submission(Plain):
    """One exported, signed package of a round, kept exactly as it was sent."""

    __slots__ = (
        "actor",
        "number",
        "package_name",
        "package_sha256",
        "report_sha256",
        "round_id",
        "signer_fingerprint",
        "submitted_at",
    )

    def __init__(
        self,
        round_id: str,
        number: int,
        submitted_at: str | None,  # None: the stored time is no time (unknown)
        actor: str,
        signer_fingerprint: str,
        package_name: str,
        package_sha256: str,
        report_sha256: str,
    ) -> None:
        self.round_id: Final = round_id
        self.number: Final = number
        self.submitted_at: Final = submitted_at
        self.actor: Final = actor
        self.signer_fingerprint: Final = signer_fingerprint
        self.package_name: Final = package_name
        self.package_sha256: Final = package_sha256
        self.report_sha256: Final = report_sha256
