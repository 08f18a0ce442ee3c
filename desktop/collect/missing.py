"""Who has not answered: the municipalities with no counted submission, by county.

Åland is outside the reform and never missing. For each missing
municipality the contact person of its latest counted package of another
round is given where one was received, so the coordinator knows whom to
call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.collect.records import Records
from desktop.collect.standing import Standing, standing
from desktop.municipalities import Municipality, Register
from desktop.survey import Catalog


@dataclass(frozen=True)
class Contact:
    round_id: str
    name: str
    title: str
    email: str
    phone: str


@dataclass(frozen=True)
class Missing:
    municipality: Municipality
    contact: Contact | None


def missing(
    records: Records, current: Standing, register: Register, catalog: Catalog
) -> list[Missing]:
    """The municipalities without a counted submission, ordered by county and name."""
    answered = set(current.current())
    absent = [m for m in register if not m.outside_reform and m.code not in answered]
    codes = {m.code for m in absent}
    contacts = latest_contacts(records, codes, current.round_id, catalog, register)
    absent.sort(key=lambda m: (m.wellbeing_area.code, m.name_fi))
    return [Missing(m, contacts.get(m.code)) for m in absent]


def latest_contacts(
    records: Records, codes: set[str], round_id: str, catalog: Catalog, register: Register
) -> dict[str, Contact]:
    """The contact person of each of ``codes`` from its latest counted package of another
    round: the submission that counts in that round's standing, nothing else."""
    by_opening = sorted(catalog.rounds, key=lambda rid: (catalog.rounds[rid].opens, rid))
    order = {rid: index for index, rid in enumerate(by_opening)}
    latest: dict[str, tuple[int, str, str]] = {}
    for rid in records.collected_rounds():
        if rid == round_id or rid not in order:
            continue
        for code, entry in standing(records, rid, register).current().items():
            package = entry.package
            if code not in codes or package is None:
                continue
            if code not in latest or order[rid] > latest[code][0]:
                latest[code] = (order[rid], package.sha256, rid)
    contacts: dict[str, Contact] = {}
    for code, (_, sha256, rid) in latest.items():
        contact = _contact(records.survey(sha256), rid)
        if contact is not None:
            contacts[code] = contact
    return contacts


def _contact(survey: str | None, round_id: str) -> Contact | None:
    if survey is None:
        return None
    document = json.loads(survey)
    background = document.get("answers", {}).get("background", {})
    if not isinstance(background, dict):
        return None

    def text(key: str) -> str:
        value = background.get(key)
        return value if isinstance(value, str) else ""

    if not any(text(k) for k in ("respondent_name", "respondent_email", "respondent_phone")):
        return None
    return Contact(
        round_id,
        text("respondent_name"),
        text("respondent_title"),
        text("respondent_email"),
        text("respondent_phone"),
    )
