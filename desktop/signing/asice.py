"""ASiC-E containers (ETSI EN 319 162-1) with a CAdES signature: build and verify.

A package is a zip: ``mimetype`` first and stored, the data files,
``META-INF/ASiCManifest.xml`` listing the SHA-256 of every data file, and
``META-INF/signature001.p7s``, a detached CAdES signature over the manifest
bytes. No library builds this, so the container is ours; the XML, the zip and
the signature come from ElementTree, zipfile and pyHanko. The signature can
be checked without this program:

    openssl cms -verify -binary -inform der -in META-INF/signature001.p7s \\
        -content META-INF/ASiCManifest.xml -noverify
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, TypeAlias

from desktop import safejson
from desktop.errors import UserError
from desktop.i18n import LANGS
from desktop.jsonvalue import JSONValue
from desktop.signing import pdfsign
from desktop.signing.cades import SignatureError, SignerIdentity, sign_detached, verify_detached
from desktop.signing.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    ManifestError,
    build_manifest,
    check_coverage,
    parse_manifest,
)
from desktop.signing.safezip import Member, SafeZipError, ZipLimits, read_zip
from desktop.signing.verdict import Check, CheckId, Package, Verdict, signer_checks

if TYPE_CHECKING:
    from desktop.signing.keys import OrganisationKey

MIMETYPE_NAME: Final = "mimetype"
MIMETYPE: Final = b"application/vnd.etsi.asic-e+zip"
PDF_MAGIC: Final = b"%PDF-"
DATA_MEMBERS: Final = ("survey.json", "report.pdf")
# Names that need no escaping as manifest URIs and are safe on every file system.
_DATA_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*")
_RESERVED = (MIMETYPE_NAME, "META-INF/")
_FILE_MODE: Final = 0o100644 << 16  # a regular file, rw-r--r--
_UNIX: Final = 3

PackageCheck: TypeAlias = Callable[[Package], None]
"""A check that needs the survey model; raises ``UserError`` when the package fails it."""

SignerCheck: TypeAlias = Callable[[Package], Check | None]
"""Whether a package's signer may sign for it, before its answers are checked: the failed
check that ends the verification, or None to go on."""


class AsiceError(UserError):
    """A package's structure is refused."""


def build(
    members: Mapping[str, bytes],
    key: OrganisationKey,
    *,
    when: dt.datetime | None = None,
    mimetype: bytes = MIMETYPE,
) -> bytes:
    """A signed package holding ``members`` (name → bytes), in that order."""
    for name in members:
        if not _DATA_NAME.fullmatch(name) or name.startswith(_RESERVED):
            raise ValueError(f"{name!r} cannot be a data file of a package")
    manifest = build_manifest(members)
    return assemble(members, manifest, sign_detached(manifest, key), when=when, mimetype=mimetype)


def assemble(
    members: Mapping[str, bytes],
    manifest: bytes,
    signature: bytes,
    *,
    when: dt.datetime | None = None,
    mimetype: bytes = MIMETYPE,
) -> bytes:
    """The zip of a package from its parts (no checks: ``build`` is the normal way)."""
    stamp = (when or dt.datetime.now(dt.UTC)).timetuple()
    moment = (stamp.tm_year, stamp.tm_mon, stamp.tm_mday, stamp.tm_hour, stamp.tm_min, stamp.tm_sec)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry(MIMETYPE_NAME, moment, zipfile.ZIP_STORED), mimetype)
        for name, data in members.items():
            archive.writestr(_entry(name, moment, zipfile.ZIP_DEFLATED), data)
        archive.writestr(_entry(MANIFEST_NAME, moment, zipfile.ZIP_DEFLATED), manifest)
        archive.writestr(_entry(SIGNATURE_NAME, moment, zipfile.ZIP_DEFLATED), signature)
    return buffer.getvalue()


def _entry(name: str, moment: tuple[int, int, int, int, int, int], method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=moment)
    info.compress_type = method
    info.create_system = _UNIX
    info.external_attr = _FILE_MODE
    return info


