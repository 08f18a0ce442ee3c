"""The user's answers seen through the survey: what the command line and the window both use.

It joins the survey definitions (what a question is), the store (what was
answered) and the profile (which municipality answers). Every edit goes
through here, so an answer is checked against its question before it is
stored and the municipality field always comes from the profile.

It also hands out the municipality register (``Workbook.register``, read once
when first asked for) to everything of the official's side that names a
municipality: the submission service, the report, the profile and the form;
a command that opens no answers database reads it with ``shipped_register``.
This module is the one that loads it on that side (the coordinator's side
has ``desktop.collect.desk``); a test holds both to that.
Submitting a round is the submission service's (``desktop.submission``),
built over this.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import Lang, pick
from desktop.jsonvalue import (
    MISSING,
    JSONObject,
    JSONValue,
    PointerError,
    is_row_number,
    join_pointer,
    split_pointer,
)
from desktop.rounds.library import catalog_for
from desktop.storage import CONTACT_ANSWERS, Profile, Store, Submission
from desktop.storage.answer_rows import RowBeyondEnd
from desktop.storage.limits import check_profile as check_lengths
from desktop.survey import Catalog, Field, Kind, Round, Section
from desktop.survey.values import check_row, check_type, parse_answer, parse_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    # Each loads where it is first used: the previous round's answers and the confirmed
    # warnings once the answers are checked, after the window is up (start-up time).
    from desktop.municipalities import Register
    from desktop.rounds.library import Added
    from desktop.rounds.package import OpenedPackage
    from desktop.survey.explanations import Explanation
    from desktop.survey.previous_values import PreviousAnswers
    from desktop.survey.validation import Problem

# Where confirmed warnings are kept beside the answers: a name no section can have
# (section names start with a letter), so they never mix with answers or exports.
EXPLANATIONS = "_explanations"


class AnswerTargetError(UserError):
    """An answer or an explanation addressed to something the round does not have."""


# Background's contact questions are filled from the profile (``CONTACT_ANSWERS``).
#
# Chosen: filled and still editable. The profile is typed once, at the first start, and
# every round not yet submitted gets its contact from it; a round keeps what was typed in
# it by hand (another colleague may answer one round), and a submitted round keeps what it
# was signed with. A later change of the profile moves along every answer that still
# equals the profile's previous value, so nothing typed by hand is lost, and the report's
# contact (the round's respondent, the one person it names as contact) is never a stale
# copy of an old profile.


class Target:
    """What a pointer addresses: a field, a whole row of a table, or one cell."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("_given", "column", "field", "round", "row", "section")

    def __init__(
        self,
        round: Round,
        section: Section,
        field: Field,
        row: int | None = None,
        column: Field | None = None,
        given: str | None = None,
    ) -> None:
        self.round = round
        self.section = section
        self.field = field
        self.row = row
        self.column = column
        self._given = given  # the pointer as given, when it is ``pointer`` already

    @property
    def question(self) -> Field:
        return self.column or self.field

    @property
    def pointer(self) -> str:
        if self._given is not None:
            return self._given
        parts = ["", self.section.id, self.field.key]
        if self.row is not None:
            parts.append(str(self.row))
        if self.column is not None:
            parts.append(self.column.key)
        return "/".join(parts)


def with_municipality(
    rnd: Round, stored: dict[str, JSONObject], code: str | None
) -> dict[str, JSONObject]:
    """``stored`` with every municipality question answered from the profile's ``code``."""
    for section in rnd.sections:
        for field in section.fields:
            if field.kind is Kind.MUNICIPALITY:
                section_answers = stored.setdefault(section.id, {})
                section_answers.pop(field.key, None)
                if code is not None:
                    section_answers[field.key] = code
    return stored


def shipped_register(checks: Path | None = None) -> Register:
    """The municipality register shipped with the program, read once per process; with
    ``checks``, the folder that remembers that its files passed their checks."""
    from desktop.municipalities import Register

    return Register.load(checks=checks)


def round_progress(rnd: Round, answers: dict[str, JSONObject]) -> tuple[int, int]:
    """(answered, required) over the whole round."""
    counts = [s.progress(answers.get(s.id, {})) for s in rnd.sections]
    return sum(a for a, _ in counts), sum(r for _, r in counts)


