"""PAdES B-B signatures of the PDF report, made and verified by pyHanko.

A received PDF is accepted only with exactly one signature whose coverage is
the entire file: anything appended after signing (an incremental update can
change what a reader shows) is refused, even though the signed revision
itself is still intact.

Two shortcuts spare a verification pyHanko's cost where its answer is known:
a signature of the one shape this program makes is checked directly
(``common_shape``), and the report inside a package, whose bytes the
package's signature already vouches for, needs no PDF reader when the same
key signed all of it (``report_signed_whole_by``). Anything else, and any
failure, is decided by pyHanko as before.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Final

from desktop.errors import UserError
from desktop.i18n import whole_number
from desktop.signing.cades import (
    SignatureError,
    SignerIdentity,
    check_structure,
    identity,
    quiet_pyhanko,
    require_no_event_loop,
)
from desktop.signing.verdict import Check, CheckId, FileKind, Verdict, signer_checks

if TYPE_CHECKING:
    from datetime import datetime

    from asn1crypto import cms
    from pyhanko.pdf_utils.generic import DictionaryObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    from desktop.signing.keys import OrganisationKey

FIELD_NAME: Final = "Tilannekuva"
MAX_PDF_BYTES: Final = 64 << 20
ZIP_MAGIC: Final = b"PK\x03\x04"
_BYTE_RANGE: Final = re.compile(
    rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]"
)
_HEX: Final = re.compile(rb"(?:[0-9A-Fa-f]{2})+")
_PDF_CHECKS: Final = (
    CheckId.PDF_READABLE,
    CheckId.PDF_SIGNATURES,
    CheckId.PDF_COVERAGE,
    CheckId.PDF_SIGNATURE,
)


class PdfSignatureError(UserError):
    """A received PDF is refused."""


def sign_pdf(pdf: bytes, key: OrganisationKey, *, field_name: str = FIELD_NAME) -> bytes:
    """``pdf`` with a PAdES B-B signature by ``key`` added as an incremental update."""
    import asyncio

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner

    require_no_event_loop()
    metadata = PdfSignatureMetadata(
        field_name=field_name, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    signer = PdfSigner(metadata, signer=key.signer())
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    _describe_in_xmp(writer)
    output = io.BytesIO()
    asyncio.run(signer.async_sign_pdf(writer, output=output))
    return output.getvalue()


def _describe_in_xmp(writer: IncrementalPdfFileWriter) -> None:
    """The document's title, author, subject, keywords and language also in its XMP, each
    property once.

    A PDF 2.0 file keeps its metadata in XMP (the Info dictionary is deprecated there),
    and pyHanko writes one when it signs; without this, with the dates and producer only.
    The language is put in an XMP stream of our own, which pyHanko then updates: given as
    pyHanko's ``xmp_extra``, it was appended again at each of the two writes of a signing,
    and the file said ``dc:language`` twice.

    The producer: pyHanko writes its own name in the XMP, and appends it to the Info
    dictionary's ("ReportLab …; pyHanko …"), and an archive's checker refuses a file whose
    XMP and Info disagree. Both name pyHanko, which wrote this last revision (the first, as
    ReportLab wrote it, names ReportLab), as a draft's both name ReportLab.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata import model, xmp_xml

    known = writer.prev.document_meta_view
    meta = writer.document_meta
    meta.title, meta.author = _xml_meta(known.title), _xml_meta(known.author)
    meta.subject, meta.creator = _xml_meta(known.subject), _xml_meta(known.creator)
    meta.created = known.created
    lang = writer.root.get("/Lang")
    keywords = _xml_text(",".join(known.keywords))
    fields = _language_and_keywords(None if lang is None else str(lang), keywords)
    stream = xmp_xml.MetadataStream.from_xmp([model.XmpStructure(fields)])
    writer.root["/Metadata"] = writer.add_object(stream)
    writer.update_root()  # type: ignore[no-untyped-call]
    info = writer.trailer.raw_get("/Info") if "/Info" in writer.trailer else None
    if isinstance(info, generic.IndirectObject):
        writer.mark_update(info)  # written again in this revision, as pyHanko does
        described = info.get_object()  # type: ignore[no-untyped-call]
        if isinstance(described, generic.DictionaryObject):
            # pyHanko leaves a producer that names it as it is, in its XMP writes its name.
            described["/Producer"] = generic.TextStringObject(model.VENDOR)


# What XML 1.0 cannot hold (control characters, lone surrogates): a title from a received
# round package holding one would otherwise stop the export.
_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _xml_meta(value: Any) -> Any:
    return _xml_text(value) if isinstance(value, str) else value


