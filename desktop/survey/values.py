"""Answers typed by a person, turned into JSON by the question's kind, and shown back.

A value of the wrong kind (letters for a number, "maybe" for yes/no, a
choice that does not exist) is refused here with a message, before anything
is stored. Range and length limits are left to validation, so an answer can
be saved first and fixed later, as on paper.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, entry, known, pick, text
from desktop.jsonvalue import JSONValue
from desktop.patterns import Pattern
from desktop.survey.formatting import (
    AmbiguousNumber,
    format_date,
    format_number,
    parse_date,
    parse_number,
    with_unit,
)
from desktop.survey.model import NUMERIC_KINDS, Field, Kind

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from decimal import Decimal

NONE_WORDS = frozenset({"none", "ei yhtään", "inga", "-"})
_TEXT_KINDS = frozenset({Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.PHONE})


def _none_words(field: Field) -> set[str]:
    shown = "survey.value.none_chosen" if field.kind is Kind.MULTICHOICE else "survey.value.no_rows"
    labels = {*field.none_label.values(), *entry(shown).values()}
    return {*NONE_WORDS, *(label.casefold() for label in labels)}


YES_WORDS = frozenset({"kyllä", "k", "joo", "ja", "j", "yes", "y", "true", "1"})
NO_WORDS = frozenset({"ei", "e", "nej", "n", "no", "false", "0"})


class AnswerError(UserError):
    """An answer that does not fit its question."""


def _number(decimal_value: Decimal) -> int | float:
    return (
        int(decimal_value)
        if decimal_value == decimal_value.to_integral_value()
        else float(decimal_value)
    )


def _choice(field: Field, text: str, lang: Lang) -> str | int:
    wanted = text.strip().casefold()
    for option in field.options:
        names = {str(option.value).casefold()} | {
            pick(option.label, code).casefold() for code in LANGS
        }
        if wanted in names:
            return option.value
    # By the names the user sees (each is also taken as typed), not the stored codes.
    choices = ", ".join(pick(o.label, lang) for o in field.options)
    raise AnswerError("survey.answer.unknown_choice", text=text, choices=choices)


def _as_json(text: str, kind: type) -> JSONValue:
    """``text`` read as JSON when it is written as a JSON value of ``kind`` (a choice typed
    as ``"leased"``, many as ``["law", "ict_systems"]``), else None."""
    stripped = text.strip()
    if not stripped.startswith(("[", '"')):
        return None
    try:
        value = parse_json(stripped)
    except UserError:
        return None
    return value if isinstance(value, kind) else None


# The largest integer every JSON reader holds exactly (I-JSON, RFC 7493; RFC 8785 refuses 2^53).
_LARGEST = 2**53 - 1


def _without_unit(field: Field, text: str) -> str:
    """``text`` without the question's own unit typed after the number ("250 000 €",
    "12,5 %", "12 hlö", in any of the survey's languages; m² also as m2)."""
    units = {unit for unit in field.unit.values() if unit}
    units |= {unit.replace("²", "2") for unit in units}
    stripped = text.strip()
    folded = stripped.casefold()
    for unit in sorted(units, key=len, reverse=True):
        if folded.endswith(unit.casefold()):
            number = stripped[: -len(unit)].rstrip()
            return number or text
    return text


