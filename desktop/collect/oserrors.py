"""Why a file could not be written, in the user's language (``os_reason``)."""

from __future__ import annotations

import errno
from typing import Final

from desktop.i18n import InEachLang, each_lang, text

# What the operating system says (errno; Windows's own code of a file another program holds
# open), and the message saying it: common troubles are told in the user's language.
_OS_REASONS: Final = {
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
    errno.EIO: "io_error",
}
_SHARING_VIOLATIONS: Final = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def os_reason(exc: OSError) -> InEachLang:
    """Why a file could not be written or read, as the user reads it: "the disk is full"
    in their language; the system's own (English) words only for an uncommon trouble."""
    if getattr(exc, "winerror", None) in _SHARING_VIOLATIONS:
        key = "in_use"
    else:
        key = _OS_REASONS.get(exc.errno or 0, "other")
    detail = exc.strerror or type(exc).__name__
    return each_lang(lambda lang: text(f"collect.os.{key}", lang, detail=detail))
