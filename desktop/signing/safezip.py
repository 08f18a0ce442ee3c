"""Reading a received zip file that is hostile until proven otherwise.

Everything is checked from the central directory and the local headers before
a member is trusted: counts and sizes against caps, names (no traversal,
absolute paths, backslashes, drive letters, duplicates even by case), file
types (no links or devices), encryption, and whether two entries share bytes
(the "overlapping files" zip bomb). Python 3.11's ``zipfile`` detects none of
the overlaps, so the local headers are compared here. Every member is then
read in full, with a bounded read, so a header that lies about a size cannot
make us allocate more than the caps.
"""

from __future__ import annotations

import io
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import Final

from desktop.errors import UserError

_LOCAL_HEADER: Final = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE: Final = b"PK\x03\x04"
_END_RECORD: Final = struct.Struct("<4s4H2LH")
_END_SIGNATURE: Final = b"PK\x05\x06"
_ZIP64_LOCATOR: Final = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE: Final = 20
# Central directory bytes allowed per member (header, name, extra, comment),
# so that zipfile never builds more entries than the caps allow.
_CENTRAL_BYTES_PER_MEMBER: Final = 4096
_ENCRYPTED: Final = 0x1
_STRONG_ENCRYPTION: Final = 0x40
_DOS_DIRECTORY: Final = 0x10
_UNIX: Final = 3
_METHODS: Final = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_MiB: Final = 1 << 20
# A lying or damaged archive can make zipfile raise any of these.
_ZIP_FAILURES: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    OverflowError,
    IndexError,
    KeyError,
)

