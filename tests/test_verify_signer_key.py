"""A signature is accepted only from a key strong enough, whose certificate was valid when
it signed: an RSA key under 2 048 bits, an expired certificate and one not yet valid are
refused with a verdict saying so, in the package and in a signed report alike."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from desktop import cli
from desktop.municipalities import Register
from desktop.signing.keys import Organisation, OrganisationKey, SigningKey, create_key
from desktop.signing.pdfsign import sign_pdf
from desktop.survey import shipped_catalog
from tests.fixtures.hostile.make_hostile import small_pdf
from tests.fixtures.received.generate import answers_for, package

UTC = dt.UTC
NOW = dt.datetime.now(UTC)


def made_key(private: SigningKey, start: dt.datetime, end: dt.datetime) -> OrganisationKey:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Helsinki"),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .sign(private, hashes.SHA256())
    )
    return OrganisationKey(private, certificate)


def p256() -> SigningKey:
    return ec.generate_private_key(ec.SECP256R1())


CASES: dict[str, tuple[Callable[[], OrganisationKey], str]] = {
    "rsa1024": (
        lambda: made_key(
            rsa.generate_private_key(65537, 1024),
            NOW - dt.timedelta(days=1),
            NOW.replace(year=NOW.year + 5),
        ),
        "too weak",
    ),
    "expired": (
        lambda: made_key(
            p256(), dt.datetime(2019, 1, 1, tzinfo=UTC), dt.datetime(2020, 1, 1, tzinfo=UTC)
        ),
        "had expired",
    ),
    "not_yet_valid": (
        lambda: made_key(
            p256(), dt.datetime(2040, 1, 1, tzinfo=UTC), dt.datetime(2041, 1, 1, tzinfo=UTC)
        ),
        "not yet valid",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_package_signed_by_a_weak_or_invalid_certificate_is_refused(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, said = CASES[case]
    key = make()
    rnd = shipped_catalog().round("2022-1")
    m = Register.load().get("091")
    answers = answers_for(rnd, m, random.Random(1))
    path = tmp_path / "2022-1_091_1.asice"
    path.write_bytes(package(rnd, answers, m, key, number=1, when=NOW))
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert cli.main([*data, "trust", "add", "091", key.fingerprint]) == 0
    capsys.readouterr()
    assert cli.main([*data, "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert said in out and "sound" not in out.splitlines()[-1]
    if case == "expired":  # dates written as the program writes them
        assert "(valid 1.1.2019 00:00 UTC – 1.1.2020 00:00 UTC)" in out
    report = tmp_path / "report.pdf"
    report.write_bytes(sign_pdf(small_pdf(), key))
    assert cli.main([*data, "verify", str(report)]) == 1
    out = capsys.readouterr().out
    assert said in out
    if case == "rsa1024":  # a report is no package: the file is signed again
        assert "sign the file again" in out


def test_the_programs_own_key_still_verifies(tmp_path: Path) -> None:
    from desktop.signing.pdfsign import verify_pdf

    key = create_key(Organisation("Helsinki", "Helsinki"))
    assert verify_pdf(sign_pdf(small_pdf(), key)).ok