def _language_and_keywords(lang: str | None, keywords: str) -> dict[Any, Any]:
    """The XMP properties pyHanko does not write from a document's description: the
    language, and the keywords by their own name, pdf:Keywords (pyHanko writes pdf:keywords,
    which no schema has); the Info dictionary keeps the keywords as the report wrote them."""
    from pyhanko.pdf_utils.metadata import model

    fields: dict[model.ExpandedName, model.XmpValue] = {}
    if lang:
        language = model.ExpandedName(ns=model.NS["dc"], local_name="language")
        fields[language] = model.XmpValue(model.XmpArray.unordered([model.XmpValue(lang)]))
    if keywords:
        name = model.ExpandedName(ns=model.NS["pdf"], local_name="Keywords")
        fields[name] = model.XmpValue(keywords)
    return fields


def unsigned_xmp(
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    creator: str,
    producer: str,
    created: datetime,
    lang: str | None,
) -> bytes:
    """The XMP packet of a report that is never signed (a draft): the description a signed
    report's XMP gets (``_describe_in_xmp``), each property once, from what its Info
    dictionary says. Made and last changed when it was made; its producer is the one that
    wrote it (the signed report's is pyHanko, which wrote its last revision)."""
    from pyhanko.pdf_utils.metadata import model, xmp_xml

    meta = model.DocumentMetadata(
        title=_xml_text(title),
        author=_xml_text(author),
        subject=_xml_text(subject),
        creator=_xml_text(creator),
        created=created,
        last_modified=created,
    )
    roots = xmp_xml.update_xmp_with_meta(
        meta, [model.XmpStructure(_language_and_keywords(lang, _xml_text(keywords)))]
    )
    fields = {name: value for root in roots for name, value in root}
    fields[model.PDF_PRODUCER] = model.XmpValue(_xml_text(producer))
    packet = io.BytesIO()
    xmp_xml.serialise_xmp([model.XmpStructure(fields)], packet)
    return packet.getvalue()


