"""The previous round's answers seen through the current round's questions.

``desktop.survey.lineage`` says which previous question each current one
comes from; this holds the previous answers themselves and reads them by
current pointer: a field's previous answer, a table's previous rows by key
(with the columns renamed to the current ones), the previous value of one
cell of a current row, and the previous rows that are missing now. Where the
answers come from (a signed package, or saved answers never sent) is the
review service's business (``desktop.review.previous``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.i18n import Lang, text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.plain import Plain
from desktop.survey.lineage import Lineage, Link, key_text, row_key
from desktop.survey.model import Field, Kind
from desktop.survey.values import display_value
from desktop.untrusted import escape_lines

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final


# Plain value classes (``desktop.plain``): a dataclass compiles its methods at every start.


class Source(Plain):
    """Which answers count as "previous": a submission of a round, or its saved answers
    (never sent, or ``unverified``: sent, but no stored signed package of it passes the
    check, so what was sent cannot be read from it)."""

    __slots__ = ("round_id", "submission", "submitted_at", "unverified")

    def __init__(
        self,
        round_id: str,
        submission: int | None,  # None: saved answers
        submitted_at: str | None = None,
        unverified: bool = False,
    ) -> None:
        self.round_id: Final = round_id
        self.submission: Final = submission
        self.submitted_at: Final = submitted_at
        self.unverified: Final = unverified

    @property
    def sent(self) -> bool:
        return self.submission is not None

    def label(self, lang: Lang) -> str:
        """How the answer is introduced: "2022-1", or "2022-1 (lähettämätön)"; a sent round
        whose signed files fail the check, as the local copy it is."""
        if self.sent:
            return self.round_id
        said = "survey.previous.unverified" if self.unverified else "survey.previous.unsent"
        return f"{self.round_id} ({text(said, lang)})"

    def audit_text(self) -> str:
        """What the audit log keeps: "2022-1#1", or "2022-1" for saved answers."""
        return f"{self.round_id}#{self.submission}" if self.sent else self.round_id


class PreviousValue(Plain):
    """One previous answer: the value and the question it was given to."""

    __slots__ = ("question", "value")

    def __init__(self, value: JSONValue, question: Field) -> None:
        self.value: Final = value
        self.question: Final = question

    def shown(self, lang: Lang) -> str:
        return display_value(self.question, self.value, lang)


class PreviousAnswers(Plain, mutable=True):
    __slots__ = ("_rows", "answers", "lineage", "source")

    def __init__(self, source: Source, lineage: Lineage, answers: Mapping[str, JSONObject]) -> None:
        self.source = source
        self.lineage = lineage
        self.answers = answers
        # Each table's previous rows by key, worked out when first asked for.
        self._rows: dict[str, dict[str, JSONObject]] = {}

    def _at(self, pointer: str) -> JSONValue | None:
        _, section, key = pointer.split("/")[:3]
        return self.answers.get(section, {}).get(key)

    def values(self, pointer: str) -> list[PreviousValue]:
        """Every previous answer behind the current question ``/section/field`` (several when
        questions were merged); empty when it is new or was not answered."""
        link = self.lineage.link(pointer)
        if link is None:
            return []
        found = []
        for source in link.sources:
            value = self._at(source)
            question = self.lineage.old_question(source)
            if value is not None and question is not None and source.count("/") == 2:
                found.append(PreviousValue(value, question))
        return found

    def value(self, pointer: str) -> PreviousValue | None:
        """The one previous answer a field's answer can be compared with or copied from."""
        link = self.lineage.link(pointer)
        if link is None or not link.copyable:
            return None
        found = self.values(pointer)
        return found[0] if len(found) == 1 else None

    def link(self, pointer: str) -> Link | None:
        return self.lineage.link(pointer)

    # -- tables --------------------------------------------------------------

    def rows(self, table_pointer: str) -> dict[str, JSONObject]:
        """The previous rows of a current table by key, cells under the current columns."""
        if table_pointer in self._rows:
            return self._rows[table_pointer]
        rows: dict[str, JSONObject] = {}
        table = self._table(table_pointer)
        previous = self.value(table_pointer)
        if table is not None and previous is not None and isinstance(previous.value, list):
            renamed = {
                old: column.key
                for column in table.columns
                if (old := self.lineage.column_source(table_pointer, column.key)) is not None
            }
            key = row_key(table)
            for old_row in previous.value:
                if not isinstance(old_row, dict):
                    continue
                row: JSONObject = {renamed[k]: v for k, v in old_row.items() if k in renamed}
                text = key_text(row.get(key))
                if text is not None and text not in rows:
                    rows[text] = row
        self._rows[table_pointer] = rows
        return rows

    def row_for(self, table_pointer: str, current_row: JSONValue) -> JSONObject | None:
        """The previous row with the same key as ``current_row``."""
        table = self._table(table_pointer)
        if table is None or not isinstance(current_row, dict):
            return None
        text = key_text(current_row.get(row_key(table)))
        return self.rows(table_pointer).get(text) if text is not None else None

    def cell(self, table_pointer: str, current_row: JSONValue, column: str) -> JSONValue | None:
        row = self.row_for(table_pointer, current_row)
        return row.get(column) if row is not None else None

    def missing_rows(
        self, table_pointer: str, current_rows: Sequence[JSONValue]
    ) -> list[JSONObject]:
        """The previous rows whose key no current row has: what existed then and is missing now.
        Nothing while the table is not started (no row has its key): the previous table is then
        shown whole, as one answer, not row by row as missing."""
        table = self._table(table_pointer)
        if table is None:
            return []
        key = row_key(table)
        present = {key_text(row.get(key)) for row in current_rows if isinstance(row, dict)} - {None}
        if not present:
            return []
        return [row for text, row in self.rows(table_pointer).items() if text not in present]

    def started(self, table_pointer: str, current_rows: Sequence[JSONValue]) -> bool:
        """Whether the table at ``table_pointer`` has a row with its key: rows are answered."""
        table = self._table(table_pointer)
        if table is None:
            return bool(current_rows)
        key = row_key(table)
        return any(
            isinstance(row, dict) and key_text(row.get(key)) is not None for row in current_rows
        )

    def _table(self, table_pointer: str) -> Field | None:
        link = self.lineage.link(table_pointer)
        if link is None or link.question.kind is not Kind.TABLE:
            return None
        return link.question

    # -- shown ---------------------------------------------------------------

    def describe(self, pointer: str, lang: Lang) -> str | None:
        """A field's previous answer as the user reads it: "2022-1: 3 100 000 €" (escaped:
        ``desktop.untrusted``)."""
        found = self.values(pointer)
        if not found:
            return None
        # Last round's values may come from a received package: a bidi override or a control
        # character in one is shown as its escape (as on the command line), never obeyed.
        shown = "; ".join(escape_lines(v.shown(lang)) for v in found)
        return f"{self.source.label(lang)}: {shown}"

    def describe_cell(
        self, table_pointer: str, current_row: JSONValue, column: Field, lang: Lang
    ) -> str | None:
        value = self.cell(table_pointer, current_row, column.key)
        if value is None:
            return None
        return f"{self.source.label(lang)}: {escape_lines(display_value(column, value, lang))}"