def parse_answer(field: Field, text: str, lang: Lang) -> JSONValue:
    """The JSON value of ``text`` typed for ``field``; AnswerError when it does not fit."""
    kind = field.kind
    if kind in NUMERIC_KINDS:
        try:
            number = parse_number(_without_unit(field, text), lang)
        except AmbiguousNumber as both:
            raise AnswerError(
                "survey.answer.ambiguous_point",
                text=text,
                grouped=format_number(_number(both.grouped), lang),
                decimal=format_number(_number(both.decimal), lang),
            ) from None
        except ValueError:
            raise AnswerError("survey.answer.not_a_number", text=text) from None
        if abs(number) > _LARGEST:  # no reader holds it exactly, nor can it be shown back
            shown = text if len(text) <= 24 else f"{text[:20]}…"
            raise AnswerError(
                "survey.answer.too_large", text=shown, limit=format_number(_LARGEST, lang)
            )
        if kind is Kind.INTEGER and number != number.to_integral_value():
            raise AnswerError("survey.answer.not_an_integer", text=text)
        return int(number) if kind is Kind.INTEGER else _number(number)
    if kind is Kind.YESNO:
        word = text.strip().casefold()
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        raise AnswerError("survey.answer.not_yes_no", text=text)
    if kind is Kind.CHOICE:
        given = _as_json(text, str)
        return _choice(field, given if isinstance(given, str) else text, lang)
    if (
        kind is Kind.MULTICHOICE
        and field.allows_none
        and text.strip().casefold() in _none_words(field)
    ):
        return []  # the answer "none of these"
    if kind is Kind.MULTICHOICE:
        listed = _as_json(text, list)
        if isinstance(listed, list):
            parts = [p if isinstance(p, str) else json.dumps(p) for p in listed]
        else:
            parts = [p for p in (s.strip() for s in text.replace(";", ",").split(",")) if p]
        return list(dict.fromkeys(_choice(field, p, lang) for p in parts))
    if kind is Kind.DATE:
        try:
            return parse_date(text).isoformat()
        except ValueError:
            raise AnswerError("survey.answer.not_a_date", text=text) from None
    if kind is Kind.TABLE and text.strip().casefold() in _none_words(field):
        return []  # the answer "none": no rows
    if kind is Kind.TABLE:
        example = f"/{field.key}/0/{field.columns[0].key}" if field.columns else f"/{field.key}/0"
        raise AnswerError(
            "survey.answer.table_as_text", question=pick(field.label, lang), example=example
        )
    return clean_text(field, text).strip()


# Control characters (C0, DEL, C1): a line break or tab pasted into one line becomes a space,
# a long answer keeps its lines and tabs, and every other one is dropped.
_CONTROLS = Pattern(r"[\x00-\x1f\x7f-\x9f]")
_BREAKS = Pattern(r"\r\n?|[\n\v\f\x85]")
_KEPT_IN_LONG_TEXT = frozenset("\n\t")


def clean_text(field: Field, text: str) -> str:
    """Typed or pasted ``text`` without the control characters no answer is meant to hold."""
    if not _CONTROLS.search(text):
        return text
    if field.kind is Kind.LONGTEXT:
        text = _BREAKS.sub("\n", text)
        return _CONTROLS.sub(lambda m: m[0] if m[0] in _KEPT_IN_LONG_TEXT else "", text)
    return _CONTROLS.sub("", _BREAKS.sub(" ", text).replace("\t", " "))


def _control_in(field: Field, value: str) -> str | None:
    """The first control character ``value`` holds that ``field`` cannot, escaped."""
    for found in _CONTROLS.finditer(value):
        if field.kind is Kind.LONGTEXT and found[0] in "\n\t\r":
            continue
        return f"U+{ord(found[0]):04X}"
    return None


def parse_json(text: str, *, stdin: bool = False) -> JSONValue:
    """A JSON value typed by a person, read as strictly as a received file.

    Nesting, numbers no reader holds, duplicate keys and text that is not
    UTF-8 are refused with their own message before anything is stored, which
    names the value, or standard input when it was read from there (``stdin``).
    """
    from desktop import safejson  # the one strict JSON reader

    try:
        return safejson.loads(text.encode("utf-8", "surrogatepass"), max_bytes=_MAX_JSON_BYTES)
    except safejson.SafeJsonError as exc:
        if exc.key == "safejson.invalid":
            key = "survey.answer.stdin_not_json" if stdin else "survey.answer.not_json"
            raise AnswerError(key, reason=exc.values["reason"]) from None
        raise exc.about("safejson.subject.stdin" if stdin else "safejson.subject.value") from None


# A whole table of a thousand rows typed as JSON fits easily.
_MAX_JSON_BYTES = 4 << 20


def _type_name(json_type: str, lang: Lang) -> str:
    """What a JSON type is called in ``lang`` (an unnamed one by its own name)."""
    if known(f"survey.value.type.{json_type}"):
        return text(f"survey.value.type.{json_type}", lang)
    return json_type


def _json_type(value: JSONValue) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def expected_type(field: Field) -> str:
    if field.kind in (Kind.NUMBER, Kind.MONEY):
        return "number"
    if field.kind is Kind.INTEGER:
        return "integer"
    if field.kind is Kind.YESNO:
        return "boolean"
    if field.kind in (Kind.MULTICHOICE, Kind.TABLE):
        return "array"
    if field.kind is Kind.CHOICE and field.options and isinstance(field.options[0].value, int):
        return "integer"
    return "string"