def verify_pdf(data: bytes, *, trusted: Collection[str] | None = None) -> Verdict:
    """Every check of a received signed PDF, in order, stopping at the first that fails.

    ``trusted`` holds fingerprints as ``keys.normalise_fingerprint`` gives them.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    require_no_event_loop()
    checks: list[Check] = []

    def stop(check: CheckId, error: UserError) -> Verdict:
        checks.append(Check.failed(check, error))
        return Verdict(tuple(checks), kind=FileKind.REPORT)

    if data.startswith(ZIP_MAGIC):
        return stop(CheckId.PDF_READABLE, PdfSignatureError("signing.pdf.package_not_pdf"))
    if len(data) > MAX_PDF_BYTES:
        error = PdfSignatureError(
            "signing.pdf.too_large", size=whole_number(len(data)), limit=whole_number(MAX_PDF_BYTES)
        )
        return stop(CheckId.PDF_READABLE, error)
    signer = _signed_as_we_sign(data)
    if signer is not None:
        checks = [Check.passed(check) for check in _PDF_CHECKS]
        checks.extend(signer_checks(signer.fingerprint, signer.subject, trusted))
        return Verdict(tuple(checks), signer.fingerprint, kind=FileKind.REPORT)
    quiet_pyhanko()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=True)
        signatures: list[EmbeddedPdfSignature] = list(reader.embedded_signatures)
        # pyHanko leaves out a signature of a kind it cannot check (a /SubFilter other than
        # PAdES's and adbe.pkcs7.detached): such a file is signed, but not in a way we check.
        filled = _filled_signatures(reader)
    except Exception as exc:
        # pyHanko's reader signals a malformed file with many exception types.
        return stop(
            CheckId.PDF_READABLE, PdfSignatureError("signing.pdf.unreadable", reason=_reason(exc))
        )
    checks.append(Check.passed(CheckId.PDF_READABLE))

    if len(filled) > 1 or len(signatures) > 1:
        count = max(len(filled), len(signatures))
        error = PdfSignatureError("signing.pdf.several_signatures", count=count)
        return stop(CheckId.PDF_SIGNATURES, error)
    if filled and not signatures:
        kind = filled[0]
        error = (
            PdfSignatureError("signing.pdf.unsupported_signature", subfilter=kind)
            if kind is not None
            else PdfSignatureError("signing.pdf.signature_of_no_kind")
        )
        return stop(CheckId.PDF_SIGNATURES, error)
    if not signatures:
        return stop(CheckId.PDF_SIGNATURES, PdfSignatureError("signing.pdf.unsigned"))
    checks.append(Check.passed(CheckId.PDF_SIGNATURES))

    signature = signatures[0]
    try:
        coverage_ok = _covers_entire_file(signature)
    except SignatureError as error:
        return stop(CheckId.PDF_SIGNATURE, error)
    if not coverage_ok:
        return stop(CheckId.PDF_COVERAGE, PdfSignatureError("signing.pdf.not_entire_file"))
    checks.append(Check.passed(CheckId.PDF_COVERAGE))

    try:
        signer = _validate(signature)
    except SignatureError as error:
        return stop(CheckId.PDF_SIGNATURE, error)
    checks.append(Check.passed(CheckId.PDF_SIGNATURE))
    checks.extend(signer_checks(signer.fingerprint, signer.subject, trusted))
    return Verdict(tuple(checks), signer.fingerprint, kind=FileKind.REPORT)


def _filled_signatures(reader: PdfFileReader) -> list[str | None]:
    """The /SubFilter of every filled signature field of ``reader``, as the file names it
    (shortened: it is the file's text), or None where it names none."""
    from pyhanko.sign.fields import enumerate_sig_fields

    found: list[str | None] = []
    for _, value, _ in enumerate_sig_fields(reader, filled_status=True):
        subfilter = value.get_object().get("/SubFilter") if value is not None else None
        found.append(None if subfilter is None else str(subfilter)[:80])
    return found


def _signed_as_we_sign(data: bytes) -> SignerIdentity | None:
    """Who signed ``data``, if it is a PDF signed the way this program signs and every
    check of ``verify_pdf`` holds; ``None`` for anything else, which pyHanko decides.

    The way we sign: one filled signature field, at the top of the form and
    without locks or seed values; a ``/Sig`` dictionary of sub-filter
    ``ETSI.CAdES.detached`` without references, in an unencrypted file without
    hybrid cross-references; a byte range that covers the whole file but the
    ``/Contents`` string; a CMS signature of the common shape
    (``common_shape``), zero-padded. The file is read with pyHanko's reader.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    from desktop.signing.common_shape import signer_if_sound

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=True)
        if reader.encrypt_dict is not None or reader.xrefs.hybrid_xrefs_present:
            return None
        field = _the_signed_field(reader.root["/AcroForm"]["/Fields"])
        if field is None or any(key in field for key in ("/Parent", "/SV", "/Lock")):
            return None
        reference = field.raw_get("/V")
        if not isinstance(reference, generic.IndirectObject):
            return None
        signature = reference.get_object()  # type: ignore[no-untyped-call]
        if (
            signature.get("/Type", "/Sig") != "/Sig"
            or signature.get("/SubFilter") != "/ETSI.CAdES.detached"
            or "/Reference" in signature
        ):
            return None
        reader.xrefs.get_last_change(reference.reference)  # the signed revision is known
        contents = signature.raw_get("/Contents", decrypt=generic.EncryptedObjAccess.RAW)
        if not isinstance(contents, generic.TextStringObject | generic.ByteStringObject):
            return None
        raw = contents.original_bytes
        byte_range = list(signature.raw_get("/ByteRange"))
        if len(byte_range) != 4 or not all(type(n) is generic.NumberObject for n in byte_range):
            return None
        start, first, second, rest = (int(n) for n in byte_range)
        if start != 0 or second != first + 2 * len(raw) + 2 or second + rest != len(data):
            return None
        if data[first : first + 1] != b"<" or data[second - 1 : second] != b">":
            return None
        content_info = _padded_signature(raw)
        signed = data[:first] + data[second:]
        sound = signer_if_sound(
            content_info["content"], lambda name: hashlib.new(name, signed).digest()
        )
    except Exception:
        # Whatever breaks here is told by pyHanko's path, as before.
        return None
    if sound is None:
        return None
    try:
        return identity(*sound)
    except SignatureError:
        return None  # a weak key or a certificate not valid then: the full path says which


def report_signed_whole_by(data: bytes, fingerprint: str) -> bool:
    """Whether ``data`` is a PDF with one signature over every byte but its own, made by
    the key of ``fingerprint`` as a CMS signature of the common shape.

    For the report inside a package, whose signer and digest the package's
    own signature has already confirmed: then the report is exactly the file
    that key holder signed, whatever else it holds, and no PDF reader is
    needed to tell so. ``False`` for anything else (a second signature, a
    byte range that leaves out more than the signature, bytes appended after
    signing, another signer, another shape), which ``verify_pdf`` decides.
    """
    from desktop.signing.common_shape import signer_if_sound

    if not data.startswith(b"%PDF-") or data.count(b"/ByteRange") != 1:
        return False
    found = _BYTE_RANGE.search(data)
    if found is None:
        return False
    start, first, second, rest = (int(number) for number in found.groups())
    if start != 0 or not 0 < first < second or second + rest != len(data):
        return False
    if data[first : first + 1] != b"<" or data[second - 1 : second] != b">":
        return False
    hexadecimal = data[first + 1 : second - 1]
    if _HEX.fullmatch(hexadecimal) is None:
        return False
    try:
        content_info = _padded_signature(bytes.fromhex(hexadecimal.decode("ascii")))
        signed = data[:first] + data[second:]
        sound = signer_if_sound(
            content_info["content"], lambda name: hashlib.new(name, signed).digest()
        )
    except Exception:
        # Whatever breaks here is told by ``verify_pdf``.
        return False
    return sound is not None and identity(*sound).fingerprint == fingerprint


def _the_signed_field(fields: object) -> DictionaryObject | None:
    """The one filled signature field of a flat form, as pyHanko's walk of the form finds it.

    ``None`` when the form is not flat (a field with kids, an entry that is
    not a named field object, one listed twice) or does not hold exactly one
    filled signature field: pyHanko's walk of such a form then decides.
    """
    from pyhanko.pdf_utils import generic

    if not isinstance(fields, generic.ArrayObject):
        return None
    seen: set[object] = set()
    signed: list[DictionaryObject] = []
    for entry in fields:
        if not isinstance(entry, generic.IndirectObject) or entry.reference in seen:
            return None
        seen.add(entry.reference)
        field = entry.get_object()  # type: ignore[no-untyped-call]
        if not isinstance(field, generic.DictionaryObject) or "/T" not in field or "/Kids" in field:
            return None
        if field.get("/FT") == "/Sig" and field.get("/V"):
            signed.append(field)
    return signed[0] if len(signed) == 1 else None


def _padded_signature(raw: bytes) -> cms.ContentInfo:
    """The CMS structure in a zero-padded ``/Contents``, checked as ``_validate`` checks it."""
    from asn1crypto import cms
    from asn1crypto import parser as asn1_parser

    # The length comes from the DER header (see ``_validate``).
    _, _, _, header, body, trailer = asn1_parser.parse(raw)
    length = len(header) + len(body) + len(trailer)
    if raw[length:].strip(b"\0"):
        raise SignatureError("signing.signature.unreadable", reason="data after the signature")
    content_info = cms.ContentInfo.load(raw[:length], strict=True)
    check_structure(content_info)
    return content_info


def _covers_entire_file(signature: EmbeddedPdfSignature) -> bool:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        signature.compute_integrity_info(skip_diff=True)  # type: ignore[no-untyped-call]
    except Exception as exc:
        raise SignatureError("signing.signature.unreadable", reason=_reason(exc)) from exc
    return bool(signature.coverage == SignatureCoverageLevel.ENTIRE_FILE)


def _validate(signature: EmbeddedPdfSignature) -> SignerIdentity:
    import asyncio

    from asn1crypto import cms
    from asn1crypto import parser as asn1_parser
    from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        raw = signature.pkcs7_content
        # /Contents is zero-padded: anything else after the structure is a change.
        # (The length comes from the DER header: dump() of a value loaded with
        # trailing bytes can take asn1crypto hundreds of milliseconds.)
        _, _, _, header, body, trailer = asn1_parser.parse(raw)
        length = len(header) + len(body) + len(trailer)
        if raw[length:].strip(b"\0"):
            raise SignatureError("signing.signature.unreadable", reason="data after the signature")
        content_info = cms.ContentInfo.load(raw[:length], strict=True)
        check_structure(content_info)
        context = ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False)
        status = asyncio.run(
            async_validate_pdf_signature(
                signature, signer_validation_context=context, skip_diff=True
            )
        )
    except SignatureError:
        raise
    except Exception as exc:
        # As in cades.verify_detached: a hostile signature breaks the parsers in many ways.
        raise SignatureError("signing.signature.unreadable", reason=_reason(exc)) from exc
    if not status.intact:
        raise SignatureError("signing.signature.not_intact")
    if not status.valid:
        raise SignatureError("signing.signature.invalid")
    return identity(status.signing_cert, status.signer_reported_dt)


def _reason(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__
