"""Whatever the package reader accepts, every other zip reader reads the same way.

Structure-aware mutations of a real signed package (a field of one header or
of both, bytes between records, extra fields, records repeated, moved or
renamed) run through ``read_zip`` for a bounded number of examples. For each
archive it accepts, Python's ``zipfile``, a minimal streaming reader that
walks the local records from the start (as Java's ``ZipInputStream`` does),
and ``unzip`` (test, then extract) must agree with it on every member's name
and bytes. An accepted package that verifies must also verify as before.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.signing import asice
from desktop.signing.keys import Organisation, create_key
from desktop.signing.pdfsign import sign_pdf
from desktop.signing.safezip import SafeZipError, read_zip
from tests.fixtures.hostile.make_hostile import SURVEY, small_pdf
from tests.fixtures.hostile.ziprecords import (
    CENTRAL_FIELDS,
    LOCAL_FIELDS,
    Archive,
    extra_field,
    read,
    unicode_path,
)

KEY = create_key(Organisation("Testikunta", locality="Inari"))
PACKAGE = asice.build({"survey.json": SURVEY, "report.pdf": sign_pdf(small_pdf(), KEY)}, KEY)
UNZIP = shutil.which("unzip")
INTERESTING = (0, 1, 8, 0x800, 0xFFFF, 0xFFFFFFFF)


def streamed(data: bytes) -> list[tuple[str, bytes]]:
    """The members a streaming reader finds, walking local records from offset 0."""
    found = []
    position = 0
    while data[position : position + 4] == b"PK\x03\x04":
        fields = struct.unpack_from("<5H3L2H", data, position + 4)
        flags, method, compressed, name_length, extra_length = (
            fields[1],
            fields[2],
            fields[6],
            fields[8],
            fields[9],
        )
        assert not flags & 0x8, "a data descriptor: the streaming reader cannot follow"
        name = data[position + 30 : position + 30 + name_length]
        start = position + 30 + name_length + extra_length
        body = data[start : start + compressed]
        content = body if method == 0 else zlib.decompress(body, -zlib.MAX_WBITS)
        found.append((name.decode("utf-8" if flags & 0x800 else "cp437"), content))
        position = start + compressed
    return found


def by_zipfile(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def by_unzip(data: bytes) -> dict[str, bytes]:
    assert UNZIP is not None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "package.asice"
        source.write_bytes(data)
        tested = subprocess.run([UNZIP, "-tqq", str(source)], capture_output=True, check=False)
        assert tested.returncode == 0, tested.stdout + tested.stderr
        target = Path(folder) / "out"
        subprocess.run([UNZIP, "-qq", str(source), "-d", str(target)], check=True)
        return {
            path.relative_to(target).as_posix(): path.read_bytes()
            for path in sorted(target.rglob("*"))
            if path.is_file()
        }


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    archive = read(PACKAGE)
    for _ in range(draw(st.integers(1, 3))):
        _mutate(draw, archive)
    return archive.write(fix_offsets=draw(st.booleans()))


def _mutate(draw: st.DrawFn, archive: Archive) -> None:
    index = draw(st.integers(0, min(len(archive.locals), len(archive.centrals)) - 1))
    local, central = archive.locals[index], archive.centrals[index]
    kind = draw(
        st.sampled_from(
            [
                *("touch", "touch", "rename", "field", "name", "extra"),
                *("gap", "repeat", "order", "comment", "data", "disk"),
            ]
        )
    )
    if kind == "touch":
        # Changes every reader should take in its stride: the same new time in both headers.
        for record in (local, central):
            record.fields |= {
                "time": draw(st.integers(0, 0xFFFF)),
                "date": draw(st.integers(0, 0xFFFF)),
            }
    elif kind == "rename":
        local.name = central.name = draw(st.sampled_from([b"a.txt", b"SURVEY.json", b"d/e.pdf"]))
    elif kind == "field":
        field = draw(st.sampled_from(LOCAL_FIELDS + CENTRAL_FIELDS[:1]))
        value = draw(st.sampled_from(INTERESTING) | st.integers(0, 0xFFFF))
        side = draw(st.sampled_from(["local", "central", "both"]))
        value &= 0xFFFFFFFF if field in ("crc", "csize", "usize") else 0xFFFF
        if side != "central" and field in local.fields:
            local.fields[field] = value
        if side != "local":
            central.fields[field] = value
    elif kind == "name":
        name = draw(st.sampled_from([b"survey.json", b"report.pdf", b"x", b"SURVEY.JSON", b"a/"]))
        for record in draw(st.sampled_from([[local], [central], [local, central]])):
            record.name = name
    elif kind == "extra":
        tag = draw(st.sampled_from([0x7075, 0x6375, 0x5455, 0x7875, 0x0001, 0xCAFE]))
        body = unicode_path("survey.json", local.name)[4:] if tag == 0x7075 else b"\0" * 4
        for record in draw(st.sampled_from([[local], [central], [local, central]])):
            record.extra = extra_field(tag, body)
    elif kind == "gap":
        archive.gap += draw(st.sampled_from([local.dump(), b"\0" * 4, b"PK\x03\x04"]))
    elif kind == "repeat":
        archive.locals.append(local)
        if draw(st.booleans()):
            archive.centrals.append(central)
    elif kind == "order":
        archive.centrals.reverse()
    elif kind == "comment":
        archive.comment = b"x" * draw(st.integers(1, 30))
    elif kind == "data":
        local.data += draw(st.binary(min_size=1, max_size=16))
    else:
        central.disk = draw(st.integers(1, 3))


@pytest.mark.skipif(UNZIP is None, reason="unzip is needed for the comparison")
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_what_the_reader_accepts_every_reader_reads_alike(data: bytes) -> None:
    try:
        members = read_zip(data)
    except SafeZipError as error:
        event(f"refused: {error.key}")
        return
    event("accepted")
    read_alike(data, [(member.name, member.data) for member in members])


def read_alike(data: bytes, ours: list[tuple[str, bytes]]) -> None:
    files = [(name, content) for name, content in ours if not name.endswith("/")]
    assert by_zipfile(data) == ours
    assert streamed(data) == ours
    assert by_unzip(data) == dict(files)
    verdict = asice.verify(data, trusted={KEY.fingerprint})
    if verdict.ok:
        assert dict(files)["survey.json"] == SURVEY


@pytest.mark.skipif(UNZIP is None, reason="unzip is needed for the comparison")
def test_the_unchanged_package_is_read_alike_by_all() -> None:
    members = read_zip(PACKAGE)
    read_alike(PACKAGE, [(member.name, member.data) for member in members])
    assert asice.verify(PACKAGE, trusted={KEY.fingerprint}).ok