def verify(
    data: bytes,
    *,
    expected: Collection[str] = DATA_MEMBERS,
    trusted: Collection[str] | None = None,
    check_schemas: PackageCheck | None = None,
    check_answers: PackageCheck | None = None,
    check_signer: SignerCheck | None = None,
) -> Verdict:
    """Every check of a received package, in order, stopping at the first that fails.

    ``expected`` names the data files the package must hold (and the only
    ones it may hold); ``trusted`` is the set of accepted signer fingerprints,
    in the form ``keys.normalise_fingerprint`` gives them. The survey checks
    run last, on a package already known to be intact, when they are given.
    ``check_signer`` runs before them, once the JSON is parsed: a failed check it
    returns (the signer is not the one registered for the package's municipality)
    ends the verification before the answers are checked.
    """
    checks: list[Check] = []

    def stop(check: Check) -> Verdict:
        checks.append(check)
        return Verdict(tuple(checks), fingerprint)

    fingerprint: str | None = None
    if data.startswith(PDF_MAGIC):
        return stop(Check.failed(CheckId.CONTAINER, AsiceError("signing.package.pdf_not_package")))
    required = (MIMETYPE_NAME, *expected, MANIFEST_NAME, SIGNATURE_NAME)
    try:
        stored = read_zip(data, allowed=set(required))
    except SafeZipError as error:
        return stop(Check.failed(CheckId.CONTAINER, error))
    checks.append(Check.passed(CheckId.CONTAINER))

    contents = {member.name: member.data for member in stored}
    for name in required:
        if name not in contents:
            return stop(
                Check.failed(
                    CheckId.MEMBERS, AsiceError("signing.package.missing_member", name=name)
                )
            )
    checks.append(Check.passed(CheckId.MEMBERS))

    problem = _mimetype_problem(stored[0])
    if problem:
        return stop(Check.failed(CheckId.MIMETYPE, problem))
    checks.append(Check.passed(CheckId.MIMETYPE))

    # The cheap checks first: the signature, what it covers, and whose it is; the
    # answers are parsed only in a package known to be intact (and from a trusted
    # signer, when a trusted list is given).
    try:
        signer = verify_detached(contents[MANIFEST_NAME], contents[SIGNATURE_NAME])
    except SignatureError as error:
        return stop(Check.failed(CheckId.SIGNATURE, error))
    fingerprint = signer.fingerprint
    checks.append(Check.passed(CheckId.SIGNATURE))

    files = {name: contents[name] for name in expected}
    try:
        check_coverage(parse_manifest(contents[MANIFEST_NAME]), files)
    except ManifestError as error:
        return stop(Check.failed(CheckId.MANIFEST, error))
    checks.append(Check.passed(CheckId.MANIFEST))

    checks.extend(signer_checks(fingerprint, signer.subject, trusted))
    if not checks[-1].ok:
        return Verdict(tuple(checks), fingerprint)

    for name in (name for name in expected if name.endswith(".pdf")):
        report = _report_problem(name, files[name], fingerprint)
        if report:
            return stop(report)
    checks.append(Check.passed(CheckId.REPORT))

    documents: dict[str, JSONValue] = {}
    for name in (name for name in expected if name.endswith(".json")):
        try:
            documents[name] = safejson.loads(files[name])
        except safejson.SafeJsonError as error:
            return stop(Check.failed(CheckId.JSON, error, prefix=f"{name}: "))
    checks.append(Check.passed(CheckId.JSON))

    package = Package(files, documents, fingerprint, signer.signed_at)
    if check_signer is not None:
        refused = check_signer(package)
        if refused is not None:  # what it holds is told (whose it claims to be), not trusted
            return Verdict((*checks, refused), fingerprint, package)
    for check_id, hook in ((CheckId.SCHEMAS, check_schemas), (CheckId.ANSWERS, check_answers)):
        if hook is None:
            continue
        try:
            hook(package)
        except UserError as error:
            return stop(Check.failed(check_id, error))
        checks.append(Check.passed(check_id))
    return Verdict(tuple(checks), fingerprint, package, signed_at=signer.signed_at)


def _mimetype_problem(first: Member, expected: bytes = MIMETYPE) -> AsiceError | None:
    if first.name != MIMETYPE_NAME or first.header_offset != 0:
        return AsiceError("signing.package.mimetype_not_first", name=first.name)
    if first.compress_type != zipfile.ZIP_STORED:
        return AsiceError("signing.package.mimetype_compressed")
    if first.data != expected:
        value = first.data[:64].decode("utf-8", errors="replace")
        key = "mimetype_wrong" if expected == MIMETYPE else "mimetype_other"
        return AsiceError(f"signing.package.{key}", value=value, expected=expected.decode())
    return None


@dataclass(frozen=True)
class SignedContents:
    """The data files of an intact container and who signed it (trust is the caller's)."""

    members: dict[str, bytes]
    signer: SignerIdentity


def open_signed(
    data: bytes, *, mimetype: bytes, accepts: Callable[[str], bool], limits: ZipLimits
) -> SignedContents:
    """The data files of a container of type ``mimetype``, read as strictly as a package.

    Every name other than the container's own must pass ``accepts``; the
    manifest must cover exactly the data files, and the CAdES signature over
    it must be intact. Raises the ``UserError`` of the first check that fails.
    """
    stored = read_zip(data, limits=limits)
    if not stored:
        raise AsiceError("signing.package.missing_member", name=MIMETYPE_NAME)
    problem = _mimetype_problem(stored[0], mimetype)
    if problem:
        raise problem
    contents = {member.name: member.data for member in stored[1:]}
    for name in contents:
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not accepts(name):
            raise SafeZipError("signing.zip.not_allowed", name=name)
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        if name not in contents:
            raise AsiceError("signing.package.missing_member", name=name)
    signer = verify_detached(contents[MANIFEST_NAME], contents[SIGNATURE_NAME])
    files = {n: d for n, d in contents.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    check_coverage(parse_manifest(contents[MANIFEST_NAME]), files)
    return SignedContents(files, signer)


def _report_problem(name: str, pdf: bytes, fingerprint: str) -> Check | None:
    """Whether the PDF report is soundly signed, by the key that signed the package."""
    if pdfsign.report_signed_whole_by(pdf, fingerprint):
        return None
    verdict = pdfsign.verify_pdf(pdf)
    failure = verdict.failure
    if failure is not None:
        texts: dict[str, str] = {lang: f"{name}: {failure.message(lang)}" for lang in LANGS}
        return Check(CheckId.REPORT, False, texts)
    if verdict.fingerprint != fingerprint:
        error = AsiceError(
            "signing.package.report_other_signer", name=name, fingerprint=verdict.fingerprint
        )
        return Check.failed(CheckId.REPORT, error)
    return None
