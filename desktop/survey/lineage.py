"""How the questions of a round line up with those of its previous round.

The same JSON pointer in two rounds is the same question. Where a question
moved, the round manifest's ``changes`` says so, keyed by the previous
round's pointer:

- ``"/old/pointer": "/new/pointer"``: renamed or moved;
- ``"/old/pointer": null``: removed (not asked any more);
- ``"/old/pointer": ["/new/a", "/new/b"]``: split into several questions; the
  old answer is shown beside each of them but copied into none;
- two old pointers naming the same new one: merged; both old answers are
  shown, neither is copied.

A question of the round that no previous question leads to is new. A
pointer is ``/section/field``, or ``/section/table/column`` for a column of
a table (no row number). The loader checks every pointer of the mapping
against both rounds (``check_changes``), so a mistyped one stops the round
with its file and pointer named.

The rows of a table line up by their key column, not by position: the one
the schema names with ``x-row-key``, or else the table's first column (the
building, the staff group, the interface), which is what the tables
published before ``x-row-key`` existed key their rows by.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from desktop.jsonvalue import JSONValue
from desktop.plain import Plain
from desktop.survey.model import Field, Round, Section

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

Changes = Mapping[str, "str | list[str] | None"]


def questions(sections: Iterable[Section]) -> dict[str, Field]:
    """Every question pointer of ``sections``: fields, and the columns of tables."""
    found: dict[str, Field] = {}
    for section in sections:
        for item in section.fields:
            found[f"/{section.id}/{item.key}"] = item
            for column in item.columns:
                found[f"/{section.id}/{item.key}/{column.key}"] = column
    return found


def all_versions(rnd: Round) -> list[Section]:
    """The round's sections in every schema version it was published with."""
    return [*rnd.sections, *(s for earlier in rnd.earlier.values() for s in earlier)]


def targets_of(changes: Changes, pointer: str) -> tuple[str, ...]:
    """Where an old question went: itself, a new pointer, several, or nowhere."""
    if pointer not in changes:
        return (pointer,)
    target = changes[pointer]
    if target is None:
        return ()
    if isinstance(target, str):
        return (target,)
    return tuple(target)


def check_changes(rnd: Round, previous: Round) -> list[str]:
    """What is wrong with ``rnd.changes`` against the two rounds: one line per bad pointer."""
    old = questions(all_versions(previous))
    new = questions(all_versions(rnd))
    problems: list[str] = []
    for source, target in rnd.changes.items():
        if source not in old:
            problems.append(f"changes: {source} is no question of the previous round {previous.id}")
            continue
        for pointer in targets_of(rnd.changes, source):
            if pointer not in new:
                problems.append(f"changes: {source} → {pointer}: no question of round {rnd.id}")
            elif _is_column(pointer) != _is_column(source):
                problems.append(
                    f"changes: {source} → {pointer}: a table column and a question are not the same"
                )
        if isinstance(target, list) and len(set(target)) != len(target):
            problems.append(f"changes: {source} names a question twice")
    return problems


def check_previous_rounds(rounds: Mapping[str, Round]) -> dict[str, list[str]]:
    """Rounds whose ``changes`` name a question that does not exist (or that have changes
    but no previous round), each with the reasons; the other rounds are sound in this
    respect."""
    found: dict[str, list[str]] = {}
    for rnd in rounds.values():
        if rnd.previous is None:
            if rnd.changes:
                found[rnd.id] = ["changes are given but no previous round"]
            continue
        previous = rounds.get(rnd.previous)
        if previous is None:
            # Unknown, or its own file is broken: this round stays usable, without previous
            # answers (last year's round opens even when another file is damaged).
            continue
        reasons = check_changes(rnd, previous)
        if reasons:
            found[rnd.id] = reasons
    return found


def _is_column(pointer: str) -> bool:
    return pointer.count("/") == 3


def row_key(table: Field) -> str:
    """The column a table's rows are known by across rounds."""
    named = table.schema.get("x-row-key")
    if isinstance(named, str) and table.column(named) is not None:
        return named
    return table.columns[0].key


