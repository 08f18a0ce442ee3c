"""Signatures of the one shape this program makes, checked with asn1crypto and cryptography.

pyHanko checks any CMS signature, but importing its validation loads its
whole signing stack (certificate path validation, the HTTP clients for time
stamps and revocation): most of the time of a ``verify`` process on one
file. Every signature this program makes has one shape: one signer named by
issuer and serial number, whose certificate is the only one in the
signature; signed attributes holding the content type (data), the message
digest, the signing time and the signing certificate (v2), each once;
ECDSA on a NIST curve or RSA PKCS#1 v1.5 (2 048 bits or more) over the
SHA-2 digest the signer names. A signature of that shape is checked here the
way pyHanko checks it (its signed attributes, the signing-certificate
attribute, the signature over them); ``signer_if_sound`` says who signed only
when every part holds. Anything else, a signature of another shape or one
failing any part, gets ``None`` and is left to pyHanko, so every refusal and
its message stay pyHanko's (``tests/test_common_shape.py`` holds the two to
the same verdicts on sound, damaged and hostile signatures).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Final

from asn1crypto import cms, core, x509
from asn1crypto import tsp as _tsp  # noqa: F401  (names the signing-certificate attributes)
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

_HASHES: Final[dict[str, Callable[[], hashes.HashAlgorithm]]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
# The signature mechanisms of the shape: (key type, digest).
_MECHANISMS: Final = {
    **{f"{name}_ecdsa": ("ecdsa", name) for name in _HASHES},
    **{f"{name}_rsa": ("rsa", name) for name in _HASHES},
}
_CURVES: Final = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
_MIN_RSA_BITS: Final = 2048
_REQUIRED: Final = frozenset({"content_type", "message_digest"})
_ALLOWED: Final = _REQUIRED | {"signing_time", "signing_certificate_v2"}


class _OtherShape(Exception):
    """The signature is not of the common shape, or fails a part of it: pyHanko decides."""


def signer_if_sound(
    signed_data: cms.SignedData, digest: Callable[[str], bytes]
) -> tuple[x509.Certificate, datetime | None] | None:
    """The signer's certificate and signing time, if the signature has the common shape
    and is intact and valid over the content whose digest ``digest`` gives (by
    algorithm name); ``None`` for anything else.

    ``signed_data`` must already have passed ``cades.check_structure``.
    """
    try:
        return _checked(signed_data, digest)
    except Exception:
        # A part that breaks asn1crypto or cryptography: pyHanko gives the message.
        return None


def _checked(
    signed_data: cms.SignedData, digest: Callable[[str], bytes]
) -> tuple[x509.Certificate, datetime | None]:
    content = signed_data["encap_content_info"]
    _require(content["content_type"].native == "data")
    _require(isinstance(content["content"], core.Void))  # detached
    certificates = signed_data["certificates"]
    _require(len(certificates) == 1 and certificates[0].name == "certificate")
    certificate: x509.Certificate = certificates[0].chosen
    (signer_info,) = signed_data["signer_infos"]
    sid = signer_info["sid"]
    _require(sid.name == "issuer_and_serial_number")
    _require(_names_certificate(sid.chosen["issuer"], sid.chosen["serial_number"], certificate))

    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    kind, mechanism_digest = _MECHANISMS.get(
        signer_info["signature_algorithm"]["algorithm"].native, ("", "")
    )
    _require(bool(kind) and mechanism_digest == digest_name)
    _require(signer_info["signature_algorithm"]["parameters"].native is None)

    attributes = signer_info["signed_attrs"]
    _require(not isinstance(attributes, core.Void))
    values: dict[str, core.Asn1Value] = {}
    for attribute in attributes:
        name = attribute["type"].native
        _require(name in _ALLOWED and name not in values and len(attribute["values"]) == 1)
        values[name] = attribute["values"][0]
    _require(values.keys() >= _REQUIRED)
    _require(values["content_type"].native == "data")
    _require(values["message_digest"].native == digest(digest_name))
    if "signing_certificate_v2" in values:
        _require(_identifies(values["signing_certificate_v2"], certificate))

    public_key = serialization.load_der_public_key(certificate.public_key.dump())
    signed = attributes.untag().dump()
    signature = signer_info["signature"].native
    algorithm = _HASHES[digest_name]()
    if kind == "ecdsa":
        _require(isinstance(public_key, ec.EllipticCurvePublicKey))
        assert isinstance(public_key, ec.EllipticCurvePublicKey)
        _require(isinstance(public_key.curve, _CURVES))
        public_key.verify(signature, signed, ec.ECDSA(algorithm))
    else:
        _require(isinstance(public_key, rsa.RSAPublicKey))
        assert isinstance(public_key, rsa.RSAPublicKey)
        _require(public_key.key_size >= _MIN_RSA_BITS)
        public_key.verify(signature, signed, padding.PKCS1v15(), algorithm)
    signing_time = values.get("signing_time")
    return certificate, (signing_time.native if signing_time is not None else None)


def _require(condition: bool) -> None:
    if not condition:
        raise _OtherShape


def _names_certificate(
    issuer: x509.Name, serial: core.Integer, certificate: x509.Certificate
) -> bool:
    """Whether ``issuer`` and ``serial`` are the certificate's own, byte for byte (untagged)."""
    tbs = certificate["tbs_certificate"]
    same_issuer: bool = issuer.untag().dump() == tbs["issuer"].dump()
    return same_issuer and serial.dump() == tbs["serial_number"].dump()


def _identifies(attribute: core.Asn1Value, certificate: x509.Certificate) -> bool:
    """Whether a signing-certificate-v2 attribute names exactly this certificate."""
    certs = attribute["certs"]
    if len(certs) != 1:
        return False
    cert_id = certs[0]
    hash_name = cert_id["hash_algorithm"]["algorithm"].native
    if hash_name not in _HASHES:
        return False
    digest = hashes.Hash(_HASHES[hash_name]())
    digest.update(certificate.dump())
    if digest.finalize() != cert_id["cert_hash"].native:
        return False
    issuer_serial = cert_id["issuer_serial"]
    if isinstance(issuer_serial, core.Void):
        return True
    names = issuer_serial["issuer"]
    return (
        len(names) == 1
        and names[0].name == "directory_name"
        and _names_certificate(names[0].chosen, issuer_serial["serial_number"], certificate)
    )
