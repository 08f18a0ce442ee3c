"""The organisation key: an ECDSA P-256 key with a self-signed certificate, kept as PKCS#12.

The key is kept as PKCS#12 (``keystore`` writes and reads the file). With a
passphrase it is encrypted with PBES2 (PBKDF2-SHA-256, 600 000 rounds,
AES-256-CBC) and an HMAC-SHA-256 MAC.
``cryptography`` refuses an empty password for that format, and a password
known to everybody would protect nothing, so a key without a passphrase is
stored unencrypted; the file mode 0600 (POSIX) or the user's private
application-data folder (Windows) is then its only protection.

Users compare keys by fingerprint: SHA-256 of the certificate's
SubjectPublicKeyInfo, in groups of four hex digits.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    KeySerializationEncryption,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    pkcs12,
)
from cryptography.x509.oid import NameOID

from desktop.errors import UserError
from desktop.signing.fingerprints import format_fingerprint, spki_fingerprint

if TYPE_CHECKING:
    from pyhanko.sign.signers.pdf_cms import SimpleSigner

SigningKey: TypeAlias = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

KDF_ROUNDS: Final = 600_000
VALIDITY: Final = dt.timedelta(days=3653)  # ten years
# Lets a certificate made a moment ago verify on a computer whose clock is a bit behind.
_BACKDATE: Final = dt.timedelta(hours=1)
_FRIENDLY_NAME: Final = b"Tilannekuva"
_SIGNING_CURVES: Final = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
_MIN_RSA_BITS: Final = 2048
_BUSINESS_ID = re.compile(r"\d{7}-\d")
_BUSINESS_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2)
_MAX_NAME: Final = 64  # X.520 upper bound of commonName and organizationName


class KeyStoreError(UserError):
    """The organisation key cannot be created, imported or opened as asked."""


@dataclass(frozen=True)
class Organisation:
    """Who the certificate names: a municipality (or another organisation)."""

    name: str
    locality: str | None = None
    business_id: str | None = None  # Y-tunnus, 1234567-8


@dataclass(frozen=True)
class OrganisationKey:
    """A private key, its certificate, and any chain that came with an imported PKCS#12."""

    private_key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def organisation_name(self) -> str:
        """The organisation the certificate names (its common name when it has none)."""
        for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
            for attribute in self.certificate.subject.get_attributes_for_oid(oid):
                if isinstance(attribute.value, str) and attribute.value.strip():
                    return attribute.value.strip()
        return self.subject

    def signer(self) -> SimpleSigner:
        """A pyHanko signer holding this key in memory."""
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.signers.pdf_cms import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        key_der = self.private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in self.chain]
        return SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(self.certificate.public_bytes(Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
        )


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    spki = certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return spki_fingerprint(spki)


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed or pasted (any case, spaces or colons) in the canonical form."""
    compact = re.sub(r"[\s:]", "", text)
    if not re.fullmatch(r"[0-9A-Fa-f]{64}", compact):
        raise KeyStoreError("signing.key.invalid_fingerprint", value=text)
    return format_fingerprint(bytes.fromhex(compact))


def valid_business_id(value: str) -> bool:
    """Whether ``value`` is a Y-tunnus with a correct check digit."""
    if not _BUSINESS_ID.fullmatch(value):
        return False
    digits = [int(c) for c in value[:7]]
    remainder = sum(d * w for d, w in zip(digits, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    return int(value[8]) == (0 if remainder == 0 else 11 - remainder)


def create_key(organisation: Organisation, *, now: dt.datetime | None = None) -> OrganisationKey:
    """A new P-256 key with a self-signed certificate naming ``organisation``."""
    name = organisation.name.strip()
    if not name or len(name) > _MAX_NAME:
        raise KeyStoreError("signing.key.invalid_name", max=_MAX_NAME)
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
    ]
    if organisation.locality and organisation.locality.strip():
        locality = x509.NameAttribute(NameOID.LOCALITY_NAME, organisation.locality.strip())
        attributes.insert(1, locality)
    if organisation.business_id:
        business_id = organisation.business_id.strip()
        if not valid_business_id(business_id):
            raise KeyStoreError("signing.key.invalid_business_id", value=organisation.business_id)
        # ETSI EN 319 412-1 semantics identifier: national trade register, Finland.
        attributes.append(
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"NTRFI-{business_id}")
        )
    subject = x509.Name(attributes)
    key = ec.generate_private_key(ec.SECP256R1())
    start = (now or dt.datetime.now(dt.UTC)) - _BACKDATE
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return OrganisationKey(key, certificate)


def to_pkcs12(key: OrganisationKey, passphrase: str | None) -> bytes:
    """The key as PKCS#12 bytes, strongly encrypted when there is a passphrase."""
    encryption: KeySerializationEncryption = NoEncryption()
    if passphrase:
        encryption = (
            PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(KDF_ROUNDS)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
            .build(_passphrase_bytes(passphrase))
        )
    return pkcs12.serialize_key_and_certificates(
        _FRIENDLY_NAME, key.private_key, key.certificate, list(key.chain) or None, encryption
    )


def from_pkcs12(data: bytes, passphrase: str | None, *, path: Path) -> OrganisationKey:
    """The key in PKCS#12 ``data``, checked to be usable for signing.

    ``path`` only names the file in messages.
    """
    if not _looks_like_pkcs12(data):
        raise KeyStoreError("signing.key.not_pkcs12", path=path)
    try:
        private_key, certificate, chain = pkcs12.load_key_and_certificates(
            data, _passphrase_bytes(passphrase) if passphrase else None
        )
    except ValueError as exc:
        key = "signing.key.wrong_passphrase" if passphrase else "signing.key.passphrase_required"
        raise KeyStoreError(key, path=path) from exc
    if private_key is None:
        raise KeyStoreError("signing.key.no_private_key", path=path)
    if certificate is None:
        raise KeyStoreError("signing.key.no_certificate", path=path)
    signing_key = _signing_key(private_key, path)
    _check_certificate(signing_key, certificate, path)
    return OrganisationKey(signing_key, certificate, tuple(chain))


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` parses as a PFX structure (before any passphrase is tried)."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError, OverflowError):
        return False


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same word typed on different systems may arrive composed or decomposed.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _signing_key(private_key: object, path: Path) -> SigningKey:
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        if isinstance(private_key.curve, _SIGNING_CURVES):
            return private_key
        raise KeyStoreError(
            "signing.key.unsupported_key", path=path, kind=f"EC {private_key.curve.name}"
        )
    if isinstance(private_key, rsa.RSAPrivateKey):
        if private_key.key_size >= _MIN_RSA_BITS:
            return private_key
        raise KeyStoreError(
            "signing.key.unsupported_key", path=path, kind=f"RSA {private_key.key_size}"
        )
    raise KeyStoreError("signing.key.unsupported_key", path=path, kind=type(private_key).__name__)


def _check_certificate(key: SigningKey, certificate: x509.Certificate, path: Path) -> None:
    ours = key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    theirs = certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    if ours != theirs:
        raise KeyStoreError("signing.key.key_certificate_mismatch", path=path)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise KeyStoreError("signing.key.not_for_signing", path=path)