def key_text(value: JSONValue | None) -> str | None:
    """A row key as compared: text without case or extra spaces; None when there is none."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split()).casefold()
    return text or None


class ChangeKind(StrEnum):
    NEW = "new"
    REWORDED = "reworded"
    RENAMED = "renamed"
    SPLIT = "split"
    MERGED = "merged"
    REMOVED = "removed"


# Plain value classes (``desktop.plain``): a dataclass compiles its methods at every start.


class Link(Plain):
    """One current question and the previous question(s) its answer comes from."""

    __slots__ = ("pointer", "question", "sources", "split")

    def __init__(
        self,
        pointer: str,
        question: Field,
        sources: tuple[str, ...],
        split: bool,  # a source that went to several questions: shown, not copied
    ) -> None:
        self.pointer: Final = pointer
        self.question: Final = question
        self.sources: Final = sources
        self.split: Final = split

    @property
    def copyable(self) -> bool:
        return len(self.sources) == 1 and not self.split


class Change(Plain):
    """What changed about one question since the previous round."""

    __slots__ = ("kind", "new", "old", "pointer")

    def __init__(
        self,
        kind: ChangeKind,
        pointer: str,  # the current pointer (the old one for a removed question)
        old: tuple[tuple[str, Field], ...],
        new: Field | None,
    ) -> None:
        self.kind: Final = kind
        self.pointer: Final = pointer
        self.old: Final = old
        self.new: Final = new


class Lineage(Plain, mutable=True):
    """The questions of ``current`` with their sources in ``previous`` (as it was answered)."""

    __slots__ = ("current", "links", "old_questions", "previous")

    def __init__(
        self,
        current: Round,
        previous: Round,
        links: dict[str, Link] | None = None,
        old_questions: dict[str, Field] | None = None,
    ) -> None:
        self.current = current
        self.previous = previous
        self.links: dict[str, Link] = {} if links is None else links
        self.old_questions: dict[str, Field] = {} if old_questions is None else old_questions

    @classmethod
    def between(cls, current: Round, previous: Round) -> Lineage:
        lineage = cls(current, previous)
        new = questions(current.sections)
        lineage.old_questions = questions(previous.sections)
        sources: dict[str, list[str]] = {}
        split: set[str] = set()
        for old in lineage.old_questions:
            targets = [t for t in targets_of(current.changes, old) if t in new]
            for target in targets:
                sources.setdefault(target, []).append(old)
            if len(targets_of(current.changes, old)) > 1:
                split.update(targets)
        for pointer, question in new.items():
            if pointer in sources:
                lineage.links[pointer] = Link(
                    pointer, question, tuple(sources[pointer]), pointer in split
                )
        return lineage

    def link(self, pointer: str) -> Link | None:
        return self.links.get(pointer)

    def old_question(self, pointer: str) -> Field | None:
        return self.old_questions.get(pointer)

    def column_source(self, table_pointer: str, column: str) -> str | None:
        """The previous column of the table a current column's cells come from."""
        link = self.links.get(f"{table_pointer}/{column}")
        table_link = self.links.get(table_pointer)
        if link is None or table_link is None or not link.copyable:
            return None
        (source,) = link.sources
        old_table = source.rsplit("/", 1)[0]
        return source.rsplit("/", 1)[1] if old_table in table_link.sources else None

    def changes(self) -> list[Change]:
        """The questions that are new, reworded, renamed, split, merged or removed."""
        found: list[Change] = []
        reached: set[str] = set()
        for pointer, question in questions(self.current.sections).items():
            link = self.links.get(pointer)
            if link is None:
                if not (_is_column(pointer) and pointer.rsplit("/", 1)[0] not in self.links):
                    found.append(Change(ChangeKind.NEW, pointer, (), question))
                continue
            reached.update(link.sources)
            old = tuple((s, self.old_questions[s]) for s in link.sources)
            if len(link.sources) > 1:
                kind: ChangeKind | None = ChangeKind.MERGED
            elif link.split:
                kind = ChangeKind.SPLIT
            elif link.sources[0] != pointer:
                kind = ChangeKind.RENAMED
            elif _wording(old[0][1]) != _wording(question):
                kind = ChangeKind.REWORDED
            else:
                kind = None
            if kind is not None:
                found.append(Change(kind, pointer, old, question))
        for pointer, question in self.old_questions.items():
            if pointer not in reached and not self._inside_removed_table(pointer, reached):
                found.append(Change(ChangeKind.REMOVED, pointer, ((pointer, question),), None))
        return found

    def _inside_removed_table(self, pointer: str, reached: set[str]) -> bool:
        # A removed table's columns go with it: the table is listed, not each column.
        return _is_column(pointer) and pointer.rsplit("/", 1)[0] not in reached


def _wording(question: Field) -> tuple[object, ...]:
    options = tuple((str(o.value), tuple(sorted(o.label.items()))) for o in question.options)
    return (tuple(sorted(question.label.items())), tuple(sorted(question.unit.items())), options)


def round_changes(rnd: Round, rounds: Mapping[str, Round]) -> list[Change]:
    """What changed in ``rnd`` since its previous round (none without one)."""
    previous = rounds.get(rnd.previous) if rnd.previous else None
    return Lineage.between(rnd, previous).changes() if previous is not None else []