def check_type(field: Field, value: JSONValue, lang: Lang) -> None:
    """Refuse a JSON value of the wrong type for ``field`` (limits are validation's job)."""
    got = _json_type(value)
    wanted = expected_type(field)
    fits = got == wanted or (wanted == "number" and got == "integer")
    if fits and field.kind is Kind.TABLE:
        assert isinstance(value, list)
        fits = all(isinstance(row, dict) for row in value)
    if not fits:
        raise AnswerError(
            "survey.answer.wrong_type",
            question=pick(field.label, lang),
            got=_type_name(got, lang),
            expected=text(f"survey.value.type.{wanted}", lang),
        )
    allowed = [o.value for o in field.options]
    if allowed and field.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        given = value if isinstance(value, list) else [value]
        for item in given:
            if item not in allowed or isinstance(item, bool):
                choices = ", ".join(pick(o.label, lang) for o in field.options)
                shown = item if isinstance(item, str) else json.dumps(item)
                raise AnswerError("survey.answer.unknown_choice", text=shown, choices=choices)
    if isinstance(value, str) and field.kind in _TEXT_KINDS:
        control = _control_in(field, value)
        if control is not None:
            raise AnswerError(
                "survey.answer.control_character", question=pick(field.label, lang), char=control
            )


def check_row(field: Field, value: JSONValue, lang: Lang) -> None:
    """Refuse a table row that is not an object of the table's columns' types."""
    if not isinstance(value, dict):
        raise AnswerError(
            "survey.answer.wrong_type",
            question=pick(field.label, lang),
            got=_type_name(_json_type(value), lang),
            expected=text("survey.value.type.object", lang),
        )
    for key, cell in value.items():
        column = field.column(key)
        if column is not None:
            check_type(column, cell, lang)


def _money_decimals(field: Field, value: int | float) -> int | None:
    """Cents for a sum of euros and cents (12,50 €); a sum typed finer (12,345) is shown as
    stored, never rounded, so what the screen shows is what is kept."""
    if field.kind is not Kind.MONEY or float(value).is_integer():
        return None
    return 2 if round(value, 2) == value else None


def answer_text(field: Field, value: JSONValue, lang: Lang) -> str:
    """A stored answer as it is typed back: ``1 250,5`` (the unit stands beside the input),
    ``15.2.2022``. ``parse_answer`` reads it back as the same value."""
    if value is None:
        return ""
    if field.kind in NUMERIC_KINDS and isinstance(value, int | float):
        if isinstance(value, bool):
            return str(value)
        decimals = _money_decimals(field, value)
        return format_number(value, lang, decimals=decimals)
    if field.kind is Kind.DATE and isinstance(value, str):
        try:
            return format_date(value)
        except ValueError:
            return value
    return str(value)


def display_value(field: Field, value: JSONValue, lang: Lang) -> str:
    """An answer as a person reads it: 1 250,5 m², kyllä, 15.2.2022, the choice's label."""
    if value is None:
        return ""
    kind = field.kind
    if kind is Kind.YESNO and isinstance(value, bool):
        return text("survey.value.yes" if value else "survey.value.no", lang)
    if kind in NUMERIC_KINDS and isinstance(value, int | float) and not isinstance(value, bool):
        decimals = _money_decimals(field, value)
        number = format_number(value, lang, decimals=decimals)
        return with_unit(number, pick(field.unit, lang), value, lang)
    if kind is Kind.CHOICE:
        return field.option_label(value, lang)
    if kind is Kind.MULTICHOICE and value == []:
        return pick(field.none_label or entry("survey.value.none_chosen"), lang)
    if kind is Kind.MULTICHOICE and isinstance(value, list):
        return ", ".join(field.option_label(v, lang) for v in value)
    if kind is Kind.DATE and isinstance(value, str):
        try:
            return format_date(value)
        except ValueError:
            return value
    if kind is Kind.TABLE and value == []:
        # A table answered "none" (stored as an empty list), when its schema gives no label.
        return pick(field.none_label or entry("survey.value.no_rows"), lang)
    if kind is Kind.TABLE and isinstance(value, list):
        return text("survey.value.rows", lang, count=len(value))
    if isinstance(value, Mapping | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
