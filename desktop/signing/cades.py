"""Detached CAdES signatures (CMS, DER) over arbitrary bytes, made and checked by pyHanko.

Trust does not come from a certificate chain: organisations sign with
self-signed certificates and are recognised by their key's fingerprint. The
validation therefore takes the signer's own certificate as its trust root and
asks pyHanko only whether the signature is intact and valid.

The parts of a CMS structure outside the signed attributes (versions, the
list of digest algorithms, algorithm parameters) are not covered by the
signature, so they are held to the values a well-formed signature has:
changing any byte of a signature must make it fail.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from datetime import UTC as UTC_ZONE
from datetime import datetime
from typing import TYPE_CHECKING, Final

from desktop.errors import UserError
from desktop.signing.fingerprints import spki_fingerprint

if TYPE_CHECKING:
    from asn1crypto import cms, x509

    from desktop.signing.keys import OrganisationKey

MAX_SIGNATURE_BYTES: Final = 64 * 1024
DIGEST: Final = "sha256"
_DIGESTS: Final = frozenset({"sha256", "sha384", "sha512"})
# The smallest key accepted of each kind, in bits: as ``keys._MIN_RSA_BITS`` for RSA (and
# DSA), and P-256 for elliptic curves.
_MIN_BITS: Final = {"rsa": 2048, "rsassa_pss": 2048, "dsa": 2048, "ec": 256}


class SignatureError(UserError):
    """A received CMS signature is refused."""


@dataclass(frozen=True)
class SignerIdentity:
    """Who signed, as far as the signature itself tells."""

    fingerprint: str
    subject: str
    signed_at: datetime | None


def sign_detached(data: bytes, key: OrganisationKey) -> bytes:
    """A CAdES detached signature (DER) over ``data``.

    Runs pyHanko's coroutine with ``asyncio.run``: call it from plain (or
    worker-thread) code, not from inside a running event loop.
    """
    import asyncio

    require_no_event_loop()
    signer = key.signer()
    content_info = asyncio.run(
        signer.async_sign_general_data(data, DIGEST, detached=True, use_cades=True)
    )
    der: bytes = content_info.dump()
    return der


def verify_detached(data: bytes, signature: bytes) -> SignerIdentity:
    """Who signed ``data``, if ``signature`` is an intact and valid signature over it."""
    from asn1crypto import cms

    from desktop.signing.common_shape import signer_if_sound

    require_no_event_loop()
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise SignatureError(
            "signing.signature.unreadable", reason=f"larger than {MAX_SIGNATURE_BYTES} bytes"
        )
    try:
        content_info = cms.ContentInfo.load(signature, strict=True)
        signed_data = content_info["content"]
        check_structure(content_info)
    except SignatureError:
        raise
    except Exception as exc:
        raise SignatureError("signing.signature.unreadable", reason=_reason(exc)) from exc
    # The shape this program signs with is checked without loading pyHanko's validation.
    sound = signer_if_sound(signed_data, lambda name: hashlib.new(name, data).digest())
    if sound is not None:
        return identity(*sound)
    return _validated(data, signed_data)


def _validated(data: bytes, signed_data: cms.SignedData) -> SignerIdentity:
    """Who signed, as pyHanko's validation of any CMS signature tells."""
    import asyncio

    from pyhanko.sign.general import extract_certificate_info
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    quiet_pyhanko()
    try:
        certificate = extract_certificate_info(signed_data).signer_cert
        context = ValidationContext(trust_roots=[certificate], allow_fetching=False)
        status = asyncio.run(
            async_validate_detached_cms(data, signed_data, signer_validation_context=context)
        )
    except SignatureError:
        raise
    except Exception as exc:
        # A hostile signature can break asn1crypto and pyHanko in many ways, all
        # meaning the same to the user; nothing else runs inside this block.
        raise SignatureError("signing.signature.unreadable", reason=_reason(exc)) from exc
    if not status.intact:
        raise SignatureError("signing.signature.not_intact")
    if not status.valid:
        raise SignatureError("signing.signature.invalid")
    return identity(certificate, status.signer_reported_dt)


def quiet_pyhanko() -> None:
    """pyHanko's own log records go where the program's log goes (the window's log file),
    never to the terminal: with no handler on its loggers, Python's last-resort handler would
    print a warning about a received file, with its traceback, on standard error. What such
    a warning says is told in the verdict instead."""
    import logging  # loaded with pyHanko anyway

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            logger.addHandler(logging.NullHandler())