_CATALOG = {
    "input_too_large": {
        "fi": "Tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen är för stor ({size} byte, högst {limit}).",
        "en": "The file is too large ({size} bytes, at most {limit}).",
    },
    "not_zip": {
        "fi": "Tiedosto ei ole luettava zip-paketti ({reason}).",
        "sv": "Filen är inte ett läsbart zip-paket ({reason}).",
        "en": "The file is not a readable zip package ({reason}).",
    },
    "prefixed": {
        "fi": "Paketin alussa on ylimääräistä dataa ennen ensimmäistä tiedostoa.",
        "sv": "I början av paketet finns extra data före den första filen.",
        "en": "The package has extra data before its first file.",
    },
    "too_many_members": {
        "fi": "Paketissa on liikaa tiedostoja ({count}, enintään {limit}).",
        "sv": "Paketet innehåller för många filer ({count}, högst {limit}).",
        "en": "The package holds too many files ({count}, at most {limit}).",
    },
    "name_traversal": {
        "fi": "Paketin tiedostonimi {name!r} osoittaa paketin ulkopuolelle tai on tyhjä polun osa "
        "(.., . tai //).",
        "sv": "Filnamnet {name!r} i paketet pekar utanför paketet eller har en tom sökvägsdel "
        "(.., . eller //).",
        "en": "The file name {name!r} in the package points outside the package or has an empty "
        "path part (.., . or //).",
    },
    "name_absolute": {
        "fi": "Paketin tiedostonimi {name!r} on absoluuttinen polku.",
        "sv": "Filnamnet {name!r} i paketet är en absolut sökväg.",
        "en": "The file name {name!r} in the package is an absolute path.",
    },
    "name_backslash": {
        "fi": "Paketin tiedostonimessä {name!r} on kenoviiva (\\).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett omvänt snedstreck (\\).",
        "en": "The file name {name!r} in the package contains a backslash (\\).",
    },
    "name_drive": {
        "fi": "Paketin tiedostonimi {name!r} alkaa levyasematunnuksella.",
        "sv": "Filnamnet {name!r} i paketet börjar med en enhetsbokstav.",
        "en": "The file name {name!r} in the package starts with a drive letter.",
    },
    "name_character": {
        "fi": "Paketin tiedostonimessä {name!r} on kielletty merkki (ohjausmerkki tai kaksoispiste).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett förbjudet tecken (styrtecken eller kolon).",
        "en": "The file name {name!r} in the package contains a forbidden character (a control "
        "character or a colon).",
    },
    "duplicate": {
        "fi": "Paketissa on kaksi tiedostoa samalla nimellä: {name!r} ja {other!r}.",
        "sv": "Paketet innehåller två filer med samma namn: {name!r} och {other!r}.",
        "en": "The package holds two files with the same name: {name!r} and {other!r}.",
    },
    "not_allowed": {
        "fi": "Paketissa on ylimääräinen tiedosto {name!r}, jota siihen ei kuulu.",
        "sv": "Paketet innehåller en extra fil {name!r} som inte hör dit.",
        "en": "The package holds an extra file {name!r} that does not belong there.",
    },
    "special_file": {
        "fi": "Paketin jäsen {name!r} ei ole tavallinen tiedosto (esim. symbolinen linkki).",
        "sv": "Medlemmen {name!r} i paketet är ingen vanlig fil (t.ex. en symbolisk länk).",
        "en": "The package member {name!r} is not a regular file (e.g. a symbolic link).",
    },
    "encrypted": {
        "fi": "Paketin tiedosto {name!r} on salattu; salattuja tiedostoja ei hyväksytä.",
        "sv": "Filen {name!r} i paketet är krypterad; krypterade filer godtas inte.",
        "en": "The file {name!r} in the package is encrypted; encrypted files are not accepted.",
    },
    "unsupported_method": {
        "fi": "Paketin tiedosto {name!r} on pakattu tuntemattomalla tavalla ({method}).",
        "sv": "Filen {name!r} i paketet är komprimerad på ett okänt sätt ({method}).",
        "en": "The file {name!r} in the package uses an unknown compression ({method}).",
    },
    "member_too_large": {
        "fi": "Paketin tiedosto {name!r} on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen {name!r} i paketet är för stor ({size} byte, högst {limit}).",
        "en": "The file {name!r} in the package is too large ({size} bytes, at most {limit}).",
    },
    "total_too_large": {
        "fi": "Paketin tiedostot ovat purettuina liian suuria (yli {limit} tavua, "
        "viimeisenä {name!r}).",
        "sv": "Paketets filer är för stora uppackade (över {limit} byte, senast {name!r}).",
        "en": "The package's files are too large when unpacked (over {limit} bytes, "
        "last {name!r}).",
    },
    "ratio": {
        "fi": "Paketin tiedosto {name!r} purkautuu epäilyttävän suureksi (pakkaussuhde "
        "{ratio}:1, enintään {limit}:1) – mahdollinen zip-pommi.",
        "sv": "Filen {name!r} i paketet packas upp misstänkt stor (komprimeringsgrad "
        "{ratio}:1, högst {limit}:1) – möjlig zip-bomb.",
        "en": "The file {name!r} in the package unpacks suspiciously large (compression ratio "
        "{ratio}:1, at most {limit}:1) – a possible zip bomb.",
    },
    "overlap": {
        "fi": "Paketin tiedostot {name!r} ja {other!r} käyttävät samoja tavuja (päällekkäiset "
        "tiedostot) – mahdollinen zip-pommi.",
        "sv": "Filerna {name!r} och {other!r} i paketet använder samma byte (överlappande filer) "
        "– möjlig zip-bomb.",
        "en": "The files {name!r} and {other!r} in the package share bytes (overlapping "
        "entries) – a possible zip bomb.",
    },
    "header_mismatch": {
        "fi": "Paketin tiedoston {name!r} otsaketiedot eivät täsmää keskenään.",
        "sv": "Rubrikuppgifterna för filen {name!r} i paketet stämmer inte överens.",
        "en": "The headers of the file {name!r} in the package do not agree.",
    },
    "corrupt_member": {
        "fi": "Paketin tiedostoa {name!r} ei voitu purkaa: se on vioittunut tai muutettu "
        "({reason}).",
        "sv": "Filen {name!r} i paketet kunde inte packas upp: den är skadad eller ändrad "
        "({reason}).",
        "en": "The file {name!r} in the package could not be unpacked: it is damaged or was "
        "changed ({reason}).",
    },
}


