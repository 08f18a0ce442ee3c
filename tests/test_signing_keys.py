"""The organisation key: creation, storage, import, passphrases and fingerprints."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PublicFormat,
    pkcs12,
)
from cryptography.x509.oid import NameOID

from desktop.i18n import LANGS
from desktop.signing.keys import (
    KeyStoreError,
    Organisation,
    OrganisationKey,
    certificate_fingerprint,
    create_key,
    normalise_fingerprint,
    valid_business_id,
)
from desktop.signing.keystore import create_key_file, import_pkcs12, load_key, write_new_file

INARI = Organisation("Inari", locality="Inari", business_id="0192467-8")
FINGERPRINT = re.compile(r"(?:[0-9A-F]{4} ){15}[0-9A-F]{4}")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "data" / "organisation-key.p12"


def _name_values(name: x509.Name) -> dict[str, str]:
    return {attribute.oid.dotted_string: str(attribute.value) for attribute in name}


def test_certificate_names_the_municipality() -> None:
    key = create_key(INARI)
    cert = key.certificate
    values = _name_values(cert.subject)
    assert values[NameOID.COMMON_NAME.dotted_string] == "Inari"
    assert values[NameOID.ORGANIZATION_NAME.dotted_string] == "Inari"
    assert values[NameOID.LOCALITY_NAME.dotted_string] == "Inari"
    assert values[NameOID.COUNTRY_NAME.dotted_string] == "FI"
    assert values[NameOID.ORGANIZATION_IDENTIFIER.dotted_string] == "NTRFI-0192467-8"
    assert cert.issuer == cert.subject
    assert isinstance(key.private_key, ec.EllipticCurvePrivateKey)
    assert isinstance(key.private_key.curve, ec.SECP256R1)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert cert.not_valid_after_utc - cert.not_valid_before_utc >= dt.timedelta(days=3650)
    cert.verify_directly_issued_by(cert)


def test_sami_name_and_no_business_id() -> None:
    key = create_key(Organisation("Anár"))
    values = _name_values(key.certificate.subject)
    assert values[NameOID.COMMON_NAME.dotted_string] == "Anár"
    assert NameOID.ORGANIZATION_IDENTIFIER.dotted_string not in values


def test_fingerprint_is_sha256_of_the_spki_in_groups_of_four() -> None:
    key = create_key(INARI)
    spki = key.certificate.public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    )
    expected = hashlib.sha256(spki).hexdigest().upper()
    assert FINGERPRINT.fullmatch(key.fingerprint)
    assert key.fingerprint.replace(" ", "") == expected
    assert normalise_fingerprint(expected.lower()) == key.fingerprint
    colons = ":".join(expected[i : i + 2] for i in range(0, 64, 2))
    assert normalise_fingerprint(colons) == key.fingerprint
    with pytest.raises(KeyStoreError) as info:
        normalise_fingerprint("ABCD 1234")
    assert info.value.key == "signing.key.invalid_fingerprint"


@pytest.mark.parametrize("passphrase", [None, "", "kunnan salasana ÄÖ"])
def test_round_trip(store: Path, passphrase: str | None) -> None:
    created = create_key_file(store, INARI, passphrase)
    loaded = load_key(store, passphrase)
    assert loaded.fingerprint == created.fingerprint
    assert loaded.certificate == created.certificate


def test_passphrase_typed_decomposed_still_opens(store: Path) -> None:
    create_key_file(store, INARI, unicodedata.normalize("NFC", "pääsy"))
    load_key(store, unicodedata.normalize("NFD", "pääsy"))


def test_wrong_or_missing_passphrase_is_told_plainly(store: Path) -> None:
    create_key_file(store, INARI, "oikea")
    with pytest.raises(KeyStoreError) as wrong:
        load_key(store, "väärä")
    assert wrong.value.key == "signing.key.wrong_passphrase"
    assert "Väärä tunnuslause" in wrong.value.message("fi")
    assert "Fel lösenfras" in wrong.value.message("sv")
    assert "Wrong passphrase" in wrong.value.message("en")
    with pytest.raises(KeyStoreError) as missing:
        load_key(store, None)
    assert missing.value.key == "signing.key.passphrase_required"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_key_file_is_readable_by_the_owner_only(store: Path) -> None:
    create_key_file(store, INARI, "x")
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    from desktop.signing.keystore import certificate_path

    # No temporary left: the key, and its certificate (public) beside it.
    assert sorted(p.name for p in store.parent.iterdir()) == sorted(
        [store.name, certificate_path(store).name]
    )


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_stored_with_pbes2_aes256_and_600000_rounds(store: Path) -> None:
    create_key_file(store, INARI, "salasana")
    proc = subprocess.run(
        ["openssl", "pkcs12", "-info", "-in", str(store), "-noout", "-passin", "pass:salasana"],
        capture_output=True,
        text=True,
        check=True,
    )
    info = proc.stdout + proc.stderr
    assert "PBES2" in info and "AES-256-CBC" in info
    assert "Iteration 600000" in info and "hmacWithSHA256" in info
    assert "MAC: sha256" in info


def test_an_existing_key_is_never_replaced(store: Path) -> None:
    first = create_key_file(store, INARI, None)
    before = store.read_bytes()
    with pytest.raises(KeyStoreError) as info:
        create_key_file(store, INARI, None)
    assert info.value.key == "signing.key.key_exists"
    with pytest.raises(KeyStoreError):
        write_new_file(store, b"other")
    assert store.read_bytes() == before
    assert load_key(store, None).fingerprint == first.fingerprint


def test_no_key_yet(store: Path) -> None:
    with pytest.raises(KeyStoreError) as info:
        load_key(store, None)
    assert info.value.key == "signing.key.no_key"
    assert str(store) in info.value.message("sv")


def test_unwritable_and_unreadable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(KeyStoreError) as unwritable:
        create_key_file(blocker / "key.p12", INARI, None)
    assert unwritable.value.key == "signing.key.unwritable"
    folder = tmp_path / "a-folder.p12"
    folder.mkdir()
    with pytest.raises(KeyStoreError) as unreadable:
        load_key(folder, None)
    assert unreadable.value.key == "signing.key.unreadable"


def _self_signed(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testi")])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )


def _write_p12(path: Path, key: object, cert: object, password: bytes | None = b"pw") -> Path:
    encryption = BestAvailableEncryption(password) if password else NoEncryption()
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"t", key, cert, None, encryption))
    return path


def _issued_by_a_ca(tmp_path: Path) -> tuple[Path, x509.Certificate]:
    ca_key = ec.generate_private_key(ec.SECP384R1())
    ca_cert = _self_signed(ca_key)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kunta")]))
        .issuer_name(ca_cert.subject)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"kunta", leaf_key, leaf, [ca_cert], BestAvailableEncryption(b"vanha")
    )
    source = tmp_path / "existing.pfx"
    source.write_bytes(data)
    return source, leaf


def test_import_copies_into_the_strong_format(tmp_path: Path, store: Path) -> None:
    source, leaf = _issued_by_a_ca(tmp_path)
    imported = import_pkcs12(source, store, "vanha", new_passphrase="uusi")
    assert imported.fingerprint == certificate_fingerprint(leaf)
    assert len(imported.chain) == 1
    reloaded = load_key(store, "uusi")
    assert reloaded.fingerprint == imported.fingerprint
    assert len(reloaded.chain) == 1
    with pytest.raises(KeyStoreError):
        load_key(store, "vanha")
    with pytest.raises(KeyStoreError) as again:
        import_pkcs12(source, store, "vanha")
    assert again.value.key == "signing.key.key_exists"


def test_import_keeps_the_source_passphrase_by_default(tmp_path: Path, store: Path) -> None:
    source, _ = _issued_by_a_ca(tmp_path)
    import_pkcs12(source, store, "vanha")
    load_key(store, "vanha")


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("not_pkcs12", "not_pkcs12"),
        ("certificate_only", "no_private_key"),
        ("key_only", "no_certificate"),
        ("small_rsa", "unsupported_key"),
        ("ed25519", "unsupported_key"),
        ("expired", "certificate_expired"),
        ("wrong_passphrase", "wrong_passphrase"),
    ],
)
def test_import_refuses_unusable_files(
    tmp_path: Path, store: Path, case: str, expected: str
) -> None:
    good = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / f"{case}.p12"
    passphrase = "pw"
    if case == "not_pkcs12":
        path.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot really\n")
    elif case == "certificate_only":
        _write_p12(path, None, _self_signed(good))
    elif case == "key_only":
        _write_p12(path, good, None)
    elif case == "small_rsa":
        small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        _write_p12(path, small, _self_signed(small))
    elif case == "ed25519":
        edwards = ed25519.Ed25519PrivateKey.generate()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ed")])
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(edwards.public_key())
            .serial_number(1)
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .sign(edwards, None)
        )
        _write_p12(path, edwards, cert)
    elif case == "expired":
        key = create_key(INARI, now=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        _write_p12(path, key.private_key, key.certificate)
    elif case == "wrong_passphrase":
        _write_p12(path, good, _self_signed(good), password=b"other")
    with pytest.raises(KeyStoreError) as info:
        import_pkcs12(path, store, passphrase)
    assert info.value.key == f"signing.key.{expected}"
    assert not store.exists()
    for lang in LANGS:
        assert str(path) in info.value.message(lang)


def test_certificate_of_another_key_is_refused(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cryptography will not write such a file; a hand-made one can hold it.
    key = ec.generate_private_key(ec.SECP256R1())
    other = _self_signed(ec.generate_private_key(ec.SECP256R1()))
    path = _write_p12(tmp_path / "mixed.p12", key, _self_signed(key))
    monkeypatch.setattr(pkcs12, "load_key_and_certificates", lambda data, pw: (key, other, []))
    with pytest.raises(KeyStoreError) as info:
        import_pkcs12(path, store, "pw")
    assert info.value.key == "signing.key.key_certificate_mismatch"


def test_unencrypted_source_opens_with_or_without_a_passphrase(tmp_path: Path, store: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    path = _write_p12(tmp_path / "plain.p12", key, _self_signed(key), password=None)
    imported = import_pkcs12(path, store, None, new_passphrase="uusi")
    assert load_key(store, "uusi").fingerprint == imported.fingerprint


def test_the_key_signs_through_pyhanko() -> None:
    key: OrganisationKey = create_key(INARI)
    signer = key.signer()
    assert signer.signing_cert.dump() == key.certificate.public_bytes(Encoding.DER)


@pytest.mark.parametrize(
    ("value", "valid"),
    [("0192467-8", True), ("0201256-6", True), ("0201256-7", False), ("201256-6", False)],
)
def test_business_id_check_digit(value: str, valid: bool) -> None:
    assert valid_business_id(value) is valid
    if not valid:
        with pytest.raises(KeyStoreError) as info:
            create_key(Organisation("Kunta", business_id=value))
        assert info.value.key == "signing.key.invalid_business_id"


def test_name_is_required() -> None:
    with pytest.raises(KeyStoreError) as info:
        create_key(Organisation("  "))
    assert info.value.key == "signing.key.invalid_name"
