"""Survey definitions: loading and checking the schemas, the field model, validation.

Owns: the catalog of rounds and their section schemas (``loader``), the field
model (``model``), reading and showing an answer as a person types it
(``values``, ``formatting``: numbers, dates, local times), validation with our
own messages (``validation``, ``messages``), rules between answers and
computed values (``rules``) and confirmed warnings (``explanations``). Qt-free.

May import only the ground floor: i18n, paths, errors, jsonvalue and the
strict JSON reader ``desktop.safejson`` (the layers contract in
pyproject.toml keeps it so).
"""

from __future__ import annotations

from desktop.survey.loader import Catalog, SchemaError, UnknownRound, load_catalog, shipped_catalog
from desktop.survey.model import Condition, Field, Kind, Option, Round, RoundStatus, Section

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from desktop.survey.validation import Problem, validate_round, validate_section

# Loaded when answers are first checked (once the window is up), not with the definitions.
_VALIDATION = frozenset({"Problem", "validate_round", "validate_section"})


def __getattr__(name: str) -> Any:
    if name in _VALIDATION:
        from desktop.survey import validation

        return getattr(validation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Catalog",
    "Condition",
    "Field",
    "Kind",
    "Option",
    "Problem",
    "Round",
    "RoundStatus",
    "SchemaError",
    "Section",
    "UnknownRound",
    "load_catalog",
    "shipped_catalog",
    "validate_round",
    "validate_section",
]
