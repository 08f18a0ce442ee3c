"""The survey as the program sees it: rounds, sections, ordered fields, follow-ups.

Built by ``desktop.survey.loader`` from the JSON Schemas; nothing here reads
files. A section's fields keep the schema's ``x-order``; a follow-up field is
shown (and, when its condition says so, required) only while its trigger
holds, and a hidden follow-up's stored value is left out of validation.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from desktop.i18n import Lang, Texts, pick
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.plain import Plain

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final, Protocol

    from desktop.survey.rules import Computed, Rule


class Kind(StrEnum):
    """The kinds of field; each has one widget class in the form."""

    NUMBER = "number"
    INTEGER = "integer"
    MONEY = "money"
    TEXT = "text"
    LONGTEXT = "longtext"
    EMAIL = "email"
    PHONE = "phone"
    YESNO = "yesno"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    DATE = "date"
    MUNICIPALITY = "municipality"
    TABLE = "table"


NUMERIC_KINDS = frozenset({Kind.NUMBER, Kind.INTEGER, Kind.MONEY})


class RoundStatus(StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


# The classes here are plain value classes (``desktop.plain``), not dataclasses: a dataclass
# compiles its methods at every start (start-up time of the window and of every command).


class Option(Plain):
    """One choice of a question: the stored value and its label."""

    __slots__ = ("label", "value")

    def __init__(self, value: str | int, label: Texts) -> None:
        self.value: Final = value
        self.label: Final = label


class Field(Plain, uncompared=("schema",), unshown=("schema",)):
    """One question (or one column of a table)."""

    __slots__ = (
        "change_amount",
        "columns",
        "compare_threshold",
        "help",
        "key",
        "kind",
        "label",
        "none_label",
        "options",
        "read_only",
        "schema",
        "unit",
    )

    def __init__(
        self,
        key: str,
        kind: Kind,
        label: Texts,
        help: Texts,
        unit: Texts,
        options: tuple[Option, ...],
        columns: tuple[Field, ...],
        schema: Mapping[str, Any],
        read_only: bool = False,
        compare_threshold: float | None = None,
        # The absolute change from the previous round above which an explanation is asked.
        change_amount: float | None = None,
        # A table's explicit "none" answer: the label of the choice that there are no rows.
        none_label: Texts | None = None,
    ) -> None:
        self.key: Final = key
        self.kind: Final = kind
        self.label: Final = label
        self.help: Final = help
        self.unit: Final = unit
        self.options: Final = options
        self.columns: Final = columns
        self.schema: Final = schema
        self.read_only: Final = read_only
        self.compare_threshold: Final = compare_threshold
        self.change_amount: Final = change_amount
        self.none_label: Final[Texts] = {} if none_label is None else none_label

    def column(self, key: str) -> Field | None:
        return next((c for c in self.columns if c.key == key), None)

    def option_label(self, value: object, lang: Lang) -> str:
        for option in self.options:
            if option.value == value:
                return pick(option.label, lang)
        return str(value)

    def title(self, lang: Lang) -> str:
        """The label with its unit, as a question is shown: "Kerrosala (m²)"."""
        label = pick(self.label, lang)
        unit = pick(self.unit, lang)
        return f"{label} ({unit})" if unit else label

    @property
    def minimum(self) -> float | None:
        value = self.schema.get("minimum")
        return float(value) if value is not None else None

    @property
    def maximum(self) -> float | None:
        value = self.schema.get("maximum")
        return float(value) if value is not None else None

    @property
    def allows_none(self) -> bool:
        """A table the user may answer "none" (no rows: rows are theirs to add, none needed),
        or a multiple choice "none of these" (nothing ticked is then an answer, not a gap)."""
        if self.kind is Kind.MULTICHOICE:
            return not self.schema.get("minItems")
        if self.kind is not Kind.TABLE or self.schema.get("x-fixed-rows"):
            return False
        return not self.schema.get("minItems")

    @property
    def allows_empty_list(self) -> bool:
        """Whether an empty list is an answer: a table's "none", or "none of these"."""
        return self.kind is Kind.TABLE or (self.kind is Kind.MULTICHOICE and self.allows_none)

    @property
    def max_length(self) -> int | None:
        value = self.schema.get("maxLength")
        return int(value) if value is not None else None


