"""Reading a received zip file that is hostile until proven otherwise.

First every byte of the archive is accounted for (``zipstructure``: local
records contiguous, headers that agree, no extra fields, no gaps, no
overlaps). Then the members are checked before any is trusted: counts and
sizes against caps, names (no traversal, absolute paths, backslashes, drive
letters, duplicates even by case), file types (no links, devices or folders: a
package needs no folder entry, and ours writes none; a folder named as a file,
``survey.json/`` before ``survey.json``, leaves ``unzip`` unable to extract it). Every
member is then inflated with a bounded read, so a header that lies about a
size cannot make us allocate more than the caps, and its CRC is checked.
"""

from __future__ import annotations

import stat
import zlib

from desktop.i18n import whole_number
from desktop.plain import Plain
from desktop.signing.ziperrors import SafeZipError
from desktop.signing.zipstructure import Record, records

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Collection
    from typing import Final

__all__ = ["DEFAULT_LIMITS", "Member", "SafeZipError", "ZipLimits", "read_zip"]

_DOS_DIRECTORY: Final = 0x10
_UNIX: Final = 3
_STORED: Final = 0  # zipfile.ZIP_STORED (zipfile itself is not needed to read)
_DEFLATED: Final = 8  # zipfile.ZIP_DEFLATED
_METHODS: Final = (_STORED, _DEFLATED)
# Stored and deflated members need a 2.0 reader; a higher "version needed" makes
# zipfile or unzip refuse a member that we would read, so the package is refused.
_MAX_VERSION_NEEDED: Final = 20
_MiB: Final = 1 << 20


class ZipLimits(Plain):
    """Caps for one received package (sizes in bytes of uncompressed data)."""

    __slots__ = (
        "max_input",
        "max_member_size",
        "max_members",
        "max_ratio",
        "max_total_size",
        "ratio_floor",
    )

    def __init__(
        self,
        max_input: int = 64 * _MiB,
        max_members: int = 32,
        max_member_size: int = 32 * _MiB,
        max_total_size: int = 64 * _MiB,
        max_ratio: int = 100,
        # Small members cannot be bombs, whatever their ratio; a short text of
        # repeated characters legitimately compresses far more than 100:1.
        ratio_floor: int = 64 * 1024,
    ) -> None:
        self.max_input: Final = max_input
        self.max_members: Final = max_members
        self.max_member_size: Final = max_member_size
        self.max_total_size: Final = max_total_size
        self.max_ratio: Final = max_ratio
        self.ratio_floor: Final = ratio_floor


DEFAULT_LIMITS: Final = ZipLimits()


class Member(Plain):
    """One member as it was stored: its bytes and the header facts checks may need."""

    __slots__ = ("compress_type", "data", "header_offset", "name")

    def __init__(self, name: str, data: bytes, compress_type: int, header_offset: int) -> None:
        self.name: Final = name
        self.data: Final = data
        self.compress_type: Final = compress_type
        self.header_offset: Final = header_offset


def read_zip(
    data: bytes,
    *,
    allowed: Collection[str] | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> list[Member]:
    """The members of the zip ``data`` in central-directory order, all checked and read.

    ``allowed`` lists the only names accepted. A directory entry is refused.
    Raises ``SafeZipError`` for anything else.
    """
    if len(data) > limits.max_input:
        raise SafeZipError(
            "signing.zip.input_too_large",
            size=whole_number(len(data)),
            limit=whole_number(limits.max_input),
        )
    found = records(data, limits.max_members)
    _check_names(found, allowed)
    for record in found:
        _check_entry(record, limits)
    return _read_all(data, found, limits)


def _check_names(found: list[Record], allowed: Collection[str] | None) -> None:
    seen: dict[str, str] = {}
    for record in found:
        name = record.name
        if name.endswith("/"):
            raise SafeZipError("signing.zip.directory", name=name)
        problem = _name_problem(name)
        if problem:
            raise SafeZipError(problem, name=name)
        # NFC and casefold: names that one file system would store as one file (an ASCII
        # name is its own NFC form: the Unicode tables are loaded only for another).
        folded = name.casefold() if name.isascii() else _nfc(name).casefold()
        if folded in seen:
            raise SafeZipError("signing.zip.duplicate", name=name, other=seen[folded])
        seen[folded] = name
    if allowed is not None:
        for record in found:
            if record.name not in allowed:
                raise SafeZipError("signing.zip.not_allowed", name=record.name)


def _nfc(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", name)


def _name_problem(name: str) -> str | None:
    """The message key saying why ``name`` is unsafe to accept, or None."""
    if "\\" in name:
        return "signing.zip.name_backslash"
    if name.startswith("/"):
        return "signing.zip.name_absolute"
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        return "signing.zip.name_drive"
    if ":" in name or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        return "signing.zip.name_character"
    parts = name.removesuffix("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "signing.zip.name_traversal"
    return None


def _check_entry(record: Record, limits: ZipLimits) -> None:
    name = record.name
    if record.external & _DOS_DIRECTORY:
        raise SafeZipError("signing.zip.special_file", name=name)
    if record.made_by >> 8 == _UNIX:
        mode = record.external >> 16
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise SafeZipError("signing.zip.special_file", name=name)
    if record.method not in _METHODS:
        raise SafeZipError("signing.zip.unsupported_method", name=name, method=record.method)
    if record.version > _MAX_VERSION_NEEDED:
        raise SafeZipError("signing.zip.version_needed", name=name, version=record.version)
    if record.size > limits.max_member_size:
        raise SafeZipError(
            "signing.zip.member_too_large",
            name=name,
            size=whole_number(record.size),
            limit=whole_number(limits.max_member_size),
        )
    if record.size > limits.ratio_floor:
        ratio = record.size // max(record.compressed, 1)
        if ratio > limits.max_ratio:
            raise SafeZipError("signing.zip.ratio", name=name, ratio=ratio, limit=limits.max_ratio)


def _read_all(data: bytes, files: list[Record], limits: ZipLimits) -> list[Member]:
    members: list[Member] = []
    total = 0
    for record in files:
        name = record.name
        budget = min(limits.max_member_size, limits.max_total_size - total)
        if record.size > budget:
            raise SafeZipError(
                "signing.zip.total_too_large",
                name=name,
                limit=whole_number(limits.max_total_size),
            )
        stored = data[record.data_start : record.data_start + record.compressed]
        content = _unpack(record, stored)
        if zlib.crc32(content) != record.crc:
            raise SafeZipError("signing.zip.corrupt_member", name=name, reason="CRC does not match")
        total += len(content)
        members.append(Member(name, content, record.method, record.offset))
    return members


def _unpack(record: Record, stored: bytes) -> bytes:
    """The member's bytes; never more than its header declares (plus one to tell a lie)."""
    if record.method == _STORED:
        if len(stored) != record.size:
            raise SafeZipError("signing.zip.header_mismatch", name=record.name, field="size")
        return stored
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        content = inflater.decompress(stored, record.size + 1)
    except zlib.error as exc:
        raise SafeZipError("signing.zip.corrupt_member", name=record.name, reason=str(exc)) from exc
    # The deflate stream must end exactly where the compressed size says, and give exactly
    # the declared size: a stream that goes on is how a header lies about a size.
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise SafeZipError("signing.zip.header_mismatch", name=record.name, field="compressed")
    if len(content) != record.size:
        raise SafeZipError("signing.zip.header_mismatch", name=record.name, field="size")
    return content
