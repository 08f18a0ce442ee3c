"""What an author sees before publishing a round: its report as a draft, empty and filled.

The filled draft has an answer to every question made up from the schema
(the first choice, the smallest allowed number above zero, the round's
opening date, one row per table), so every question, unit and computed
value shows on paper as an official's answers would.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from desktop.i18n import Lang
from desktop.i18n import text as message_text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.municipalities import Register
from desktop.storage import Profile
from desktop.survey import Field, Kind, Round

# A municipality for the drafts' cover: Helsinki, the first of the register.
DRAFT_MUNICIPALITY: Final = "091"


def sample_value(field: Field, rnd: Round, lang: Lang) -> JSONValue:
    """An answer to ``field`` of the kind it asks for."""
    schema = field.schema
    kind = field.kind
    if kind is Kind.TABLE:
        return [{column.key: sample_value(column, rnd, lang) for column in field.columns}]
    if field.options:
        first = field.options[0].value
        return [first] if kind is Kind.MULTICHOICE else first
    if kind in (Kind.NUMBER, Kind.MONEY, Kind.INTEGER):
        low = schema.get("minimum", 1)
        high = schema.get("maximum", max(low, 1) * 10)
        value = min(max(low, 1), high)
        return int(value) if kind is Kind.INTEGER else value
    if kind is Kind.YESNO:
        return True
    if kind is Kind.DATE:
        return rnd.opens.isoformat()
    if kind is Kind.EMAIL:
        return "kirjaamo@example.fi"
    if kind is Kind.PHONE:
        return "+358 9 123 4567"
    if kind is Kind.MUNICIPALITY:
        return DRAFT_MUNICIPALITY
    text = message_text("rounds.draft.example", lang)
    return text[: int(schema.get("maxLength", len(text)))]


def sample_answers(rnd: Round, lang: Lang) -> dict[str, JSONObject]:
    return {
        section.id: {field.key: sample_value(field, rnd, lang) for field in section.fields}
        for section in rnd.sections
    }


def render_drafts(
    rnd: Round, lang: Lang, when: datetime, register: Register
) -> tuple[bytes, bytes]:
    """(empty, filled): the round's report as drafts, unsigned and watermarked."""
    from desktop import __version__
    from desktop.export.report import render_report

    municipality = register.get(DRAFT_MUNICIPALITY)
    profile = Profile(municipality_code=municipality.code)
    drafts = []
    for answers in ({}, sample_answers(rnd, lang)):
        drafts.append(
            render_report(
                rnd,
                answers,
                profile,
                municipality,
                lang=lang,
                signer_name="-",
                fingerprint=None,
                generated_at=when,
                draft=True,
                generator_version=__version__,
            )
        )
    return drafts[0], drafts[1]
