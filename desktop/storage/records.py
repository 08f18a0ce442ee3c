"""What the answers database hands out: the profile, a submission (the audit log and copies:
``history``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """The municipality and its contact person, as the user set them."""

    municipality_code: str
    contact_name: str = ""
    contact_title: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    business_id: str = ""

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


@dataclass(frozen=True)
class Submission:
    """One exported, signed package of a round, kept exactly as it was sent."""

    round_id: str
    number: int
    submitted_at: str
    actor: str
    signer_fingerprint: str
    package_name: str
    package_sha256: str
    report_sha256: str
