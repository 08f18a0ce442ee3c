"""Reading received zips: every refusal has its own message, and nothing else ever escapes."""

from __future__ import annotations

import io
import stat
import struct
import tracemalloc
import warnings
import zipfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.i18n import LANGS
from desktop.signing.safezip import SafeZipError, ZipLimits, read_zip

_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


def make_zip(
    *entries: tuple[str | zipfile.ZipInfo, bytes], method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def central_entries(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Where the end record is, and (offset, length) of each central directory entry."""
    end = data.rfind(b"PK\x05\x06")
    fields = _END.unpack_from(data, end)
    offset, entries = fields[6], []
    for _ in range(fields[4]):
        header = _CENTRAL.unpack_from(data, offset)
        length = _CENTRAL.size + header[10] + header[11] + header[12]
        entries.append((offset, length))
        offset += length
    return end, entries


def append_central(data: bytes, entry: bytes) -> bytes:
    """Add a central directory entry (and fix the end record)."""
    end, entries = central_entries(data)
    fields = list(_END.unpack_from(data, end))
    fields[3] += 1
    fields[4] += 1
    fields[5] += len(entry)
    central_end = entries[-1][0] + entries[-1][1]
    return data[:central_end] + entry + _END.pack(*fields) + data[end + _END.size :]


def add_alias(data: bytes, alias: bytes) -> bytes:
    """A second central entry for the first member's bytes, under another name."""
    _, entries = central_entries(data)
    start, length = entries[0]
    entry = bytearray(data[start : start + length])
    name_length = struct.unpack_from("<H", entry, 28)[0]
    entry[_CENTRAL.size : _CENTRAL.size + name_length] = alias
    struct.pack_into("<H", entry, 28, len(alias))
    return append_central(data, bytes(entry))


def nested(outer_name: str, inner_name: str, content: bytes) -> bytes:
    """A stored member whose data is a complete second member (a "quoted" overlap)."""
    inner = make_zip((inner_name, content), method=zipfile.ZIP_STORED)
    _, inner_entries = central_entries(inner)
    local = inner[: inner_entries[0][0]]
    outer = make_zip((outer_name, local), method=zipfile.ZIP_STORED)
    start, length = inner_entries[0]
    entry = bytearray(inner[start : start + length])
    struct.pack_into("<L", entry, 42, 30 + len(outer_name.encode()))
    return append_central(outer, bytes(entry))


def set_flags(data: bytes, flag: int) -> bytes:
    """Set a general-purpose flag in every local and central header."""
    patched = bytearray(data)
    _, entries = central_entries(data)
    for start, _ in entries:
        struct.pack_into(
            "<H", patched, start + 8, struct.unpack_from("<H", data, start + 8)[0] | flag
        )
        local = struct.unpack_from("<L", data, start + 42)[0]
        struct.pack_into(
            "<H", patched, local + 6, struct.unpack_from("<H", data, local + 6)[0] | flag
        )
    return bytes(patched)


def set_sizes(data: bytes, file_size: int) -> bytes:
    """Make every header claim ``file_size`` uncompressed bytes."""
    patched = bytearray(data)
    _, entries = central_entries(data)
    for start, _ in entries:
        struct.pack_into("<L", patched, start + 24, file_size)
        local = struct.unpack_from("<L", data, start + 42)[0]
        struct.pack_into("<L", patched, local + 22, file_size)
    return bytes(patched)


def refusal(data: bytes, **kwargs: object) -> SafeZipError:
    with pytest.raises(SafeZipError) as info:
        read_zip(data, **kwargs)  # type: ignore[arg-type]
    for lang in LANGS:
        assert info.value.message(lang)
    return info.value


def test_reads_members_in_order() -> None:
    data = make_zip(("mimetype", b"x"), ("a/b.json", b"{}"), ("c.pdf", b"%PDF" * 100))
    members = read_zip(data, allowed={"mimetype", "a/b.json", "c.pdf"})
    assert [m.name for m in members] == ["mimetype", "a/b.json", "c.pdf"]
    assert members[2].data == b"%PDF" * 100
    assert members[0].header_offset == 0


@pytest.mark.parametrize("name", ["META-INF/", "a.xml/", "other/"])
def test_directory_entries_are_refused(name: str) -> None:
    """A package needs no folders (ours writes none); a folder named as a file makes
    ``unzip`` unable to extract that file."""
    data = make_zip((name, b""), ("META-INF/a.xml", b"<a/>"), ("a.xml", b"<b/>"))
    error = refusal(data, allowed={"META-INF/a.xml", "a.xml"})
    assert error.key == "signing.zip.directory"
    assert name in error.message("en") and "folder" in error.message("en")
    assert "kansio" in error.message("fi") and "mapp" in error.message("sv")


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x05\x06" + b"\0" * 10])
def test_not_a_zip(data: bytes) -> None:
    assert refusal(data).key == "signing.zip.not_zip"


def test_truncated() -> None:
    data = make_zip(("a.txt", b"hello" * 100))
    for cut in (len(data) // 2, len(data) - 5, 30):
        assert refusal(data[:cut]).key in {
            "signing.zip.cut_short",
            "signing.zip.not_zip",
            "signing.zip.header_mismatch",
            "signing.zip.corrupt_member",
        }


def test_input_too_large() -> None:
    error = refusal(make_zip(("a", b"x" * 100)), limits=ZipLimits(max_input=50))
    assert error.key == "signing.zip.input_too_large"


def test_prefixed_data() -> None:
    assert refusal(b"MZ" + b"\0" * 100 + make_zip(("a", b"x"))).key == "signing.zip.prefixed"


def test_too_many_members() -> None:
    data = make_zip(*[(f"f{i}", b"") for i in range(5)])
    assert refusal(data, limits=ZipLimits(max_members=4)).key == "signing.zip.too_many_members"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("../x", "name_traversal"),
        ("a/../../x", "name_traversal"),
        ("a//b", "name_traversal"),
        ("./a", "name_traversal"),
        ("/etc/passwd", "name_absolute"),
        ("a\\..\\x", "name_backslash"),
        ("C:x", "name_drive"),
        ("c:/windows/x", "name_drive"),
        ("a\x01b", "name_character"),
        ("data:stream", "name_character"),
    ],
)
def test_bad_names(name: str, key: str) -> None:
    error = refusal(make_zip((name, b"x")))
    assert error.key == f"signing.zip.{key}"
    assert repr(name) in error.message("fi")


@pytest.mark.parametrize(
    "names",
    [("a.txt", "a.txt"), ("survey.json", "SURVEY.json"), ("\u00e4.txt", "a\u0308.txt")],
)
def test_duplicates(names: tuple[str, str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of an exact duplicate
        data = make_zip((names[0], b"1"), (names[1], b"2"))
    assert refusal(data).key == "signing.zip.duplicate"


def test_only_allowed_names() -> None:
    error = refusal(make_zip(("a", b"1"), ("evil.exe", b"2")), allowed={"a"})
    assert error.key == "signing.zip.not_allowed"
    assert "evil.exe" in error.message("en")


@pytest.mark.parametrize("kind", [stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO, stat.S_IFDIR])
def test_special_files(kind: int) -> None:
    info = zipfile.ZipInfo("report.pdf")
    info.create_system = 3
    info.external_attr = (kind | 0o777) << 16
    assert refusal(make_zip((info, b"/etc/passwd"))).key == "signing.zip.special_file"


def test_encrypted_member() -> None:
    assert refusal(set_flags(make_zip(("a", b"secret")), 0x1)).key == "signing.zip.encrypted"


def test_unsupported_method() -> None:
    data = make_zip(("a", b"x" * 100), method=zipfile.ZIP_BZIP2)
    assert refusal(data).key == "signing.zip.unsupported_method"


@pytest.mark.parametrize("version", [0x2F, 0x3F, 0xFFFF])
def test_member_needing_a_newer_reader(version: int) -> None:
    """zipfile and unzip refuse these; a package verify accepts must read alike everywhere."""
    data = bytearray(make_zip(("a", b"x" * 100)))
    _, entries = central_entries(bytes(data))
    struct.pack_into("<H", data, 4, version)
    struct.pack_into("<H", data, entries[0][0] + 6, version)
    error = refusal(bytes(data))
    assert error.key == "signing.zip.version_needed"
    assert str(version) in error.message("en")


def test_member_too_large() -> None:
    error = refusal(make_zip(("a", b"x" * 100)), limits=ZipLimits(max_member_size=99))
    assert error.key == "signing.zip.member_too_large"


def test_total_too_large() -> None:
    data = make_zip(("a", bytes(range(256)) * 4), ("b", bytes(range(256)) * 4))
    assert refusal(data, limits=ZipLimits(max_total_size=1500)).key == "signing.zip.total_too_large"


def test_zip_bomb_ratio() -> None:
    error = refusal(make_zip(("survey.json", b"\0" * (4 << 20))))
    assert error.key == "signing.zip.ratio"
    assert "zip" in error.message("fi")


def test_overlapping_entries() -> None:
    assert (
        refusal(add_alias(make_zip(("a.txt", b"hello" * 50)), b"b.txt")).key
        == "signing.zip.overlap"
    )
    data = nested("a.txt", "b.txt", b"hello" * 50)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # CPython reads both happily
        assert archive.read("b.txt") == b"hello" * 50
        assert archive.read("a.txt").endswith(b"hello" * 50)
    error = refusal(data)
    assert error.key == "signing.zip.overlap"
    assert "'a.txt'" in error.message("fi") and "'b.txt'" in error.message("fi")


def test_header_that_lies_about_the_size() -> None:
    data = make_zip(("a.txt", b"0123456789" * 1000))
    assert refusal(set_sizes(data, 10)).key in {
        "signing.zip.corrupt_member",
        "signing.zip.header_mismatch",
    }
    assert refusal(set_sizes(data, 20000)).key in {
        "signing.zip.corrupt_member",
        "signing.zip.header_mismatch",
    }


def test_damaged_member() -> None:
    data = bytearray(make_zip(("a.txt", b"some text " * 20)))
    data[40] ^= 0xFF  # inside the compressed data
    assert refusal(bytes(data)).key in {"signing.zip.corrupt_member", "signing.zip.header_mismatch"}


# -- property tests ----------------------------------------------------------

SMALL = ZipLimits(
    max_input=256 * 1024,
    max_members=8,
    max_member_size=64 * 1024,
    max_total_size=96 * 1024,
    ratio_floor=4096,
)
_SEED = make_zip(
    ("mimetype", b"application/vnd.etsi.asic-e+zip"),
    ("survey.json", b'{"answers": {"a": 1, "b": "kyll\xc3\xa4"}}' * 20),
    ("report.pdf", bytes(range(256)) * 40),
    ("META-INF/x.xml", b"\0" * 30000),
)


def _read_within_caps(data: bytes) -> None:
    tracemalloc.start()
    try:
        try:
            members = read_zip(data, limits=SMALL)
        except SafeZipError:
            members = []
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sum(len(m.data) for m in members) <= SMALL.max_total_size
    # The input is already in memory; reading may hold about twice the caps on top.
    assert peak < 2 * SMALL.max_total_size + len(data) + (1 << 20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_only_ever_refused_cleanly(data: bytes) -> None:
    _read_within_caps(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, len(_SEED) - 1), st.integers(0, 255)), max_size=8),
    st.integers(0, len(_SEED)),
)
def test_mutated_zips_only_ever_refused_cleanly(changes: list[tuple[int, int]], keep: int) -> None:
    data = bytearray(_SEED)
    for position, value in changes:
        data[position] = value
    _read_within_caps(bytes(data[: max(keep, len(data) - 64)]))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 0xFFFFFFFF), st.integers(0, 0xFFFFFFFF))
def test_lying_sizes_never_inflate_memory(compressed: int, uncompressed: int) -> None:
    data = bytearray(_SEED)
    _, entries = central_entries(_SEED)
    for start, _ in entries:
        struct.pack_into("<LL", data, start + 20, compressed, uncompressed)
    _read_within_caps(bytes(data))


def test_deflate_stream_longer_than_declared_is_cut_at_the_cap() -> None:
    # A deflate stream of 1 MiB of zeros whose headers say 100 bytes.
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = raw.compress(b"\0" * (1 << 20)) + raw.flush()
    data = set_sizes(make_zip(("a", b"\0" * (1 << 20))), 100)
    assert len(body) < len(data)
    _read_within_caps(data)
