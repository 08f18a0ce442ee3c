"""ASiC-E packages: built, checked by us and by openssl, and refused after any change."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.i18n import LANGS
from desktop.signing import asice
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.manifest import MANIFEST_NAME, NS_ASIC, NS_DS, SHA256, SIGNATURE_NAME
from desktop.signing.pdfsign import sign_pdf
from desktop.signing.verdict import CheckId, Package
from desktop.survey.values import AnswerError
from tests.fixtures.hostile.make_hostile import small_pdf

SURVEY = b'{"answers":{"background":{"population":6852}},"municipality":"148","round":"2022-1"}'
ALL_CHECKS = [
    CheckId.CONTAINER,
    CheckId.MEMBERS,
    CheckId.MIMETYPE,
    CheckId.SIGNATURE,
    CheckId.MANIFEST,
    CheckId.FINGERPRINT,
    CheckId.TRUSTED,
    CheckId.REPORT,
    CheckId.JSON,
]
# The check that must catch a change in each member.
CAUGHT_BY = {
    "mimetype": CheckId.MIMETYPE,
    "survey.json": CheckId.MANIFEST,
    "report.pdf": CheckId.MANIFEST,
    MANIFEST_NAME: CheckId.SIGNATURE,
    SIGNATURE_NAME: CheckId.SIGNATURE,
}


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Anár", locality="Inari", business_id="0192467-8"))


@pytest.fixture(scope="module")
def report(key: OrganisationKey) -> bytes:
    return sign_pdf(small_pdf(), key)


@pytest.fixture(scope="module")
def package(key: OrganisationKey, report: bytes) -> bytes:
    return asice.build({"survey.json": SURVEY, "report.pdf": report}, key)


def members(package: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def test_a_built_package_passes_every_check(package: bytes, key: OrganisationKey) -> None:
    verdict = asice.verify(package, trusted={key.fingerprint})
    assert verdict.ok, [check.message("en") for check in verdict.checks]
    assert [check.id for check in verdict.checks] == ALL_CHECKS
    assert verdict.fingerprint == key.fingerprint
    assert verdict.package is not None
    assert verdict.package.documents["survey.json"] == {
        "answers": {"background": {"population": 6852}},
        "municipality": "148",
        "round": "2022-1",
    }
    signer = verdict.checks[ALL_CHECKS.index(CheckId.FINGERPRINT)]
    assert "Anár" in signer.message("fi") and key.fingerprint in signer.message("sv")
    for check in verdict.checks:
        assert {check.message(lang) for lang in LANGS} == set(check.texts.values())
        assert len(set(check.texts.values())) == len(LANGS)


def test_without_a_trusted_list_the_fingerprint_is_only_reported(package: bytes) -> None:
    verdict = asice.verify(package)
    assert verdict.ok
    assert [check.id for check in verdict.checks] == [c for c in ALL_CHECKS if c != CheckId.TRUSTED]
    assert not verdict.signer_confirmed


def test_layout_follows_the_standard(package: bytes) -> None:
    assert package[:4] == b"PK\x03\x04"
    assert package[30:38] == b"mimetype"
    assert package[38:69] == b"application/vnd.etsi.asic-e+zip"
    entries = members(package)
    names = [info.filename for info, _ in entries]
    assert names == ["mimetype", "survey.json", "report.pdf", MANIFEST_NAME, SIGNATURE_NAME]
    first = entries[0][0]
    assert first.compress_type == zipfile.ZIP_STORED
    assert first.extra == b"" and first.header_offset == 0


def test_manifest_lists_every_data_file_with_its_sha256(package: bytes) -> None:
    contents = {info.filename: data for info, data in members(package)}
    root = ET.fromstring(contents[MANIFEST_NAME])
    assert root.tag == f"{{{NS_ASIC}}}ASiCManifest"
    sig = root.find(f"{{{NS_ASIC}}}SigReference")
    assert sig is not None
    assert sig.attrib == {"URI": SIGNATURE_NAME, "MimeType": "application/pkcs7-signature"}
    references = root.findall(f"{{{NS_ASIC}}}DataObjectReference")
    assert [(r.get("URI"), r.get("MimeType")) for r in references] == [
        ("survey.json", "application/json"),
        ("report.pdf", "application/pdf"),
    ]
    for reference in references:
        method = reference.find(f"{{{NS_DS}}}DigestMethod")
        value = reference.find(f"{{{NS_DS}}}DigestValue")
        assert method is not None and method.get("Algorithm") == SHA256
        assert value is not None and value.text is not None
        digest = hashlib.sha256(contents[str(reference.get("URI"))]).digest()
        assert base64.b64decode(value.text) == digest


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_openssl_verifies_the_signature(
    package: bytes, key: OrganisationKey, tmp_path: Path
) -> None:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        archive.extractall(tmp_path)
    certificate = tmp_path / "certificate.pem"
    certificate.write_bytes(key.certificate.public_bytes(Encoding.PEM))
    base = ["openssl", "cms", "-verify", "-binary", "-inform", "der"]
    files = ["-in", SIGNATURE_NAME, "-content", MANIFEST_NAME, "-out", "/dev/null"]
    for trust in (["-noverify"], ["-CAfile", str(certificate)]):
        proc = subprocess.run(base + files + trust, cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert "Verification successful" in proc.stderr
    manifest = tmp_path / MANIFEST_NAME
    manifest.write_bytes(manifest.read_bytes().replace(b"survey.json", b"survey.jsoN"))
    proc = subprocess.run(base + files + ["-noverify"], cwd=tmp_path, capture_output=True)
    assert proc.returncode != 0


def _positions(length: int, every: int) -> list[int]:
    return sorted({*range(0, length, every), length - 1})


@pytest.mark.parametrize("name", list(CAUGHT_BY))
def test_any_changed_byte_of_any_member_is_caught(package: bytes, name: str) -> None:
    entries = members(package)
    index = next(i for i, (info, _) in enumerate(entries) if info.filename == name)
    info, data = entries[index]
    # Every byte of the small members; every 7th of the PDF, whose bytes all go to one digest.
    for position in _positions(len(data), 7 if name == "report.pdf" else 1):
        changed = bytearray(data)
        changed[position] ^= 0x01
        entries[index] = (info, bytes(changed))
        verdict = asice.verify(rezip(entries))
        failure = verdict.failure
        assert failure is not None, (name, position)
        assert failure.id == CAUGHT_BY[name], (name, position, failure.message("en"))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_packages_get_a_verdict_and_never_carry_changed_data(
    package: bytes, data: st.DataObject
) -> None:
    changes = data.draw(
        st.lists(st.tuples(st.integers(0, len(package) - 1), st.integers(0, 255)), max_size=4)
    )
    mutated = bytearray(package)
    for position, value in changes:
        mutated[position] = value
    verdict = asice.verify(bytes(mutated))  # any exception fails the test
    assert verdict.checks
    if verdict.ok:  # a change in zip bookkeeping (a timestamp) may be harmless, never in data
        assert verdict.package is not None
        original = {info.filename: content for info, content in members(package)}
        for name, content in verdict.package.members.items():
            assert content == original[name]


def test_untrusted_signer(package: bytes) -> None:
    verdict = asice.verify(package, trusted={"0000 " * 15 + "0000"})
    assert verdict.failure is not None and verdict.failure.id == CheckId.TRUSTED
    assert verdict.fingerprint is not None
    assert verdict.fingerprint in verdict.failure.message("fi")
    assert verdict.package is None


def test_survey_checks_run_when_given(package: bytes, key: OrganisationKey) -> None:
    seen: list[Package] = []
    refused = AnswerError("survey.answer.not_a_number", text="/background/population")

    def schemas(contents: Package) -> None:
        seen.append(contents)

    def answers(contents: Package) -> None:
        raise refused

    verdict = asice.verify(package, check_schemas=schemas, check_answers=answers)
    assert [check.id for check in verdict.checks][-2:] == [CheckId.SCHEMAS, CheckId.ANSWERS]
    assert verdict.failure is not None and verdict.failure.id == CheckId.ANSWERS
    assert verdict.failure.message("sv") == refused.message("sv")
    assert "/background/population" in verdict.failure.message("sv")
    assert seen[0].fingerprint == key.fingerprint
    assert seen[0].members["survey.json"] == SURVEY
    assert asice.verify(package, check_schemas=schemas, check_answers=schemas).ok


def test_a_survey_check_that_fails_stops_the_rest(package: bytes) -> None:
    def schemas(contents: Package) -> None:
        raise AnswerError("survey.answer.not_a_number", text="schema")

    def answers(contents: Package) -> None:
        raise AssertionError("not reached")

    verdict = asice.verify(package, check_schemas=schemas, check_answers=answers)
    assert verdict.failure is not None and verdict.failure.id == CheckId.SCHEMAS


def test_other_data_files_when_expected(key: OrganisationKey, report: bytes) -> None:
    files = {"survey.json": SURVEY, "report.pdf": report, "notes/explanation.txt": b"Miksi"}
    package = asice.build(files, key)
    assert asice.verify(package, expected=list(files)).ok
    refused = asice.verify(package)
    assert refused.failure is not None and refused.failure.id == CheckId.CONTAINER


@pytest.mark.parametrize("name", ["mimetype", "META-INF/x.xml", "../x", "a b.json", "", "ä.json"])
def test_build_refuses_names_that_cannot_be_data_files(key: OrganisationKey, name: str) -> None:
    with pytest.raises(ValueError):
        asice.build({name: b"x"}, key)


def test_signing_inside_an_event_loop_is_a_bug_not_a_verdict(package: bytes) -> None:
    async def inside() -> None:
        asice.verify(package)

    with pytest.raises(RuntimeError):
        asyncio.run(inside())
