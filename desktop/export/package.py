"""``survey.json``, the data file of a submission package: data in, bytes out.

The file holds the answers of one round by one municipality together with
the exact section schemas they were given against: each schema's ``$id`` and
the SHA-256 of its file. It is written as RFC 8785 canonical JSON (the
``rfc8785`` package), so the same answers always give the same bytes. Its
shape is ``schemas/meta/package.schema.json``.

A received one is checked by ``desktop.collect.receiving``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Final

import rfc8785

from desktop.errors import UserError
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.municipalities import Municipality
from desktop.survey import (
    Problem,
    Round,
)
from desktop.survey.explanations import check_of
from desktop.survey.rules import compute

FORMAT: Final = "urn:tilannekuva:package:1"
SURVEY_NAME: Final = "survey.json"
REPORT_NAME: Final = "report.pdf"
GENERATOR: Final = "Tilannekuva"


class PackageError(UserError):
    """``survey.json`` cannot be written."""


def exported_now() -> datetime:
    """The export time: now, in UTC, to the second (it is printed and stored)."""
    return datetime.now(UTC).replace(microsecond=0)


def survey_document(
    rnd: Round,
    answers: Mapping[str, JSONObject],
    municipality: Municipality,
    *,
    submission: int,
    generator_version: str,
    exported_at: datetime,
    problems: Sequence[Problem] = (),
) -> JSONObject:
    """The content of ``survey.json`` for the round's answers (``Workbook.answers``).

    ``problems`` are the round's (``Workbook.problems``): the warnings among
    them that were explained travel with the answers.
    """
    effective = rnd.effective_answers(answers)
    document: JSONObject = {
        "format": FORMAT,
        "round": rnd.id,
        "schemas": [
            {"section": section.id, "id": section.schema_id, "sha256": section.sha256}
            for section in rnd.sections
        ],
        "municipality": {"code": municipality.code, "name": municipality.name_fi},
        "generator": {"name": GENERATOR, "version": generator_version},
        "exported_at": exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "submission": submission,
        # Only the round's own sections, each as the report prints it: a hidden follow-up's
        # stored answer is signed nowhere (the municipality comes from the profile).
        "answers": dict(effective),
    }
    computed: JSONObject = {
        section.id: {
            item.id: compute(item, effective.get(section.id, {})) for item in section.computed
        }
        for section in rnd.sections
        if section.computed
    }
    if computed:
        document["computed"] = computed
    explained: list[JSONValue] = [
        {"check": check_of(p), "pointer": p.pointer, "text": p.explanation}
        for p in problems
        if p.explanation is not None
    ]
    if explained:
        document["explanations"] = explained
    return document


def encode(document: JSONObject) -> bytes:
    """RFC 8785 canonical JSON of ``document``."""
    try:
        return rfc8785.dumps(document)
    except rfc8785.CanonicalizationError as exc:
        raise PackageError("export.package.unencodable", reason=exc) from exc
