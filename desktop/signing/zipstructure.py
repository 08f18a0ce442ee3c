"""Every byte of a received zip accounted for, before anything in it is read.

Zip readers disagree on what an archive holds: a streaming reader walks the
local records from the start, ``zipfile`` trusts the central directory,
``unzip`` prefers a name from an extra field. A package must mean the same
to all of them, so it is held to the one layout that leaves no room for a
second reading:

- local records contiguous from offset 0, each followed exactly by its data
  (no data descriptors), the central directory right after the last one,
  and the end record right after it, at the very end (no comment, no ZIP64,
  one disk);
- every field that the local header and the central directory both carry is
  the same in both (version, flags, method, time, date, CRC, sizes, name);
- no extra fields and no comments (the packages we write have none, and an
  extra field such as Info-ZIP's Unicode Path 0x7075 can rename a member);
- names in UTF-8 when marked so, otherwise in ASCII.
"""

from __future__ import annotations

import struct
from itertools import pairwise

from desktop.plain import Plain
from desktop.signing.ziperrors import SafeZipError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

_LOCAL: Final = struct.Struct("<4s5H3L2H")
_CENTRAL: Final = struct.Struct("<4s6H3L5H2L")
_END: Final = struct.Struct("<4s4H2LH")
_LOCAL_SIGNATURE: Final = b"PK\x03\x04"
_CENTRAL_SIGNATURE: Final = b"PK\x01\x02"
_END_SIGNATURE: Final = b"PK\x05\x06"
_ZIP64_LOCATOR: Final = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE: Final = 20
# Central directory bytes allowed per member (header and name), a bound before parsing.
_CENTRAL_BYTES_PER_MEMBER: Final = 4096
_ENCRYPTED: Final = 0x1 | 0x40
_UTF8: Final = 0x800
# Bits 1 and 2 record the deflate level used; they change nothing in reading.
_DEFLATE_OPTIONS: Final = 0x6
_DEFLATED: Final = 8
# The fields both headers carry, in the order of the local header.
_SHARED: Final = ("version", "flags", "method", "time", "date", "crc", "compressed", "size")


class Record(Plain):
    """One member as the central directory and its local header agree to describe it."""

    __slots__ = (
        "compressed",
        "crc",
        "data_start",
        "date",
        "external",
        "flags",
        "made_by",
        "method",
        "name",
        "offset",
        "raw_name",
        "size",
        "time",
        "version",
    )

    def __init__(
        self,
        name: str,
        raw_name: bytes,
        offset: int,
        version: int,
        flags: int,
        method: int,
        time: int,
        date: int,
        crc: int,
        compressed: int,
        size: int,
        made_by: int,
        external: int,
        data_start: int = 0,
    ) -> None:
        self.name: Final = name
        self.raw_name: Final = raw_name
        self.offset: Final = offset
        self.version: Final = version
        self.flags: Final = flags
        self.method: Final = method
        self.time: Final = time
        self.date: Final = date
        self.crc: Final = crc
        self.compressed: Final = compressed
        self.size: Final = size
        self.made_by: Final = made_by
        self.external: Final = external
        self.data_start: Final = data_start

    @property
    def shared(self) -> tuple[int, ...]:
        """The fields the local header must repeat, in its order."""
        return tuple(getattr(self, label) for label in _SHARED)


def records(data: bytes, max_members: int) -> list[Record]:
    """The members of ``data`` in central-directory order, or ``SafeZipError``."""
    end = _end_record(data)
    _, disk, central_disk, here, count, central_size, central_start, _ = _END.unpack_from(data, end)
    if disk or central_disk or here != count:
        raise SafeZipError("signing.zip.not_zip", reason="an archive split over several disks")
    if count > max_members:
        raise SafeZipError("signing.zip.too_many_members", count=count, limit=max_members)
    if central_size > max_members * _CENTRAL_BYTES_PER_MEMBER:
        raise SafeZipError("signing.zip.not_zip", reason="central directory too large")
    if central_start + central_size > end:
        raise SafeZipError("signing.zip.not_zip", reason="central directory runs past its end")
    if central_start + central_size < end:
        moved = end - central_size
        if data[moved : moved + 4] == _CENTRAL_SIGNATURE or not central_size:
            # Every offset is off by the same amount: bytes were put before the first record.
            raise SafeZipError("signing.zip.prefixed")
        raise SafeZipError(
            "signing.zip.gap", where="between the central directory and the end record"
        )
    found = _central_directory(data, central_start, end, count)
    return _check_local_records(data, found, central_start)


def _end_record(data: bytes) -> int:
    end = len(data) - _END.size
    if end >= 0 and data[end : end + 4] == _END_SIGNATURE:
        if data[-2:] != b"\0\0":
            raise SafeZipError("signing.zip.not_zip", reason="damaged end of central directory")
        if data[max(0, end - _ZIP64_LOCATOR_SIZE) : end][:4] == _ZIP64_LOCATOR:
            raise SafeZipError("signing.zip.not_zip", reason="ZIP64 is not accepted")
        return end
    earlier = data.rfind(_END_SIGNATURE, max(0, len(data) - _END.size - 0xFFFF))
    if earlier < 0 or earlier + _END.size > len(data):
        if data.startswith(_LOCAL_SIGNATURE):
            # A zip's beginning without its end: a download or a copy cut short.
            raise SafeZipError("signing.zip.cut_short")
        raise SafeZipError("signing.zip.not_zip", reason="no end of central directory")
    comment = struct.unpack_from("<H", data, earlier + _END.size - 2)[0]
    if comment and earlier + _END.size + comment == len(data):
        raise SafeZipError("signing.zip.comment", where="archive")
    raise SafeZipError("signing.zip.trailing")