class SafeZipError(UserError):
    """A received zip is refused; the message names the member and the reason."""

    catalog = _CATALOG


@dataclass(frozen=True)
class ZipLimits:
    """Caps for one received package (sizes in bytes of uncompressed data)."""

    max_input: int = 64 * _MiB
    max_members: int = 32
    max_member_size: int = 32 * _MiB
    max_total_size: int = 64 * _MiB
    max_ratio: int = 100
    # Small members cannot be bombs, whatever their ratio; a short text of
    # repeated characters legitimately compresses far more than 100:1.
    ratio_floor: int = 64 * 1024


DEFAULT_LIMITS: Final = ZipLimits()


@dataclass(frozen=True)
class Member:
    """One member as it was stored: its bytes and the header facts checks may need."""

    name: str
    data: bytes
    compress_type: int
    header_offset: int
    local_extra: bytes
    central_extra: bytes


def read_zip(
    data: bytes,
    *,
    allowed: Collection[str] | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> list[Member]:
    """The members of the zip ``data`` in central-directory order, all checked and read.

    ``allowed`` lists the only names accepted. Empty directory entries are
    accepted and dropped. Raises ``SafeZipError`` for anything else.
    """
    if len(data) > limits.max_input:
        raise SafeZipError("input_too_large", size=len(data), limit=limits.max_input)
    _check_end_record(data, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_FAILURES as exc:
        raise SafeZipError("not_zip", reason=_reason(exc)) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise SafeZipError("too_many_members", count=len(infos), limit=limits.max_members)
        _check_names(infos, allowed)
        files = [info for info in infos if not _is_directory(info)]
        for info in files:
            _check_entry(info, limits)
        _check_layout(data, infos, archive.start_dir)
        return _read_all(archive, data, files, limits)


def _check_end_record(data: bytes, limits: ZipLimits) -> None:
    """Refuse a central directory too large for the caps before zipfile parses it.

    The end record is found as zipfile finds it: at the very end when it has
    no comment, otherwise the last signature within the comment's reach.
    """
    pos = len(data) - _END_RECORD.size
    if not (pos >= 0 and data[pos : pos + 4] == _END_SIGNATURE and data[-2:] == b"\0\0"):
        pos = data.rfind(_END_SIGNATURE, max(0, len(data) - _END_RECORD.size - 0xFFFF))
    if pos < 0 or pos + _END_RECORD.size > len(data):
        raise SafeZipError("not_zip", reason="no end of central directory")
    if data[max(0, pos - _ZIP64_LOCATOR_SIZE) : pos][:4] == _ZIP64_LOCATOR:
        raise SafeZipError("not_zip", reason="ZIP64 is not accepted")
    fields = _END_RECORD.unpack_from(data, pos)
    entries, central_size = fields[4], fields[5]
    if entries > limits.max_members:
        raise SafeZipError("too_many_members", count=entries, limit=limits.max_members)
    if central_size > limits.max_members * _CENTRAL_BYTES_PER_MEMBER:
        raise SafeZipError("not_zip", reason="central directory too large")


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _check_names(infos: list[zipfile.ZipInfo], allowed: Collection[str] | None) -> None:
    seen: dict[str, str] = {}
    for info in infos:
        name = info.orig_filename
        problem = _name_problem(name)
        if problem:
            raise SafeZipError(problem, name=name)
        # NFC and casefold: names that one file system would store as one file.
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise SafeZipError("duplicate", name=name, other=seen[folded])
        seen[folded] = name
    if allowed is not None:
        for info in infos:
            if info.orig_filename not in allowed and not _is_directory(info):
                raise SafeZipError("not_allowed", name=info.orig_filename)


def _name_problem(name: str) -> str | None:
    """The message key saying why ``name`` is unsafe to accept, or None."""
    if "\\" in name:
        return "name_backslash"
    if name.startswith("/"):
        return "name_absolute"
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        return "name_drive"
    if ":" in name or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        return "name_character"
    parts = name.removesuffix("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "name_traversal"
    return None


def _is_directory(info: zipfile.ZipInfo) -> bool:
    return info.orig_filename.endswith("/") and info.file_size == 0


def _check_entry(info: zipfile.ZipInfo, limits: ZipLimits) -> None:
    name = info.orig_filename
    if info.flag_bits & (_ENCRYPTED | _STRONG_ENCRYPTION):
        raise SafeZipError("encrypted", name=name)
    if info.external_attr & _DOS_DIRECTORY:
        raise SafeZipError("special_file", name=name)
    if info.create_system == _UNIX:
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise SafeZipError("special_file", name=name)
    if info.compress_type not in _METHODS:
        raise SafeZipError("unsupported_method", name=name, method=info.compress_type)
    if info.file_size > limits.max_member_size:
        raise SafeZipError(
            "member_too_large", name=name, size=info.file_size, limit=limits.max_member_size
        )
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size // max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise SafeZipError("ratio", name=name, ratio=ratio, limit=limits.max_ratio)


def _local_header(data: bytes, info: zipfile.ZipInfo) -> tuple[int, bytes]:
    """Where the member's data starts, and its local extra field, from its local header."""
    offset = info.header_offset
    name = info.orig_filename
    if offset < 0 or offset + _LOCAL_HEADER.size > len(data):
        raise SafeZipError("header_mismatch", name=name)
    fields = _LOCAL_HEADER.unpack_from(data, offset)
    signature, name_length, extra_length = fields[0], fields[9], fields[10]
    if signature != _LOCAL_SIGNATURE:
        raise SafeZipError("header_mismatch", name=name)
    name_start = offset + _LOCAL_HEADER.size
    data_start = name_start + name_length + extra_length
    raw_name = data[name_start : name_start + name_length]
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    if raw_name.decode(encoding, errors="replace") != name or data_start > len(data):
        raise SafeZipError("header_mismatch", name=name)
    return data_start, data[name_start + name_length : data_start]


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], central_start: int) -> None:
    """Each entry's bytes lie before the next entry and before the central directory."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    if ordered and ordered[0].header_offset != 0:
        raise SafeZipError("prefixed")
    for index, info in enumerate(ordered):
        data_start, _ = _local_header(data, info)
        end = data_start + info.compress_size
        if index + 1 < len(ordered):
            following = ordered[index + 1]
            if end > following.header_offset:
                raise SafeZipError(
                    "overlap", name=info.orig_filename, other=following.orig_filename
                )
        elif end > central_start:
            raise SafeZipError("overlap", name=info.orig_filename, other="central directory")


def _read_all(
    archive: zipfile.ZipFile, data: bytes, files: list[zipfile.ZipInfo], limits: ZipLimits
) -> list[Member]:
    members: list[Member] = []
    total = 0
    for info in files:
        name = info.orig_filename
        budget = min(limits.max_member_size, limits.max_total_size - total)
        if info.file_size > budget:
            raise SafeZipError("total_too_large", name=name, limit=limits.max_total_size)
        try:
            with archive.open(info) as handle:
                # One byte more than declared shows a header that lies.
                content = handle.read(info.file_size + 1)
        except _ZIP_FAILURES as exc:
            raise SafeZipError("corrupt_member", name=name, reason=_reason(exc)) from exc
        if len(content) != info.file_size:
            raise SafeZipError("header_mismatch", name=name)
        total += len(content)
        _, local_extra = _local_header(data, info)
        members.append(
            Member(name, content, info.compress_type, info.header_offset, local_extra, info.extra)
        )
    return members
