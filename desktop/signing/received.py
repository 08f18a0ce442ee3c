"""Reading a received file: only a regular file, never more than a limit, found out before opening.

A named pipe blocks a reader forever, a device can be endless, a directory
or a socket cannot be read as a file at all. What the path names is looked
at first (``os.stat``, following a link to what it names) and anything but a
regular file is refused before it is opened; the opened file is looked at
again (``os.fstat``) in case the path was replaced in between, and it is
opened without blocking where the system allows it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.errors import UserError
from desktop.untrusted import escape

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

# A received file is read into memory whole; nothing we make comes near this.
MAX_RECEIVED: Final = 128 << 20


class ReceivedFileError(UserError):
    """A received file cannot be read as one; the path is shown escaped."""


def read_received(path: str | os.PathLike[str], limit: int = MAX_RECEIVED) -> bytes:
    """The bytes of the regular file at ``path``, or ``ReceivedFileError``."""
    shown = escape(str(path))
    try:
        _check_regular(Path(path).stat().st_mode, shown)
        handle = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ReceivedFileError("signing.received.missing", path=shown) from None
    except OSError as exc:
        raise ReceivedFileError(
            "signing.received.unreadable", path=shown, reason=_reason(exc)
        ) from exc
    try:
        info = os.fstat(handle)
        _check_regular(info.st_mode, shown)  # the path may have been replaced meanwhile
        if info.st_size > limit:
            raise ReceivedFileError("signing.received.too_large", path=shown, limit=limit >> 20)
        with open(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise ReceivedFileError(
            "signing.received.unreadable", path=shown, reason=_reason(exc)
        ) from exc
    finally:
        os.close(handle)
    if len(data) > limit:
        raise ReceivedFileError("signing.received.too_large", path=shown, limit=limit >> 20)
    return data


# Not blocking on a FIFO swapped in after the check; binary on Windows; no controlling tty.
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
)


def _check_regular(mode: int, shown: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        key = "signing.received.directory"
    elif stat.S_ISFIFO(mode):
        key = "signing.received.pipe"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        key = "signing.received.device"
    elif stat.S_ISSOCK(mode):
        key = "signing.received.socket"
    else:
        key = "signing.received.not_regular"
    raise ReceivedFileError(key, path=shown)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def is_candidate(path: Path) -> bool:
    """Whether a file found in a folder is one ``verify`` checks (a package or a report)."""
    return path.suffix.lower() in (".asice", ".pdf")