class Condition(Plain, unshown=("when",)):
    """A follow-up rule: while ``when`` holds, ``shows`` are visible and ``requires`` required."""

    __slots__ = ("requires", "shows", "trigger_fields", "when")

    def __init__(
        self,
        when: Mapping[str, Any],
        requires: tuple[str, ...],
        shows: tuple[str, ...],
        trigger_fields: tuple[str, ...],
    ) -> None:
        self.when: Final = when
        self.requires: Final = requires
        self.shows: Final = shows
        self.trigger_fields: Final = trigger_fields

    def holds(self, answers: Mapping[str, JSONValue]) -> bool:
        # The meta schema restricts `if` to properties with const/enum/contains
        # plus required, so it is evaluated here without a validator round-trip.
        for name in self.when.get("required", ()):
            if name not in answers:
                return False
        for name, rule in self.when.get("properties", {}).items():
            if name not in answers:
                continue
            value = answers[name]
            if "const" in rule and not _same(value, rule["const"]):
                return False
            if "enum" in rule and not any(_same(value, v) for v in rule["enum"]):
                return False
            if "contains" in rule and not (
                isinstance(value, list) and any(_same(v, rule["contains"]["const"]) for v in value)
            ):
                return False
        return True

    @property
    def fields(self) -> tuple[str, ...]:
        return self.requires + tuple(f for f in self.shows if f not in self.requires)


def _same(a: object, b: object) -> bool:
    # JSON Schema equality: true is not 1, 1 equals 1.0.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


class Section(Plain, uncompared=("schema",), unshown=("schema",)):
    """One part of a survey (one section schema): its questions in order and their rules."""

    __slots__ = (
        "computed",
        "conditions",
        "description",
        "fields",
        "id",
        "required",
        "rules",
        "schema",
        "schema_id",
        "sha256",
        "source",
        "title",
        "version",
    )

    def __init__(
        self,
        id: str,
        version: int,
        schema_id: str,
        title: Texts,
        description: Texts,
        fields: tuple[Field, ...],
        required: frozenset[str],
        conditions: tuple[Condition, ...],
        schema: Mapping[str, Any],
        sha256: str = "",
        source: str = "",
        rules: tuple[Rule, ...] = (),
        computed: tuple[Computed, ...] = (),
    ) -> None:
        self.id: Final = id
        self.version: Final = version
        self.schema_id: Final = schema_id
        self.title: Final = title
        self.description: Final = description
        self.fields: Final = fields
        self.required: Final = required
        self.conditions: Final = conditions
        self.schema: Final = schema
        self.sha256: Final = sha256
        self.source: Final = source
        self.rules: Final = rules
        self.computed: Final = computed

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def follow_ups(self) -> frozenset[str]:
        return frozenset(name for c in self.conditions for name in c.fields)

    def triggers_of(self, key: str) -> tuple[str, ...]:
        """The fields whose answers decide whether ``key`` is shown."""
        return tuple(
            dict.fromkeys(t for c in self.conditions if key in c.fields for t in c.trigger_fields)
        )

    def visible_keys(self, answers: Mapping[str, JSONValue]) -> frozenset[str]:
        shown = {f.key for f in self.fields} - self.follow_ups
        for condition in self.conditions:
            if condition.holds(answers):
                shown.update(condition.fields)
        return frozenset(shown)

    def required_keys(self, answers: Mapping[str, JSONValue]) -> frozenset[str]:
        needed = set(self.required)
        for condition in self.conditions:
            if condition.holds(answers):
                needed.update(condition.requires)
        return frozenset(needed)

    def visible_fields(self, answers: Mapping[str, JSONValue]) -> tuple[Field, ...]:
        shown = self.visible_keys(answers)
        return tuple(f for f in self.fields if f.key in shown)

    def effective_answers(self, answers: Mapping[str, JSONValue]) -> JSONObject:
        """The answers that count: hidden follow-ups are kept in storage but left out here."""
        shown = self.visible_keys(answers)
        return {k: v for k, v in answers.items() if k in shown or self.field(k) is None}

    def progress(self, answers: Mapping[str, JSONValue]) -> tuple[int, int]:
        """(answered, required) among the questions that must be answered now."""
        needed = self.required_keys(answers)
        answered = sum(1 for k in needed if is_answered(answers.get(k), self.field(k)))
        return answered, len(needed)


def is_answered(value: JSONValue | None, field: Field | None = None) -> bool:
    """Whether a question has an answer; a table's stored empty list is the answer "none",
    and a multiple choice's the answer "none of these" where the question offers it."""
    if value is None:
        return False
    if isinstance(value, list) and field is not None and field.allows_empty_list:
        return True
    if isinstance(value, str | list | dict):
        return len(value) > 0
    return True


