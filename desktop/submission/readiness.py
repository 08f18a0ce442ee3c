"""Whether a round can be submitted now, and if not, what stands in the way.

One order for every front end: a locked round first (a correction must be
started), then answers still waiting to be saved (the window's), then a
correction that would send what the last submission sent, then errors,
then warnings nobody has confirmed, then a missing organisation key, and last
a closing date already past (which the user may accept: a late answer).

Before a final export every front end shows the same summary from it:
the problems still to fix, the warnings confirmed with their explanations,
the unusual changes since the previous round (confirmed), and the optional
questions left unanswered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.jsonvalue import JSONObject
from desktop.submission.refusals import ExportError
from desktop.survey import Field, Kind, Problem, Round
from desktop.survey.explanations import unexplained
from desktop.survey.formatting import format_date
from desktop.survey.model import is_answered
from desktop.survey.validation import blocking

# The kind of problem a large change since the previous round is (desktop.survey.change_checks).
CHANGE = "change"


class Obstacle(StrEnum):
    """What stops a final export, in the order they are told."""

    LOCKED = "locked"
    UNSAVED = "unsaved"
    UNCHANGED = "unchanged"
    PROBLEMS = "problems"
    UNCONFIRMED = "unconfirmed"
    NO_KEY = "no_key"
    CLOSED = "closed"


@dataclass(frozen=True)
class Readiness:
    """The facts a final export of ``round`` depends on, read at one moment."""

    round: Round
    problems: tuple[Problem, ...]  # errors and warnings, each warning with its explanation
    next_number: int  # the number the next submission gets
    locked: bool
    closed: bool  # the closing date is past
    has_key: bool
    unsaved: int = 0  # answers typed and not yet saved (the window's)
    typed: int = 0  # answers typed that are not values of their question (the window's)
    # The optional questions asked now and left unanswered: (pointer, question), in order.
    unanswered_optional: tuple[tuple[str, Field], ...] = ()
    # A correction's: the number of the last submission when it would carry what that carried.
    unchanged_since: int | None = None

    @property
    def last_number(self) -> int:
        """The number of the latest submission; 0 before the first."""
        return self.next_number - 1

    @property
    def errors(self) -> int:
        return len(blocking(self.problems)) + self.typed

    @property
    def unconfirmed(self) -> int:
        """Warnings nobody has confirmed with an explanation."""
        return len(unexplained(self.problems)) - len(blocking(self.problems))

    @property
    def to_fix(self) -> tuple[Problem, ...]:
        """The errors, and the warnings nobody has confirmed: they stop the final export."""
        return tuple(unexplained(self.problems))

    @property
    def confirmed_warnings(self) -> tuple[Problem, ...]:
        """Warnings confirmed with an explanation (apart from the unusual changes)."""
        return tuple(p for p in self._confirmed() if p.kind != CHANGE)

    @property
    def unusual_changes(self) -> tuple[Problem, ...]:
        """Changes since the previous round larger than their question allows, confirmed."""
        return tuple(p for p in self._confirmed() if p.kind == CHANGE)

    def _confirmed(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking and p.explanation is not None]

    @property
    def obstacles(self) -> tuple[Obstacle, ...]:
        found = {
            Obstacle.LOCKED: self.locked,
            Obstacle.UNSAVED: self.unsaved > 0,
            Obstacle.UNCHANGED: self.unchanged_since is not None,
            Obstacle.PROBLEMS: self.errors > 0,
            Obstacle.UNCONFIRMED: self.unconfirmed > 0,
            Obstacle.NO_KEY: not self.has_key,
            Obstacle.CLOSED: self.closed,
        }
        return tuple(obstacle for obstacle, there in found.items() if there)

    def first(self, *, after_closing: bool = False) -> Obstacle | None:
        """The obstacle to tell first; a past closing date counts unless ``after_closing``."""
        for obstacle in self.obstacles:
            if obstacle is not Obstacle.CLOSED or not after_closing:
                return obstacle
        return None

    def refusal(self, *, after_closing: bool = False) -> ExportError | None:
        """Why the final export is refused, told in the user's language; None when it may go."""
        obstacle = self.first(after_closing=after_closing)
        round_id = self.round.id
        match obstacle:
            case None:
                return None
            case Obstacle.LOCKED:
                return ExportError(
                    "submission.refusal.already_submitted", round=round_id, count=self.last_number
                )
            case Obstacle.UNSAVED:
                return ExportError("submission.refusal.unsaved", round=round_id, count=self.unsaved)
            case Obstacle.UNCHANGED:
                return ExportError(
                    "submission.refusal.unchanged", round=round_id, number=self.unchanged_since
                )
            case Obstacle.PROBLEMS:
                return ExportError(
                    "submission.refusal.has_problems", round=round_id, count=self.errors
                )
            case Obstacle.UNCONFIRMED:
                return ExportError(
                    "submission.refusal.unexplained_warnings",
                    round=round_id,
                    count=self.unconfirmed,
                )
            case Obstacle.NO_KEY:
                return ExportError("submission.refusal.no_key")
            case Obstacle.CLOSED:
                return ExportError(
                    "submission.refusal.closed",
                    round=round_id,
                    closes=format_date(self.round.closes),
                )


def unanswered_optional(
    rnd: Round, answers: Mapping[str, JSONObject]
) -> tuple[tuple[str, Field], ...]:
    """The questions asked now that need no answer and have none (the municipality, which
    comes from the register, is never one of them)."""
    found: list[tuple[str, Field]] = []
    for section in rnd.sections:
        given = answers.get(section.id, {})
        asked = section.visible_keys(given)
        required = section.required_keys(given)
        for question in section.fields:
            key = question.key
            if key not in asked or key in required or question.kind is Kind.MUNICIPALITY:
                continue
            if not is_answered(given.get(key), question):
                found.append((f"/{section.id}/{key}", question))
    return tuple(found)
