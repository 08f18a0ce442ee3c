"""Survey definitions: loading and checking the schemas, the field model, validation."""

from desktop.survey.loader import Catalog, SchemaError, UnknownRound, load_catalog, shipped_catalog
from desktop.survey.model import Condition, Field, Kind, Option, Round, RoundStatus, Section
from desktop.survey.validation import Problem, validate_round, validate_section

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
