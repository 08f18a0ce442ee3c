"""A package that verify accepts means the same to every zip reader.

Each hostile file is cut from a real signed package at test time; the
signature stays valid (the zip around the signed files is what changes), so
only the reading of the container can refuse it.
"""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest

from desktop.signing import asice
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.pdfsign import sign_pdf
from desktop.signing.verdict import CheckId, Verdict
from tests.fixtures.hostile.make_hostile import SURVEY, small_pdf
from tests.fixtures.hostile.ziprecords import (
    LOCAL_FIELDS,
    Local,
    extra_field,
    index_of,
    read,
    unicode_path,
)

EVIL = SURVEY.replace(b"6852", b"9999")


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Testikunta", locality="Inari"))


@pytest.fixture(scope="module")
def package(key: OrganisationKey) -> bytes:
    return asice.build({"survey.json": SURVEY, "report.pdf": sign_pdf(small_pdf(), key)}, key)


def refused(data: bytes, key: OrganisationKey, fragment: str) -> Verdict:
    verdict = asice.verify(data, trusted={key.fingerprint})
    failure = verdict.failure
    assert failure is not None, "accepted"
    assert failure.id == CheckId.CONTAINER, failure.message("en")
    assert fragment in failure.message("en"), failure.message("en")
    return verdict


def test_the_records_model_writes_the_package_back_unchanged(
    package: bytes, key: OrganisationKey
) -> None:
    assert read(package).write() == package
    assert asice.verify(package, trusted={key.fingerprint}).ok


def test_a_second_survey_between_the_last_member_and_the_directory(
    package: bytes, key: OrganisationKey
) -> None:
    archive = read(package)
    genuine = archive.locals[index_of(archive, "survey.json")]
    fields = genuine.fields | {"method": 0, "crc": zlib.crc32(EVIL)}
    fields |= {"csize": len(EVIL), "usize": len(EVIL)}
    archive.gap = Local(fields, b"survey.json", b"", EVIL).dump()
    hostile = archive.write()
    # zipfile still sees the genuine members only: the gap is invisible to it.
    with zipfile.ZipFile(io.BytesIO(hostile)) as reader:
        assert reader.read("survey.json") == SURVEY
    refused(hostile, key, "belong to no file")


@pytest.mark.parametrize("where", ["after mimetype", "after the directory"])
def test_bytes_between_records(package: bytes, key: OrganisationKey, where: str) -> None:
    archive = read(package)
    if where == "after mimetype":
        archive.locals[0].data += b"\0" * 16  # the headers still say the old size
        refused(archive.write(), key, "belong to no file")
    else:
        end = package.rindex(b"PK\x05\x06")
        refused(package[:end] + b"\0" * 8 + package[end:], key, "belong to no file")


@pytest.mark.parametrize("side", ["local", "central"])
@pytest.mark.parametrize("field", [*LOCAL_FIELDS, "name"])
def test_local_header_and_directory_disagree(
    package: bytes, key: OrganisationKey, side: str, field: str
) -> None:
    archive = read(package)
    index = index_of(archive, "survey.json")
    record = archive.locals[index] if side == "local" else archive.centrals[index]
    if field == "name":
        record.name = b"survey.jsoN"
    elif field == "method":
        record.fields["method"] = zipfile.ZIP_STORED
    elif field == "flags":
        record.fields["flags"] ^= 0x0800
    else:
        record.fields[field] ^= 1
    refused(archive.write(), key, "do not agree")


def test_a_member_on_another_disk(package: bytes, key: OrganisationKey) -> None:
    archive = read(package)
    archive.centrals[index_of(archive, "survey.json")].disk = 1
    refused(archive.write(), key, "do not agree")


@pytest.mark.parametrize("side", ["local", "central", "both"])
def test_a_unicode_path_field_that_renames_the_report(
    package: bytes, key: OrganisationKey, side: str
) -> None:
    archive = read(package)
    index = index_of(archive, "report.pdf")
    rename = unicode_path("survey.json", b"report.pdf")
    if side in ("local", "both"):
        archive.locals[index].extra = rename
    if side in ("central", "both"):
        archive.centrals[index].extra = rename
    refused(archive.write(), key, "extra field (0x7075)")


@pytest.mark.parametrize("tag", [0x5455, 0x7875, 0xCAFE, 0x0001, 0x6375])
def test_extra_fields_are_not_accepted(package: bytes, key: OrganisationKey, tag: int) -> None:
    archive = read(package)
    index = index_of(archive, "survey.json")
    for record in (archive.locals[index], archive.centrals[index]):
        record.extra = extra_field(tag, b"\0" * 8)
    refused(archive.write(), key, f"extra field (0x{tag:04x})")


def test_comments_are_not_accepted(package: bytes, key: OrganisationKey) -> None:
    archive = read(package)
    archive.comment = b"signed and sealed"
    refused(archive.write(), key, "comment")
    archive = read(package)
    archive.centrals[index_of(archive, "survey.json")].comment = b"see attachment"
    refused(archive.write(), key, "comment")


def test_data_after_the_end_record(package: bytes, key: OrganisationKey) -> None:
    refused(package + b"\0" * 40, key, "after its end")


def test_a_data_descriptor_is_not_accepted(package: bytes, key: OrganisationKey) -> None:
    archive = read(package)
    index = index_of(archive, "survey.json")
    for record in (archive.locals[index], archive.centrals[index]):
        record.fields["flags"] |= 0x0008
    refused(archive.write(), key, "zip features")


def test_a_folder_named_as_a_data_file_before_it(package: bytes, key: OrganisationKey) -> None:
    """``survey.json/`` and ``report.pdf/`` as folders before the files: ``unzip`` makes the
    folders and cannot extract the files, so the package cannot be checked without us."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr(entries[0][0], entries[0][1])
        for name in ("survey.json/", "report.pdf/"):
            out.writestr(zipfile.ZipInfo(name, date_time=(2022, 2, 1, 9, 0, 0)), b"")
        for info, data in entries[1:]:
            out.writestr(info, data)
    refused(buffer.getvalue(), key, "'survey.json/' is a folder")
