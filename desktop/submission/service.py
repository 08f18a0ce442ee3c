"""The submission workflow of one workbook: what the command line and the window both call.

It owns the rules of submitting a round (``readiness``), the export
(``export``: a draft, or a signed submission recorded), the submissions kept
(``sent``, ``save_again``), corrections (``start_correction``,
``cancel_correction``) and the
organisation the key is made for (``organisation``). The front ends ask
questions and show the results; they decide nothing about submitting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import Lang
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Municipality, Register
from desktop.storage import Profile, Store, Submission
from desktop.submission.readiness import Readiness, unanswered_optional
from desktop.submission.refusals import ExportError
from desktop.survey import RoundStatus
from desktop.survey.explanations import apply

if TYPE_CHECKING:
    from desktop.signing.keys import Organisation, OrganisationKey
    from desktop.submission.cancelling import Discarded
    from desktop.submission.exporting import ExportResult
    from desktop.submission.kept_files import KeptFiles, Saved
    from desktop.submission.signers import EarlierKey
    from desktop.submission.steps import Step
    from desktop.workbook import Workbook


@dataclass(frozen=True)
class Sent:
    """A recorded submission and who sent it: the contact person its signed package names."""

    submission: Submission
    sender: str


class Submissions:
    """Submitting the rounds of ``workbook``."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    @property
    def store(self) -> Store:
        return self.workbook.store

    @property
    def register(self) -> Register:
        return self.workbook.register

    # -- who submits -----------------------------------------------------------

    def profile(self) -> Profile:
        """The municipality and its contact person; refused while none is chosen."""
        profile = self.workbook.profile()
        if profile is None:
            raise ExportError("workbook.no_profile")
        return profile

    def municipality(self) -> Municipality:
        return self.register.get(self.profile().municipality_code)

    def organisation(self) -> Organisation:
        """What a new organisation key names: the municipality and its business id.

        The certificate carries the municipality's registered Finnish name, whatever the
        language of the window (receivers compare it, and a key outlives a language
        setting); what the user reads about it names the municipality in their language
        (``Municipality.display_name``)."""
        from desktop.signing.keys import Organisation

        profile = self.profile()
        name = self.register.get(profile.municipality_code).name_fi
        business_id = profile.business_id.strip()
        return Organisation(name=name, locality=name, business_id=business_id or None)

    # -- whether a round can go ----------------------------------------------

    def next_number(self, round_id: str) -> int:
        """The number the round's next submission gets."""
        return self.store.next_submission_number(round_id)

    def readiness(
        self,
        round_id: str,
        *,
        today: date | None = None,
        answers: Mapping[str, JSONObject] | None = None,
        key: OrganisationKey | None = None,
        unsaved: int = 0,
        typed: int = 0,
    ) -> Readiness:
        """What stands between ``round_id`` and a final export now.

        The key counts when it is given, or else when its file exists; ``unsaved`` and
        ``typed`` are the window's answers not yet saved and not values at all. A correction
        is compared with the submission it corrects (``correcting.unchanged_since``).
        """
        from desktop.submission.correcting import unchanged_since

        workbook = self.workbook
        rnd = workbook.round(round_id)
        read = workbook.answers(round_id) if answers is None else dict(answers)
        # The checks of the answers and of their change since the previous round.
        problems = tuple(apply(workbook.check(round_id, read), workbook.explanations(round_id)))
        next_number = self.next_number(round_id)
        locked = self.store.is_locked(round_id)
        correcting = next_number > 1 and not locked
        return Readiness(
            round=rnd,
            problems=problems,
            next_number=next_number,
            locked=locked,
            closed=rnd.status(today or date.today()) is RoundStatus.CLOSED,
            has_key=key is not None or self.store.paths.key_store.exists(),
            unsaved=unsaved,
            typed=typed,
            unanswered_optional=unanswered_optional(rnd, read),
            unchanged_since=unchanged_since(workbook, round_id, read, problems)
            if correcting
            else None,
        )

    # -- exporting -------------------------------------------------------------

    def export(
        self,
        round_id: str,
        folder: Path,
        *,
        key: OrganisationKey | None,
        lang: Lang,
        draft: bool = False,
        generator_version: str | None = None,
        now: datetime | None = None,
        progress: Callable[[Step], None] | None = None,
        actor: str | None = None,
        today: date | None = None,
        after_closing: bool = False,
        new_key: bool = False,
    ) -> ExportResult:
        """Export ``round_id`` into ``folder`` (created if missing).

        A draft is the report alone, unsigned and watermarked, allowed with
        problems and on a locked round. A final export needs ``key`` and nothing
        in ``readiness`` in its way (a past closing date only with
        ``after_closing``), and records a submission that locks the round. A ``key`` other
        than the one the earlier submissions were signed with is refused unless ``new_key``
        (the user knows the coordinator has to register it).
        Signing runs pyHanko's own event loop: call this from a worker thread in
        the window. The report needs reportlab, loaded here on first use.
        """
        from desktop.submission.exporting import export_round

        return export_round(
            self,
            round_id,
            folder,
            key=key,
            lang=lang,
            draft=draft,
            generator_version=generator_version,
            now=now,
            progress=progress,
            actor=actor,
            today=today,
            after_closing=after_closing,
            new_key=new_key,
        )

    @property
    def key_path(self) -> Path:
        """Where the organisation key is kept in the data folder."""
        return self.store.paths.key_store

    def key_change(self, key: OrganisationKey) -> EarlierKey | None:
        """The earlier submissions' key when ``key`` is another (see ``signers``)."""
        from desktop.submission.signers import key_change

        return key_change(self.store, key.fingerprint)

    def missing_key(self) -> EarlierKey | None:
        """The earlier submissions' key when the data folder does not hold it."""
        from desktop.submission.signers import missing_key

        return missing_key(self.store)

    def earlier_key(self) -> EarlierKey | None:
        """The key the latest submission of the data folder was signed with."""
        from desktop.submission.signers import earlier_key

        return earlier_key(self.store)

    # -- what was sent ---------------------------------------------------------

    def sent(self, round_id: str) -> list[Sent]:
        """The round's submissions in order, each with its sender."""
        from desktop.collect.receiving import sender_of

        store = self.store
        return [
            Sent(s, sender_of(store.submission_files(round_id, s.number)[0]) or s.actor)
            for s in store.submissions(round_id)
        ]

    def find(self, round_id: str, number: int | None = None) -> Submission:
        """Submission ``number`` of the round (the latest without one); refused when none is."""
        submissions = self.store.submissions(round_id)
        chosen = submissions[-1].number if number is None and submissions else number
        for submission in submissions:
            if submission.number == chosen:
                return submission
        raise ExportError("submission.refusal.no_submission", round=round_id, number=chosen or 1)

    def kept_files(self, submission: Submission) -> KeptFiles:
        """The package and the report of a recorded submission, checked to be the ones
        submitted (``kept_files``: ``KeptFilesRefused`` naming why when they are not)."""
        from desktop.submission.kept_files import kept_files

        return kept_files(self.workbook, submission)

    def save_again(self, submission: Submission, folder: Path) -> Saved:
        """Write the package and the report of a recorded submission into ``folder`` again,
        checked first: files damaged since they were submitted are refused, nothing written."""
        from desktop.submission.exporting import save_files

        return save_files(self.kept_files(submission), folder, self.municipality())

    def start_correction(self, round_id: str, *, actor: str | None = None) -> int | None:
        """Open a submitted round for a correction: the number it will be; None if not locked.

        The correction starts from the answers of the submission it corrects: a round with
        no saved answers of its own (imported) gets its stored package's, checked again
        (``correcting.correction_start``; ``CorrectionRefused`` when the package fails).
        """
        from desktop.submission.correcting import correction_start

        self.profile()
        if not self.store.is_locked(round_id):
            return None
        start = correction_start(self.workbook, round_id)
        fill = start.edits if start is not None else ()
        source = start.source if start is not None else None
        if not self.store.start_correction(round_id, actor=actor, fill=fill, source=source):
            return None
        return self.next_number(round_id)

    def correction_discarded(self, round_id: str) -> Discarded | None:
        """What cancelling the round's correction would discard (``cancelling.discarded``);
        None when it is not being corrected."""
        from desktop.submission.cancelling import discarded

        return discarded(self.workbook, round_id)

    def cancel_correction(self, round_id: str, *, actor: str | None = None) -> Discarded | None:
        """Cancel the round's correction: back as its last submission left it, locked; what
        was discarded, or None when it was not being corrected (``CancelRefused`` when the
        kept package cannot be read or fails the check)."""
        from desktop.submission.cancelling import cancel_correction

        return cancel_correction(self.workbook, round_id, actor=actor)