class Workbook:
    def __init__(
        self, store: Store, catalog: Catalog | None = None, register: Register | None = None
    ) -> None:
        self.store = store
        # The shipped rounds and those the user added from round packages.
        self.catalog = catalog or catalog_for(store)
        self._register = register
        # (id of the round, section, table, column) → (that round, its section, table and
        # column), of every cell addressed so far: a cell edit looks its question up once.
        self._cells: dict[tuple[int, str, str, str], tuple[Round, Section, Field, Field]] = {}

    @property
    def register(self) -> Register:
        """The municipality register, read when first asked for (start-up time)."""
        if self._register is None:
            self._register = shipped_register(self.store.paths.schema_checks)
        return self._register

    # -- reading -------------------------------------------------------------

    def round(self, round_id: str) -> Round:
        return self.catalog.round(round_id)

    def read_rounds_again(self) -> None:
        """The rounds as the database holds them now (a restore brought other packages)."""
        self.catalog = catalog_for(self.store)

    def add_round(self, opened: OpenedPackage, data: bytes, *, actor: str | None = None) -> Added:
        """Keep a round package ``open_package`` accepted and offer its round from now on."""
        from desktop.rounds.library import add_opened

        added = add_opened(self.store, opened, data, actor=actor)
        self.catalog = added.catalog
        profile = self.store.profile()
        if added.stored and profile is not None and not self.store.is_locked(added.round.id):
            self._carry_contact(added.round, None, profile, actor)  # as every open round has
        return added

    def profile(self) -> Profile | None:
        return self.store.profile()

    def answers(self, round_id: str) -> dict[str, JSONObject]:
        """The round's answers with the municipality filled in from the profile."""
        profile = self.store.profile()
        code = profile.municipality_code if profile is not None else None
        stored = self.store.round_answers(round_id)
        stored.pop(EXPLANATIONS, None)
        return with_municipality(self.round(round_id), stored, code)

    def explanations(self, round_id: str) -> dict[str, Explanation]:
        """The warnings of the round the user confirmed, by check and pointer."""
        from desktop.survey.explanations import Explanation

        kept = self.store.round_answers(round_id).get(EXPLANATIONS, {})
        found = (Explanation.from_json(value) for value in kept.values())
        return {e.key: e for e in found if e is not None}

    def save_profile(self, profile: Profile, *, actor: str | None = None) -> None:
        """Save the profile and carry its contact into Background (see ``CONTACT_ANSWERS``)."""
        # Loaded when a profile is saved: it brings the signing libraries (the business id).
        from desktop.contact import check_profile

        check_lengths(profile)  # first: text that is not text cannot even be checked
        self.register.respondent(profile.municipality_code)  # Åland's do not answer
        check_profile(profile, self.catalog)
        old = self.store.profile()
        self.store.save_profile(profile, actor=actor)
        for rnd in self.catalog.ordered_rounds():
            if not self.store.is_locked(rnd.id):
                self._carry_contact(rnd, old, profile, actor)

    def _carry_contact(
        self, rnd: Round, old: Profile | None, new: Profile, actor: str | None
    ) -> None:
        for pointer, name in CONTACT_ANSWERS.items():
            section_id, key = split_pointer(pointer)
            section = rnd.section(section_id)
            if section is None or section.field(key) is None:
                continue
            stored = self.store.get_answer(rnd.id, pointer)
            before = getattr(old, name) if old is not None else ""
            after: str = getattr(new, name).strip()
            if stored is not MISSING and stored not in ("", before):
                continue  # typed by hand for this round: kept
            if after and stored != after:
                self.store.set_answer(rnd.id, pointer, after, actor=actor)
            elif not after and stored is not MISSING:
                self.store.remove_answer(rnd.id, pointer, actor=actor)

    def previous(self, round_id: str) -> PreviousAnswers | None:
        """The previous round's answers, lined up with this round's questions (or None)."""
        rnd = self.round(round_id)
        if rnd.previous is None or rnd.previous not in self.catalog.rounds:
            return None  # the first round of its line: nothing more to load
        from desktop.review.previous import previous_answers

        return previous_answers(self.store, self.catalog, round_id)

    def check(self, round_id: str, answers: dict[str, JSONObject]) -> list[Problem]:
        """Every problem of ``answers``: the schema's and rules' checks, and the numbers that
        changed more than their question allows since the previous round (warnings)."""
        from desktop.survey.validation import validate_round

        rnd = self.round(round_id)
        found = validate_round(rnd, answers)
        previous = self.previous(round_id)
        if previous is not None:
            # Loaded only for a round that has a previous one (start-up time of the first).
            from desktop.survey.change_checks import change_problems

            found.extend(change_problems(rnd, answers, previous))
        return found

    def problems(self, round_id: str) -> list[Problem]:
        """Errors and warnings of the round's answers, each warning with its explanation."""
        from desktop.survey.explanations import apply

        found = self.check(round_id, self.answers(round_id))
        return apply(found, self.explanations(round_id))

    def blocking_problems(self, round_id: str) -> list[Problem]:
        """What stops the final export: the errors, and warnings nobody has confirmed."""
        from desktop.survey.explanations import unexplained

        return unexplained(self.problems(round_id))

    def explain(
        self,
        round_id: str,
        pointer: str,
        text: str,
        *,
        check: str | None = None,
        actor: str | None = None,
    ) -> list[Problem]:
        """Confirm the warnings at ``pointer`` with ``text`` (empty: take it back); returns them."""
        from desktop.survey.explanations import MAX_LENGTH as EXPLANATION_LENGTH
        from desktop.survey.explanations import check_of, explanation_for, key_of

        text = " ".join(text.split())
        if len(text) > EXPLANATION_LENGTH:
            raise AnswerTargetError("workbook.explanation_long", limit=EXPLANATION_LENGTH)
        warnings = [
            p
            for p in self.problems(round_id)
            if not p.blocking and p.pointer == pointer and (check is None or check_of(p) == check)
        ]
        if not warnings:
            raise AnswerTargetError("workbook.no_warning", round=round_id, pointer=pointer)
        for problem in warnings:
            where = join_pointer([EXPLANATIONS, key_of(check_of(problem), problem.pointer)])
            if text:
                value = explanation_for(problem, text).as_json()
                self.store.set_answer(round_id, where, value, actor=actor)
            else:
                self.store.remove_answer(round_id, where, actor=actor)
        return warnings

    def started_rounds(self) -> list[str]:
        """The rounds with anything stored."""
        return self.store.started_rounds()

    def is_locked(self, round_id: str) -> bool:
        """Whether the round is submitted, and not reopened for a correction."""
        return self.store.is_locked(round_id)

    def last_submission(self, round_id: str) -> Submission | None:
        submissions = self.store.submissions(round_id)
        return submissions[-1] if submissions else None

    def next_submission_number(self, round_id: str) -> int:
        """The number the round's next submission gets."""
        return self.store.next_submission_number(round_id)

    @property
    def last_commit(self) -> str | None:
        """When an edit was last committed here (UTC, ISO 8601); None before the first."""
        return self.store.last_commit

    @property
    def folder_read_only(self) -> bool:
        """Whether the answers may only be read: the data folder refused writing when they
        were opened, and no save since has found it writable again."""
        return self.store.read_only is not None

    def waiting_at_most(self, milliseconds: int) -> AbstractContextManager[None]:
        """Edits within wait at most ``milliseconds`` for another program's lock."""
        return self.store.waiting_at_most(milliseconds)

    def progress(self, round_id: str) -> dict[str, tuple[int, int]]:
        rnd = self.round(round_id)
        answers = self.answers(round_id)
        return {s.id: s.progress(answers.get(s.id, {})) for s in rnd.sections}

    # -- addressing ----------------------------------------------------------

    def resolve(self, round_id: str, pointer: str, lang: Lang = "fi") -> Target:
        """What ``pointer`` addresses; a row past the end of its table is refused (the
        table's row count itself is the new row, for a whole row or one cell)."""
        target = self._address(round_id, pointer, lang)
        self._check_row(target, lang)
        return target

    def _address(self, round_id: str, pointer: str, lang: Lang) -> Target:
        """``resolve`` but for the row's existence, which an edit checks in its transaction."""
        rnd = self.round(round_id)
        try:
            parts = split_pointer(pointer)
        except PointerError:
            raise self._unknown(round_id, pointer) from None
        if len(parts) == 4 and is_row_number(parts[2]):
            known = self._cells.get((id(rnd), parts[0], parts[1], parts[3]))
            if known is not None and known[0] is rnd:
                # Nothing escaped and the row number as ``int`` writes it: the same text.
                given = None if "~" in pointer else pointer
                return Target(rnd, known[1], known[2], int(parts[2]), known[3], given)
        target = self._look_up(rnd, round_id, pointer, parts, lang)
        if target.column is not None:
            key = (id(rnd), target.section.id, target.field.key, target.column.key)
            self._cells[key] = (rnd, target.section, target.field, target.column)
        return target

    @staticmethod
    def _unknown(round_id: str, pointer: str) -> AnswerTargetError:
        return AnswerTargetError("workbook.unknown_pointer", round=round_id, pointer=pointer)

    def _look_up(
        self, rnd: Round, round_id: str, pointer: str, parts: list[str], lang: Lang
    ) -> Target:
        def unknown() -> AnswerTargetError:
            return self._unknown(round_id, pointer)

        if len(parts) < 2 or len(parts) > 4:
            raise unknown()
        section = rnd.section(parts[0])
        field = section.field(parts[1]) if section else None
        if section is None or field is None:
            raise unknown()
        if len(parts) == 2:
            return Target(rnd, section, field)
        if field.kind is not Kind.TABLE or not is_row_number(parts[2]):
            raise unknown()
        row = int(parts[2])
        if len(parts) == 3:
            return Target(rnd, section, field, row)
        column = field.column(parts[3])
        if column is None:
            self._check_row(Target(rnd, section, field, row), lang)  # told first, as ever
            raise unknown()
        return Target(rnd, section, field, row, column)

    def _check_row(self, target: Target, lang: Lang) -> None:
        if target.row is None:
            return
        count = self.store.count_rows(target.round.id, target.section.id, target.field.key)
        if target.row > count:
            raise self._no_row(target, count, lang)

    @staticmethod
    def _no_row(target: Target, count: int, lang: Lang) -> AnswerTargetError:
        return AnswerTargetError(
            "workbook.no_row", question=pick(target.field.label, lang), row=target.row, count=count
        )

    # -- editing -------------------------------------------------------------

    def set_text(
        self, round_id: str, pointer: str, text: str, lang: Lang = "fi", *, actor: str | None = None
    ) -> JSONValue:
        """Store an answer typed as text, parsed by its question's kind; returns the value."""
        target = self._address(round_id, pointer, lang)
        try:
            if target.column is None and target.row is not None:
                value = parse_json(text)
            else:
                value = parse_answer(target.question, text, lang)
        except Exception:
            self._check_row(target, lang)  # a missing row is told first
            raise
        self._store(target, value, lang, actor)
        return value

    def set_json(
        self,
        round_id: str,
        pointer: str,
        value: JSONValue,
        lang: Lang = "fi",
        *,
        actor: str | None = None,
        cancels: bool = False,
    ) -> None:
        """Store a JSON value, refused when its type does not fit the question; ``cancels``:
        the value is what was there before an edit the user took back."""
        target = self._address(round_id, pointer, lang)
        self._store(target, value, lang, actor, cancels=cancels)

    def remove(
        self,
        round_id: str,
        pointer: str,
        lang: Lang = "fi",
        *,
        actor: str | None = None,
        cancels: bool = False,
    ) -> bool:
        target = self.resolve(round_id, pointer, lang)
        self._check_writable(target, lang)
        return self.store.remove_answer(round_id, target.pointer, actor=actor, cancels=cancels)

    def _check_writable(self, target: Target, lang: Lang) -> None:
        if target.question.read_only:
            raise AnswerTargetError(
                "workbook.read_only", question=pick(target.question.label, lang)
            )

    def _store(
        self,
        target: Target,
        value: JSONValue,
        lang: Lang,
        actor: str | None,
        *,
        cancels: bool = False,
    ) -> None:
        """Check and store; the row's existence is checked by the store's own read of it,
        and told before any other refusal, as ``resolve`` would."""
        try:
            self._check_writable(target, lang)
            if target.row is not None and target.column is None:
                check_row(target.field, value, lang)
            else:
                check_type(target.question, value, lang)
                if (
                    target.field.kind is Kind.TABLE
                    and target.row is None
                    and isinstance(value, list)
                ):
                    for row in value:
                        check_row(target.field, row, lang)
            self.store.set_answer(
                target.round.id,
                target.pointer,
                value,
                actor=actor,
                within_rows=True,
                cancels=cancels,
            )
        except RowBeyondEnd as exc:
            raise self._no_row(target, exc.count, lang) from None
        except Exception:
            self._check_row(target, lang)
            raise

    # -- the whole database ----------------------------------------------------

    def restore_backup(self, path: Path, *, other_municipality: bool = False) -> Path:
        """Replace every answer with the backup's at ``path`` (checked first; another
        municipality's only when ``other_municipality``); returns where the replaced
        answers were kept."""
        from desktop.rounds.library import package_check
        from desktop.storage.restore import restore_backup  # loaded when a restore is asked for

        _contents, kept = restore_backup(
            self.store,
            path,
            other_municipality=other_municipality,
            check_package=package_check(self.store.paths),
        )
        return kept

    def stored(self, round_id: str, pointer: str) -> JSONValue | None:
        value = self.store.get_answer(round_id, pointer)
        return None if value is MISSING else value  # type: ignore[return-value]