def require_no_event_loop() -> None:
    """pyHanko is asynchronous; we run its coroutines in a loop of our own."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return  # no event loop runs before asyncio is loaded
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RuntimeError("signing runs its own event loop: call it from a worker thread")


def identity(certificate: x509.Certificate, signed_at: datetime | None) -> SignerIdentity:
    """Who signed an intact and valid signature: refused (``SignatureError``) when the key is
    weaker than a key this program makes or imports (``keys._MIN_RSA_BITS``), or when the
    certificate was not valid when it signed (at its stated signing time, or now when it
    states none)."""
    check_signer(certificate, signed_at)
    spki: bytes = certificate.public_key.dump()
    names = certificate.subject.native
    # The common name is the organisation's name in our certificates; others may differ.
    subject = names.get("common_name") or names.get("organization_name")
    if not isinstance(subject, str):
        subject = certificate.subject.human_friendly
    return SignerIdentity(spki_fingerprint(spki), subject, signed_at)


def check_signer(certificate: x509.Certificate, signed_at: datetime | None) -> None:
    """Refuse a weak key, and a certificate not valid at ``signed_at`` (or now)."""
    key = certificate.public_key
    algorithm = str(key.algorithm)
    least = _MIN_BITS.get(algorithm)
    bits = key.bit_size
    if least is not None and bits < least:
        raise SignatureError(
            "signing.signature.weak_key", algorithm=algorithm.upper(), bits=bits, least=least
        )
    validity = certificate["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    when = signed_at or datetime.now(UTC_ZONE)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC_ZONE)
    values = {"when": _day(when), "start": _day(start), "end": _day(end)}
    if when < start:
        raise SignatureError("signing.signature.certificate_not_yet_valid", **values)
    if when > end:
        raise SignatureError("signing.signature.certificate_expired", **values)


def _day(moment: datetime) -> str:
    """A moment as the program writes dates (1.12.2026 16:07), in UTC as certificates keep them."""
    utc = moment.astimezone(UTC_ZONE)
    return f"{utc.day}.{utc.month}.{utc.year} {utc:%H:%M} UTC"


def check_structure(content_info: cms.ContentInfo) -> None:
    """Hold the unsigned parts of the structure to their only sensible values."""
    if content_info["content_type"].native != "signed_data":
        raise SignatureError("signing.signature.unreadable", reason="not signed data")
    signed_data = content_info["content"]
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        raise SignatureError("signing.signature.unreadable", reason="not exactly one signer")
    signer_info = signer_infos[0]
    # A length that was made longer can swallow padding (as in a PDF's /Contents).
    for part in (content_info, signed_data, signer_info):
        if sum(len(part[name].dump()) for name in part) != len(part.contents):
            raise SignatureError("signing.signature.unreadable", reason="inconsistent lengths")
    digest = signer_info["digest_algorithm"]
    if digest["algorithm"].native not in _DIGESTS:
        raise SignatureError(
            "signing.signature.weak_algorithm", algorithm=digest["algorithm"].native
        )
    algorithms = signed_data["digest_algorithms"]
    if len(algorithms) != 1 or algorithms[0].dump() != digest.dump():
        raise SignatureError("signing.signature.unreadable", reason="digest algorithms disagree")
    mechanism = signer_info["signature_algorithm"]
    # RSASSA-PSS is the one mechanism whose parameters carry meaning.
    with_parameters = [mechanism] if mechanism["algorithm"].native != "rsassa_pss" else []
    for algorithm in (digest, *with_parameters):
        if algorithm["parameters"].native is not None:
            raise SignatureError(
                "signing.signature.unreadable", reason="unexpected algorithm parameters"
            )
    if signed_data["version"].native not in ("v1", "v3"):
        raise SignatureError("signing.signature.unreadable", reason="unknown version")
    expected_version = "v1" if signer_info["sid"].name == "issuer_and_serial_number" else "v3"
    if signer_info["version"].native != expected_version:
        raise SignatureError("signing.signature.unreadable", reason="unknown signer version")
    if signer_info["unsigned_attrs"].native is not None:
        raise SignatureError("signing.signature.unreadable", reason="unsigned attributes")
    if signed_data["crls"].native is not None:
        raise SignatureError("signing.signature.unreadable", reason="unexpected revocation data")


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
