"""The part of an export the window runs on a worker thread (no Qt here).

SQLite connections stay in the thread that made them, so the worker opens
its own connection to the database the window already holds open: the same
file, the same settings (WAL, ``synchronous=FULL``), so the submission it
records is as durable as any edit. The window has locked the data folder and
brought the database up to date (``Store.open``); the worker only shares it.
While the job runs the window takes no edits, so the two connections never
write at the same time (and SQLite's busy timeout would cover it if they did).

The heavy modules (reportlab, pyHanko) are imported when an export starts,
not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.submission.steps import Step

if TYPE_CHECKING:
    from desktop.municipalities import Register
    from desktop.signing.keys import OrganisationKey
    from desktop.submission.exporting import ExportResult
    from desktop.survey import Catalog

# Called with the index of the step starting and the number of steps.
Report = Callable[[int, int], None]


@contextmanager
def thread_store(paths: DataPaths) -> Iterator[Store]:
    """A ``Store`` on a connection of the calling thread, for the database the window holds."""
    store = Store.attach(paths)
    try:
        yield store
    finally:
        store.close()


@dataclass(frozen=True)
class ExportJob:
    """Everything the worker needs, gathered on the UI thread."""

    paths: DataPaths
    catalog: Catalog
    register: Register
    round_id: str
    folder: Path
    key: OrganisationKey | None
    lang: Lang
    draft: bool
    today: date | None = None  # the window's day: a round past its closing date needs a yes
    after_closing: bool = False
    new_key: bool = False  # the user agreed to sign with a key other than the earlier one

    def run(self, report: Report) -> ExportResult:
        from desktop.submission.service import Submissions
        from desktop.workbook import Workbook

        def step(current: Step) -> None:
            report(current.position, len(Step))

        with thread_store(self.paths) as store:
            return Submissions(Workbook(store, self.catalog, self.register)).export(
                self.round_id,
                self.folder,
                key=self.key,
                lang=self.lang,
                draft=self.draft,
                progress=step,
                today=self.today,
                after_closing=self.after_closing,
                new_key=self.new_key,
            )
