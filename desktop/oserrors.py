"""What kind of trouble an ``OSError`` is, and how the user is told it: the one place that reads
the operating system's codes.

Storage, the export into a chosen folder and the coordinator's outputs each say in their own
words what could not be done; which of these troubles stopped it (a full disk, a read-only
disk, a file another program holds…) is decided here, so that each of them knows every case.
"""

from __future__ import annotations

import errno

from desktop.i18n import InEachLang, each_lang, text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final, Literal, TypeAlias

# Written as text: typing waits for the type checker (start-up time).
Kind: TypeAlias = (
    'Literal["read_only", "no_right", "disk_full", "no_folder", "not_a_folder", "is_a_folder", '
    '"in_use", "name_too_long", "device_gone", "io_error", "other"]'
)

_BY_ERRNO: Final[dict[int, Kind]] = {
    errno.EROFS: "read_only",
    errno.EACCES: "no_right",
    errno.EPERM: "no_right",
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.EBUSY: "in_use",
    errno.ETXTBSY: "in_use",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENODEV: "device_gone",
    errno.ENXIO: "device_gone",
    errno.EIO: "io_error",
}

# Windows's own codes where Python's errno says less: it gives EACCES for a file another
# program holds, a write-protected disk and a drive that is gone, ENOENT for a long name.
_BY_WINERROR: Final[dict[int, Kind]] = {
    19: "read_only",  # ERROR_WRITE_PROTECT
    21: "device_gone",  # ERROR_NOT_READY
    32: "in_use",  # ERROR_SHARING_VIOLATION
    33: "in_use",  # ERROR_LOCK_VIOLATION
    39: "disk_full",  # ERROR_HANDLE_DISK_FULL
    112: "disk_full",  # ERROR_DISK_FULL
    206: "name_too_long",  # ERROR_FILENAME_EXCED_RANGE
    1167: "device_gone",  # ERROR_DEVICE_NOT_CONNECTED
    1295: "disk_full",  # ERROR_DISK_QUOTA_EXCEEDED
}


def kind(exc: OSError) -> Kind:
    """Which trouble ``exc`` is; ``"other"`` for one the user is told in the system's words."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    return _BY_ERRNO.get(exc.errno or 0, "other")


def disk_full(exc: OSError) -> bool:
    """Whether ``exc`` says the disk (or the user's quota on it) is full."""
    return kind(exc) == "disk_full"


def reason(exc: OSError) -> InEachLang:
    """Why a file could not be written or read, as the user reads it: "the disk is full"
    in their language; the system's own (English) words only for an uncommon trouble."""
    found = kind(exc)
    detail = exc.strerror or type(exc).__name__
    return each_lang(lambda lang: text(f"oserrors.{found}", lang, detail=detail))
