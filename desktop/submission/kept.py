"""A stored submission as the database holds it: its record and its package's bytes.

Apart from ``sealed`` (which checks the bytes again, as ``verify`` does, and
loads what that takes), so that the window can read which package a
submitted round is shown from while its first screen is being built.
"""

from __future__ import annotations

from desktop.plain import Plain
from desktop.storage import Submission

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

    from desktop.workbook import Workbook


class Kept(Plain):
    """A stored submission and its package's bytes, as the database holds them now."""

    __slots__ = ("package", "submission")

    def __init__(self, submission: Submission, package: bytes) -> None:
        self.submission: Final = submission
        self.package: Final = package


def kept(workbook: Workbook, round_id: str, number: int | None = None) -> Kept | None:
    """Submission ``number`` of the round (by default its latest) as stored; None if none."""
    store = workbook.store
    found = [s for s in store.submissions(round_id) if number is None or s.number == number]
    if not found:
        return None
    package, _report = store.submission_files(round_id, found[-1].number)
    return Kept(found[-1], package)
