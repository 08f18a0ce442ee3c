"""PAdES signatures of the report: signed, verified, and refused after any later change."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.i18n import LANGS
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.pdfsign import FIELD_NAME, sign_pdf, verify_pdf
from desktop.signing.verdict import CheckId
from tests.fixtures.hostile.make_hostile import small_pdf, update_after_signing

ALL_CHECKS = [
    CheckId.PDF_READABLE,
    CheckId.PDF_SIGNATURES,
    CheckId.PDF_COVERAGE,
    CheckId.PDF_SIGNATURE,
    CheckId.FINGERPRINT,
    CheckId.TRUSTED,
]


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Utsjoki", locality="Ohcejohka"))


@pytest.fixture(scope="module")
def signed(key: OrganisationKey) -> bytes:
    return sign_pdf(small_pdf("Ohcejohka / Utsjoki"), key)


def test_signed_pdf_verifies(signed: bytes, key: OrganisationKey) -> None:
    verdict = verify_pdf(signed, trusted={key.fingerprint})
    assert verdict.ok, [check.message("en") for check in verdict.checks]
    assert [check.id for check in verdict.checks] == ALL_CHECKS
    assert verdict.fingerprint == key.fingerprint
    for check in verdict.checks:
        assert all(check.message(lang) for lang in LANGS)


def test_signature_is_pades_with_sha256(signed: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed), strict=True)
    (signature,) = reader.embedded_signatures
    assert signature.field_name == FIELD_NAME
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.md_algorithm == "sha256"


def test_the_original_pdf_is_kept_as_the_first_revision(signed: bytes) -> None:
    original = small_pdf("Ohcejohka / Utsjoki")
    assert signed.startswith(original)


def test_incremental_update_after_signing_is_refused(signed: bytes, key: OrganisationKey) -> None:
    updated = update_after_signing(signed)
    assert updated.startswith(signed)
    verdict = verify_pdf(updated, trusted={key.fingerprint})
    failure = verdict.failure
    assert failure is not None and failure.id == CheckId.PDF_COVERAGE
    assert "allekirjoittamisen jälkeen" in failure.message("fi")
    assert "efter underskriften" in failure.message("sv")


def test_bytes_appended_after_signing_are_refused(signed: bytes) -> None:
    failure = verify_pdf(signed + b"\n% a comment\n").failure
    assert failure is not None
    assert failure.id in {CheckId.PDF_COVERAGE, CheckId.PDF_READABLE}


def test_a_changed_letter_breaks_the_signature(signed: bytes) -> None:
    position = signed.index(b"Utsjoki")
    tampered = signed[:position] + b"Utsjokk" + signed[position + 7 :]
    failure = verify_pdf(tampered).failure
    assert failure is not None and failure.id == CheckId.PDF_SIGNATURE


def test_any_changed_byte_is_refused_without_an_exception(signed: bytes) -> None:
    for position in range(0, len(signed), 23):
        changed = bytearray(signed)
        changed[position] ^= 0x01
        verdict = verify_pdf(bytes(changed))
        assert not verdict.ok, position


def test_signer_not_trusted(signed: bytes) -> None:
    failure = verify_pdf(signed, trusted=set()).failure
    assert failure is not None and failure.id == CheckId.TRUSTED


def test_unsigned_and_twice_signed(key: OrganisationKey, signed: bytes) -> None:
    unsigned = verify_pdf(small_pdf()).failure
    assert unsigned is not None and unsigned.id == CheckId.PDF_SIGNATURES
    twice = verify_pdf(sign_pdf(signed, key, field_name="Toinen")).failure
    assert twice is not None and twice.id == CheckId.PDF_SIGNATURES
    assert "2" in twice.message("fi")


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\n", b"\x00" * 100, b"PK\x03\x04"])
def test_not_a_pdf(data: bytes) -> None:
    failure = verify_pdf(data).failure
    assert failure is not None and failure.id == CheckId.PDF_READABLE


def _pdf_with_signature(signature: bytes, extra: bytes = b"") -> bytes:
    """A one-page PDF whose form has a filled signature field: ``signature`` is its value."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /T (s) /FT /Sig /V 5 0 R >>",
        signature,
        *([extra] if extra else []),
    ]
    body, offsets = b"%PDF-1.7\n", []
    for number, item in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, item)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


HOSTILE_SIGNATURES = {
    "no_subfilter": b"<< /Type /Sig /Contents <3082> /ByteRange [0 1 2 3] >>",
    "unknown_subfilter": b"<< /Type /Sig /SubFilter /x.#1B#5B31mred /Contents <3082> >>",
    "huge_byterange": b"<< /Type /Sig /ByteRange [0 99999999999999999999 99999999999999999999 "
    b"99999999999999999999] /Contents <3082> >>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SIGNATURES))
def test_a_signature_of_an_unsupported_kind_is_named_without_a_traceback(
    name: str, tmp_path: Path
) -> None:
    """As a user runs it (no test's log capture): stderr stays clean, and the verdict says
    the file holds a signature this program cannot check, rather than "not signed"."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(_pdf_with_signature(HOSTILE_SIGNATURES[name]))
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    trusted = ["--trusted", " ".join(["AB12"] * 16)]
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *data, "verify", str(path), *trusted],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr == ""
    assert "The PDF file is not signed" not in proc.stdout
    assert "✗ The PDF file has a signature of a kind this program does not check" in proc.stdout
    assert "\x1b" not in proc.stdout
    failure = verify_pdf(path.read_bytes()).failure
    assert failure is not None and failure.id == CheckId.PDF_SIGNATURES
    for lang in LANGS:
        assert "SubFilter" in failure.message(lang)
