"""Putting a finished file in the place of an existing one, as Windows allows it.

Windows refuses to replace a file another program holds open (PermissionError, WinError 5
or 32): a report open in Acrobat Reader, a workbook open in Excel, or for a moment a file an
antivirus scan or OneDrive is reading. The moment passes: the replacement is tried again a
few times, briefly, before the refusal is left to the caller, which tells the user which
file to close.
"""

from __future__ import annotations

import time
from pathlib import Path

# Three tries over about half a second: long enough for a scan, short enough to wait for.
TRIES = 3
PAUSE_SECONDS = 0.25


def held_open(exc: OSError, target: Path) -> bool:
    """Whether ``exc``, raised replacing ``target``, means another program holds it open."""
    return isinstance(exc, PermissionError) and target.exists()


def replace_file(source: Path, target: Path) -> None:
    """``source`` renamed to ``target`` (``os.replace``), tried again while ``target`` is
    held open; the last refusal is raised."""
    for attempt in range(1, TRIES + 1):
        try:
            source.replace(target)
            return
        except PermissionError as exc:
            if attempt == TRIES or not held_open(exc, target):
                raise
        time.sleep(PAUSE_SECONDS)
