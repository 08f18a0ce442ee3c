"""What the register holds: a municipality, the classes it belongs to, a network; the
register's errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desktop.errors import UserError
from desktop.i18n import InEachLang, Lang, each_lang, pick
from desktop.plain import Plain

# Wellbeing-area codes that are not wellbeing services counties.
HELSINKI_AREA: Final = "90"  # the City of Helsinki organises the services itself
ALAND_AREA: Final = "91"  # Åland is outside the reform

# Language status codes of Statistics Finland.
_BILINGUAL: Final = frozenset({"1", "3"})
_SWEDISH_MAJORITY: Final = frozenset({"2", "3"})


class RegisterError(UserError):
    """The register's files are missing or malformed, or a code is not in it."""


class UnknownMunicipality(RegisterError):
    """A code that is not in the register (``Register.get``)."""


# Plain value classes (``desktop.plain``): a dataclass compiles its methods at every start.


class Category(Plain):
    """One class of a classification (a county, region, language status...)."""

    __slots__ = ("code", "name_en", "name_fi", "name_sv")

    def __init__(
        self,
        code: str,
        name_fi: str,
        name_sv: str,
        name_en: str = "",  # not every classification has English names; Finnish stands in
    ) -> None:
        self.code: Final = code
        self.name_fi: Final = name_fi
        self.name_sv: Final = name_sv
        self.name_en: Final = name_en

    def name(self, lang: Lang) -> str:
        return pick({"fi": self.name_fi, "sv": self.name_sv, "en": self.name_en}, lang)


class Municipality(Plain, unhashed=("names_sami",)):
    __slots__ = (
        "code",
        "hospital_district",
        "language_status",
        "name_en",
        "name_fi",
        "name_sv",
        "names_sami",
        "networks",
        "region",
        "subregion",
        "urban_class",
        "wellbeing_area",
    )

    def __init__(
        self,
        code: str,  # three digits, "091"
        name_fi: str,
        name_sv: str,
        name_en: str,
        # Sámi language code (se, smn, sms) -> official name; empty outside the Sámi homeland.
        names_sami: Mapping[str, str],
        wellbeing_area: Category,
        region: Category,
        subregion: Category,
        language_status: Category,
        urban_class: Category,
        hospital_district: Category,
        networks: tuple[str, ...] = (),  # ids of the networks it belongs to
    ) -> None:
        self.code: Final = code
        self.name_fi: Final = name_fi
        self.name_sv: Final = name_sv
        self.name_en: Final = name_en
        self.names_sami: Final = names_sami
        self.wellbeing_area: Final = wellbeing_area
        self.region: Final = region
        self.subregion: Final = subregion
        self.language_status: Final = language_status
        self.urban_class: Final = urban_class
        self.hospital_district: Final = hospital_district
        self.networks: Final = networks

    def name(self, lang: Lang) -> str:
        return pick({"fi": self.name_fi, "sv": self.name_sv, "en": self.name_en}, lang)

    def display_name(self, lang: Lang) -> str:
        """The name in ``lang``, followed in the Sámi homeland by the Sámi names."""
        names = [self.name(lang)]
        names += [n for n in self.names_sami.values() if n not in names]
        return " – ".join(names)

    def names(self) -> InEachLang:
        """``display_name`` in each language: a message says the one of its language."""
        return each_lang(self.display_name)

    def named(self) -> InEachLang:
        """ "Pargas (445)" in each language, as a message names a municipality."""
        return each_lang(lambda lang: f"{self.display_name(lang)} ({self.code})")

    @property
    def bilingual(self) -> bool:
        return self.language_status.code in _BILINGUAL

    @property
    def survey_lang(self) -> Lang:
        """The language the survey texts default to: Swedish where Swedish is the majority."""
        return "sv" if self.language_status.code in _SWEDISH_MAJORITY else "fi"

    @property
    def organises_own_services(self) -> bool:
        """Helsinki is its own area: it organises health, social and rescue services itself."""
        return self.wellbeing_area.code == HELSINKI_AREA

    @property
    def outside_reform(self) -> bool:
        return self.wellbeing_area.code == ALAND_AREA


class Network(Plain):
    __slots__ = (
        "description_en",
        "description_fi",
        "description_sv",
        "id",
        "members",
        "name_en",
        "name_fi",
        "name_sv",
    )

    def __init__(
        self,
        id: str,
        name_fi: str,
        name_sv: str,
        name_en: str,
        description_fi: str,
        description_sv: str,
        description_en: str,
        members: tuple[str, ...],  # municipality codes, sorted
    ) -> None:
        self.id: Final = id
        self.name_fi: Final = name_fi
        self.name_sv: Final = name_sv
        self.name_en: Final = name_en
        self.description_fi: Final = description_fi
        self.description_sv: Final = description_sv
        self.description_en: Final = description_en
        self.members: Final = members

    def name(self, lang: Lang) -> str:
        return pick({"fi": self.name_fi, "sv": self.name_sv, "en": self.name_en}, lang)

    def description(self, lang: Lang) -> str:
        texts = {"fi": self.description_fi, "sv": self.description_sv, "en": self.description_en}
        return pick(texts, lang)