def _central_directory(data: bytes, start: int, end: int, count: int) -> list[Record]:
    found: list[Record] = []
    position = start
    for _ in range(count):
        if position + _CENTRAL.size > end:
            raise SafeZipError("signing.zip.not_zip", reason="central directory cut short")
        fields = _CENTRAL.unpack_from(data, position)
        if fields[0] != _CENTRAL_SIGNATURE:
            raise SafeZipError("signing.zip.not_zip", reason="damaged central directory")
        made_by, version, flags, method, time, date, crc, compressed, size = fields[1:10]
        name_length, extra_length, comment_length, disk, _, external, offset = fields[10:]
        name_start = position + _CENTRAL.size
        position = name_start + name_length + extra_length + comment_length
        if position > end:
            raise SafeZipError("signing.zip.not_zip", reason="central directory cut short")
        raw_name = data[name_start : name_start + name_length]
        name = _decode_name(raw_name, flags)
        extra = data[name_start + name_length : name_start + name_length + extra_length]
        if extra:
            raise SafeZipError("signing.zip.extra_field", name=name, field=_field_id(extra))
        if comment_length:
            raise SafeZipError("signing.zip.comment", where=repr(name))
        if disk:
            raise SafeZipError("signing.zip.header_mismatch", name=name, field="disk")
        found.append(
            Record(
                name,
                raw_name,
                offset,
                version,
                flags,
                method,
                time,
                date,
                crc,
                compressed,
                size,
                made_by,
                external,
            )
        )
    if position != end:
        raise SafeZipError("signing.zip.gap", where="inside the central directory")
    return found


def _check_local_records(data: bytes, found: list[Record], central_start: int) -> list[Record]:
    checked: dict[int, Record] = {}
    expected = 0
    previous = ""
    for index, record in sorted(enumerate(found), key=lambda item: item[1].offset):
        if record.offset != expected:
            if not checked and record.offset > 0:
                raise SafeZipError("signing.zip.prefixed")
            if record.offset > expected:
                raise SafeZipError("signing.zip.gap", where=f"before {record.name!r}")
            raise SafeZipError("signing.zip.overlap", name=previous, other=record.name)
        data_start = _local_record(data, record, central_start)
        expected = data_start + record.compressed
        if expected > central_start:
            raise SafeZipError("signing.zip.overlap", name=record.name, other="central directory")
        checked[index] = record.replace(data_start=data_start)
        previous = record.name
    if expected != central_start:
        raise SafeZipError("signing.zip.gap", where="before the central directory")
    in_order = [checked[index] for index in range(len(found))]
    for earlier, later in pairwise(in_order):
        if earlier.offset > later.offset:
            # A streaming reader would meet the members in another order than the directory's.
            raise SafeZipError("signing.zip.header_mismatch", name=later.name, field="order")
    return in_order


def _local_record(data: bytes, record: Record, limit: int) -> int:
    """Where the record's data starts, once its local header agrees with the directory."""
    name = record.name
    if record.offset + _LOCAL.size > limit:
        raise SafeZipError("signing.zip.header_mismatch", name=name, field="offset")
    fields = _LOCAL.unpack_from(data, record.offset)
    if fields[0] != _LOCAL_SIGNATURE:
        raise SafeZipError("signing.zip.header_mismatch", name=name, field="offset")
    name_length: int = fields[9]
    extra_length: int = fields[10]
    name_start = record.offset + _LOCAL.size
    extra = data[name_start + name_length : name_start + name_length + extra_length]
    if extra:
        raise SafeZipError("signing.zip.extra_field", name=name, field=_field_id(extra))
    for label, local, central in zip(_SHARED, fields[1:9], record.shared, strict=True):
        if local != central:
            raise SafeZipError("signing.zip.header_mismatch", name=name, field=label)
    if data[name_start : name_start + name_length] != record.raw_name:
        raise SafeZipError("signing.zip.header_mismatch", name=name, field="name")
    flags = record.flags
    if flags & _ENCRYPTED:
        raise SafeZipError("signing.zip.encrypted", name=name)
    allowed = _UTF8 | (_DEFLATE_OPTIONS if record.method == _DEFLATED else 0)
    if flags & ~allowed:
        raise SafeZipError("signing.zip.flags", name=name, flags=f"0x{flags:04x}")
    return name_start + name_length


def _decode_name(raw: bytes, flags: int) -> str:
    if flags & _UTF8:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    elif raw.isascii():
        return raw.decode("ascii")
    raise SafeZipError(
        "signing.zip.name_encoding", name=raw.decode("utf-8", errors="backslashreplace")
    )


def _field_id(extra: bytes) -> str:
    if len(extra) < 2:
        return "damaged"
    return f"0x{struct.unpack_from('<H', extra)[0]:04x}"
