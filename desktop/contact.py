"""The profile's contact details checked where they are typed: e-mail, phone, business id.

The contact person fills Background's contact questions (``CONTACT_ANSWERS``),
so the profile is checked by the very rules of those questions (the section
schema's e-mail format, phone pattern and lengths) and told in the words of
the problems list: a profile that passes here never makes a problem there.
The business id (Y-tunnus) is checked with its check digit, as the
organisation key's certificate needs it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, text
from desktop.jsonvalue import split_pointer
from desktop.signing.keys import valid_business_id
from desktop.storage import CONTACT_ANSWERS, Profile
from desktop.survey import Catalog, Section
from desktop.survey.validation import validate_section


class ProfileError(UserError):
    """A profile whose contact details do not pass; nothing was saved."""


@dataclass(frozen=True)
class ContactProblem:
    """What is wrong with one of the profile's fields (``Profile`` attribute name)."""

    name: str
    text: Mapping[Lang, str]

    def message(self, lang: Lang) -> str:
        return self.text[lang]


def contact_problems(profile: Profile, catalog: Catalog) -> list[ContactProblem]:
    """Every problem of the profile's contact details, in the order of the profile dialog."""
    problems: list[ContactProblem] = []
    section = _background(catalog)
    for pointer, name in CONTACT_ANSWERS.items():
        value = getattr(profile, name).strip()
        _, key = split_pointer(pointer)
        if not value or section is None or section.field(key) is None:
            continue  # empty is allowed: the round's own check asks for what it needs
        for problem in validate_section(section, {key: value}):
            if problem.field_key == key and not problem.kind.startswith("required"):
                texts = {lang: problem.describe(lang) for lang in LANGS}
                problems.append(ContactProblem(name, texts))
                break
    email = profile.contact_email.strip()
    if email and not any(p.name == "contact_email" for p in problems) and not _has_tld(email):
        texts = {lang: text("contact.email_domain", lang, value=email) for lang in LANGS}
        problems.append(ContactProblem("contact_email", texts))
    business_id = profile.business_id.strip()
    if business_id and not valid_business_id(business_id):
        # Of the right form, only the check digit is wrong: the form is not told back.
        key = (
            "contact.business_id_check"
            if _BUSINESS_ID_FORM.fullmatch(business_id)
            else ("contact.business_id")
        )
        texts = {lang: text(key, lang, value=business_id) for lang in LANGS}
        problems.append(ContactProblem("business_id", texts))
    return problems


_BUSINESS_ID_FORM = re.compile(r"[0-9]{7}-[0-9]")


def _has_tld(email: str) -> bool:
    """Whether an address's domain ends in a dot and a name ("porvoo.fi", not "porvoo"): a
    profile's address is sent mail to, and a bare host name reaches no one outside."""
    domain = email.rpartition("@")[2]
    head, dot, ending = domain.rpartition(".")
    return bool(head and dot and ending.isalpha() and len(ending) >= 2)


def check_profile(profile: Profile, catalog: Catalog) -> None:
    """Refuse a profile with problems, naming each in the user's language."""
    problems = contact_problems(profile, catalog)
    if problems:
        raise _Refused(problems)


class _Refused(ProfileError):
    def __init__(self, problems: list[ContactProblem]) -> None:
        self.problems = problems
        super().__init__("contact.invalid", problems="")

    def message(self, lang: Lang) -> str:
        listed = " ".join(p.message(lang) for p in self.problems)
        return text(self.key, lang, problems=listed)


def _background(catalog: Catalog) -> Section | None:
    """The newest round's Background: the questions the profile fills."""
    for rnd in reversed(catalog.ordered_rounds()):
        section = rnd.section(split_pointer(next(iter(CONTACT_ANSWERS)))[0])
        if section is not None:
            return section
    return None
