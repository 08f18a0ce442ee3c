"""A submitted round shown exactly as it was submitted: from its stored package, with its seal.

When the chosen round is locked by a submission, its stored package is read
from the database (on the UI thread, which owns the connection) and checked
again off the UI thread, as ``verify`` checks a received package
(``desktop.submission.sealed``, the same core as ``tilannekuva show``).
Meanwhile the banner says the files are being checked (and the round lists
no problems); then the pages show the package's answers, laid out with the
schemas the package names, and the banner its seal. Files that no longer
pass the check are said to, and nothing of them is shown as if it were what
was sent. The list of submissions may pick an earlier one to show instead.

A package is checked once per window for the bytes stored: the seal says
when. A correction started shows the round's saved answers again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.digests import sha256_hex

if TYPE_CHECKING:
    from desktop.submission.kept import Kept
    from desktop.submission.sealed import Sealed
    from desktop.ui.form.lock_banner import LockBanner
    from desktop.ui.form.section_page import SectionPage
    from desktop.ui.form.session import FormSession
    from desktop.ui.tasks import Report, Task
    from desktop.workbook import Workbook

log = logging.getLogger(__name__)


def lock_page(page: SectionPage, locked: bool) -> None:
    """A submitted round is shown, not edited, until a correction is started."""
    for row in page.rows.values():
        row.set_locked(locked)


class SealedRounds(QObject):
    """Which rounds the window shows from a stored package, and their seals."""

    # A round is shown from other answers; True: laid out with other schemas too.
    reshown = Signal(str, bool)

    def __init__(
        self,
        workbook: Workbook,
        banner: LockBanner,
        current: Callable[[], FormSession | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.banner = banner
        self.current = current  # the session of the round on screen
        # the stored bytes' SHA-256 → the seal found for them, and when they were checked
        self.checked: dict[str, tuple[Sealed, datetime]] = {}
        self.chosen: dict[str, int] = {}  # round → the submission picked to be shown
        self.tasks: dict[str, Task] = {}  # the checks running, by the SHA-256 of their bytes
        self.waiting: set[str] = set()  # the checks to begin at the next turn of the event loop

    def show_state(self, session: FormSession) -> None:
        """The banner says whether ``session``'s round is submitted (and the number the next
        submission gets); a submitted round is shown from its stored package."""
        round_id = session.round_id
        locked = self.workbook.is_locked(round_id)
        last = self.workbook.last_submission(round_id)
        if last is None:
            self.banner.show_state(locked, None, 1)  # never sent: no band, the first is number 1
        else:
            following = self.workbook.next_submission_number(round_id)
            self.banner.show_state(locked, last, following)
        self.refresh(session)

    def choose(self, session: FormSession, number: int) -> None:
        """Show submission ``number`` of the locked round (not its latest) until it is reopened."""
        self.chosen[session.round_id] = number
        self.refresh(session)

    def refresh(self, session: FormSession) -> None:
        """Show ``session``'s round from its stored package if it is locked by a submission."""
        if session.closing:
            return
        workbook = self.workbook
        round_id = session.round_id
        stored = None
        if workbook.is_locked(round_id):
            # Read on the UI thread, which owns the connection; the check loads later.
            from desktop.submission.kept import kept

            stored = kept(workbook, round_id, self.chosen.get(round_id))
            stored = stored or kept(workbook, round_id)
        else:
            self.chosen.pop(round_id, None)  # a correction: the next one sent is the one shown
        if stored is None:
            self._show(session, None, None)
            return
        digest = sha256_hex(stored.package)
        known = self.checked.get(digest)
        if known is not None and known[0].submission == stored.submission:
            self._show(session, *known)
            return
        # Until the files are checked, the banner says so and the form shows the saved answers.
        self._use(session, None, sealing=True)
        if self.current() is session:
            self.banner.seal.show_checking(stored.submission)
            self.banner.retranslate()
        if digest not in self.tasks and digest not in self.waiting:
            # Begun from the event loop: the window's first screen is shown first, with the
            # banner saying the files are being checked (the check loads its libraries).
            self.waiting.add(digest)
            QTimer.singleShot(0, self, lambda: self._check(session, stored, digest))

    def _check(self, session: FormSession, stored: Kept, digest: str) -> None:
        self.waiting.discard(digest)
        if digest in self.tasks:
            return
        workbook = self.workbook
        workbook.register  # noqa: B018 -- loaded here, so the worker only reads it

        def work(_report: Report) -> Sealed:
            from desktop.submission.sealed import check_kept

            return check_kept(workbook, stored)

        def done(seal: Sealed) -> None:
            self._ended(digest)
            self.checked[digest] = (seal, datetime.now(UTC))
            self.refresh(session)  # the round may have been reopened meanwhile

        def failed(error: BaseException) -> None:
            self._ended(digest)
            log.error(
                "a stored package of %s could not be checked", session.round_id, exc_info=error
            )

        from desktop.ui.tasks import run_task  # the thread pool: when first used

        self.tasks[digest] = run_task(work, done, failed, parent=self)

    def _ended(self, digest: str) -> None:
        task = self.tasks.pop(digest, None)
        if task is not None:
            task.deleteLater()

    def _show(self, session: FormSession, seal: Sealed | None, at: datetime | None) -> None:
        if self.current() is session:
            if seal is None or at is None:
                self.banner.clear_seal()
            elif self.banner.seal.seal is not seal:
                self.banner.seal.show_seal(seal, at)
            self.banner.retranslate()
        self._use(session, seal)

    def _use(self, session: FormSession, seal: Sealed | None, *, sealing: bool = False) -> None:
        """The session's round shown from ``seal``'s package (None: its saved answers)."""
        if seal is session.seal and session.sealing == (sealing and seal is None):
            return
        before = _layout(session)
        session.show_package(seal, sealing=sealing)
        self.reshown.emit(session.round_id, _layout(session) != before)


def _layout(session: FormSession) -> tuple[tuple[str, str], ...]:
    """The sections of the round as shown, by the schema each is laid out with."""
    return tuple((s.id, s.schema_id) for s in session.round.sections)