class RoundOrigin(Plain):
    """Where a round that was not shipped with the program came from: a signed round package."""

    __slots__ = ("added_at", "package_sha256", "signer_fingerprint", "signer_name")

    def __init__(
        self, added_at: str, signer_fingerprint: str, signer_name: str, package_sha256: str
    ) -> None:
        self.added_at: Final = added_at
        self.signer_fingerprint: Final = signer_fingerprint
        self.signer_name: Final = signer_name
        self.package_sha256: Final = package_sha256


class Round(Plain):
    """One survey round: its dates, organisers and the sections it asks."""

    __slots__ = (
        "changes",
        "closes",
        "description",
        "earlier",
        "id",
        "opens",
        "organisers",
        "origin",
        "previous",
        "sections",
        "sha256",
        "source",
        "title",
    )

    def __init__(
        self,
        id: str,
        title: Texts,
        description: Texts,
        opens: date,
        closes: date,
        organisers: tuple[Texts, ...],
        sections: tuple[Section, ...],
        previous: str | None = None,
        # The previous round's pointers that moved: see ``desktop.survey.lineage``.
        changes: Mapping[str, str | list[str] | None] | None = None,
        # Section id → the schemas it was published with before the present one (the manifest).
        earlier: Mapping[str, tuple[Section, ...]] | None = None,
        sha256: str = "",
        source: str = "",
        # None for a round shipped with the program.
        origin: RoundOrigin | None = None,
    ) -> None:
        self.id: Final = id
        self.title: Final = title
        self.description: Final = description
        self.opens: Final = opens
        self.closes: Final = closes
        self.organisers: Final = organisers
        self.sections: Final = sections
        self.previous: Final = previous
        self.changes: Final[Mapping[str, str | list[str] | None]] = (
            {} if changes is None else changes
        )
        self.earlier: Final[Mapping[str, tuple[Section, ...]]] = {} if earlier is None else earlier
        self.sha256: Final = sha256
        self.source: Final = source
        self.origin: Final = origin

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def as_given(self, schema_ids: Mapping[str, str]) -> Round | None:
        """The round with the section schemas an answer was given with (section id → schema
        id); None when one of them is neither the present schema nor an earlier one."""
        chosen: list[Section] = []
        for section in self.sections:
            wanted = schema_ids.get(section.id)
            options = (section, *self.earlier.get(section.id, ()))
            found = next((s for s in options if s.schema_id == wanted), None)
            if found is None:
                return None
            chosen.append(found)
        return self.replace(sections=tuple(chosen))

    def effective_answers(self, answers: Mapping[str, JSONObject]) -> dict[str, JSONObject]:
        """The round's answers as they are signed and printed: its own sections only, each
        without its hidden follow-ups (they stay in storage, so flipping a trigger back
        restores them, but they are never exported)."""
        effective: dict[str, JSONObject] = {}
        for section in self.sections:
            kept = section.effective_answers(answers.get(section.id, {}))
            if kept:
                effective[section.id] = kept
        return effective

    def status(self, today: date) -> RoundStatus:
        return _status(self.opens, self.closes, today)


def _status(opens: date, closes: date, today: date) -> RoundStatus:
    if today < opens:
        return RoundStatus.UPCOMING
    if today > closes:
        return RoundStatus.CLOSED
    return RoundStatus.OPEN


if TYPE_CHECKING:
    # For the type checker only: typing waits for it (start-up time).

    class RoundListing(Protocol):
        """What a list of the rounds shows of one: a ``Round``, or a ``ListedRound``."""

        @property
        def id(self) -> str: ...

        @property
        def title(self) -> Texts: ...

        @property
        def opens(self) -> date: ...

        @property
        def closes(self) -> date: ...

        @property
        def origin(self) -> RoundOrigin | None: ...

        def status(self, today: date) -> RoundStatus: ...


class ListedRound:
    """A shipped round as its manifest names it, before its sections are read: what the
    window's list of rounds shows of the rounds not on screen (start-up time)."""

    __slots__ = ("closes", "id", "opens", "title")
    origin: RoundOrigin | None = None  # shipped with the program

    def __init__(self, id: str, title: Texts, opens: date, closes: date) -> None:
        self.id = id
        self.title = title
        self.opens = opens
        self.closes = closes

    def status(self, today: date) -> RoundStatus:
        return _status(self.opens, self.closes, today)
