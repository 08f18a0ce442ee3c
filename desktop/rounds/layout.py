"""Where a round's files sit inside a round package, and reading a package already checked.

Kept apart from ``package`` so that reading the rounds a user has added
(at every start) loads no signing library.
"""

from __future__ import annotations

import re

from desktop.signing.safezip import ZipLimits, read_zip
from desktop.survey.added import MANIFEST_FILE, SECTION_FILE

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MIMETYPE: Final = b"application/vnd.tilannekuva.round+zip"
SUFFIX: Final = ".tkround"
_MiB: Final = 1 << 20
# A round is a manifest and a few schemas of tens of kilobytes each.
LIMITS: Final = ZipLimits(
    max_input=8 * _MiB, max_members=64, max_member_size=2 * _MiB, max_total_size=8 * _MiB
)
_MEMBER: Final = re.compile(r"(rounds|sections)/([^/]+)")


def member_name(name: str) -> str:
    """Where a definition file goes in the package."""
    return f"rounds/{name}" if MANIFEST_FILE.fullmatch(name) else f"sections/{name}"


def accepts(name: str) -> bool:
    """Whether ``name`` may be a data file of a round package."""
    match = _MEMBER.fullmatch(name)
    if match is None:
        return False
    wanted = MANIFEST_FILE if match.group(1) == "rounds" else SECTION_FILE
    return wanted.fullmatch(match.group(2)) is not None


def files_of(data: bytes) -> dict[str, bytes]:
    """The files of a package this program checked and stored before (no signature check)."""
    return {
        member.name.split("/", 1)[1]: member.data
        for member in read_zip(data, limits=LIMITS)
        if accepts(member.name)
    }
