"""The ASiC manifest (ETSI EN 319 162-1): which files a CAdES signature covers, by SHA-256.

The manifest is built with ElementTree. A received one is refused before
parsing if it carries a DOCTYPE or entity declarations (the only way XML can
expand or fetch anything) or declares an encoding other than UTF-8, and is
then held to the exact shape we write.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desktop.errors import UserError

NS_ASIC: Final = "http://uri.etsi.org/02918/v1.2.1#"
NS_DS: Final = "http://www.w3.org/2000/09/xmldsig#"
SHA256: Final = "http://www.w3.org/2001/04/xmlenc#sha256"
MANIFEST_NAME: Final = "META-INF/ASiCManifest.xml"
SIGNATURE_NAME: Final = "META-INF/signature001.p7s"
SIGNATURE_MIME: Final = "application/pkcs7-signature"
MAX_MANIFEST_BYTES: Final = 256 * 1024
_MIME_BY_SUFFIX: Final = {
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".csv": "text/csv",
}
_DECLARED_ENCODING = re.compile(r"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")

ET.register_namespace("asic", NS_ASIC)
ET.register_namespace("ds", NS_DS)


class ManifestError(UserError):
    """A received manifest is refused or does not match the package."""


@dataclass(frozen=True)
class Reference:
    """One data file the manifest covers."""

    uri: str
    mime_type: str
    digest: bytes


def mime_type(name: str) -> str:
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    return _MIME_BY_SUFFIX.get(suffix, "application/octet-stream")


def build_manifest(members: Mapping[str, bytes]) -> bytes:
    """The manifest covering ``members`` (name → bytes), in their order."""
    root = ET.Element(f"{{{NS_ASIC}}}ASiCManifest")
    ET.SubElement(root, f"{{{NS_ASIC}}}SigReference", URI=SIGNATURE_NAME, MimeType=SIGNATURE_MIME)
    for name, data in members.items():
        reference = ET.SubElement(
            root, f"{{{NS_ASIC}}}DataObjectReference", URI=name, MimeType=mime_type(name)
        )
        ET.SubElement(reference, f"{{{NS_DS}}}DigestMethod", Algorithm=SHA256)
        value = ET.SubElement(reference, f"{{{NS_DS}}}DigestValue")
        value.text = base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def parse_manifest(data: bytes) -> list[Reference]:
    """The data references of a received manifest, or ``ManifestError``."""
    root = _parse_safely(data)
    if root.tag != f"{{{NS_ASIC}}}ASiCManifest":
        raise ManifestError("signing.manifest.malformed", reason=f"root element {root.tag}")
    children = list(root)
    if not children or children[0].tag != f"{{{NS_ASIC}}}SigReference":
        raise ManifestError("signing.manifest.malformed", reason="SigReference must come first")
    _check_sig_reference(children[0])
    references: list[Reference] = []
    for child in children[1:]:
        if child.tag != f"{{{NS_ASIC}}}DataObjectReference":
            raise ManifestError(
                "signing.manifest.malformed", reason=f"unexpected element {child.tag}"
            )
        references.append(_data_reference(child))
    uris = [reference.uri for reference in references]
    if len(set(uris)) != len(uris):
        raise ManifestError("signing.manifest.malformed", reason="a file is listed twice")
    return references


def check_coverage(references: list[Reference], members: Mapping[str, bytes]) -> None:
    """The manifest lists exactly ``members`` (the data files) and every digest matches."""
    listed = {reference.uri: reference for reference in references}
    for name in listed:
        if name not in members:
            raise ManifestError("signing.manifest.missing_file", name=name)
    for name in members:
        if name not in listed:
            raise ManifestError("signing.manifest.uncovered", name=name)
    for name, data in members.items():
        if hashlib.sha256(data).digest() != listed[name].digest:
            raise ManifestError("signing.manifest.digest_mismatch", name=name)


def _parse_safely(data: bytes) -> ET.Element:
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(
            "signing.manifest.malformed", reason=f"larger than {MAX_MANIFEST_BYTES} bytes"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ManifestError("signing.manifest.malformed", reason="not UTF-8") from None
    declared = _DECLARED_ENCODING.match(text.lstrip("\ufeff"))
    if declared and declared.group(1).lower() not in ("utf-8", "utf8"):
        raise ManifestError("signing.manifest.unsafe", what=f"encoding {declared.group(1)}")
    for construct in ("<!DOCTYPE", "<!ENTITY", "\x00"):
        if construct in text:
            raise ManifestError("signing.manifest.unsafe", what=construct.strip("\x00") or "NUL")
    try:
        return ET.fromstring(data)  # noqa: S314 - DOCTYPE and entities were refused above
    except ET.ParseError as exc:
        raise ManifestError("signing.manifest.malformed", reason=str(exc)) from exc


def _check_sig_reference(element: ET.Element) -> None:
    if element.get("URI") != SIGNATURE_NAME:
        raise ManifestError(
            "signing.manifest.malformed", reason="SigReference does not name the signature"
        )
    if element.get("MimeType", SIGNATURE_MIME) != SIGNATURE_MIME or len(element):
        raise ManifestError("signing.manifest.malformed", reason="unexpected SigReference content")


def _data_reference(element: ET.Element) -> Reference:
    uri = element.get("URI")
    if not uri:
        raise ManifestError("signing.manifest.malformed", reason="DataObjectReference without URI")
    parts = list(element)
    expected = [f"{{{NS_DS}}}DigestMethod", f"{{{NS_DS}}}DigestValue"]
    if [part.tag for part in parts] != expected:
        raise ManifestError(
            "signing.manifest.malformed", reason=f"digest of {uri!r} is not DigestMethod, Value"
        )
    method, value = parts
    if method.get("Algorithm") != SHA256:
        raise ManifestError(
            "signing.manifest.malformed", reason=f"digest of {uri!r} is not SHA-256"
        )
    try:
        digest = base64.b64decode((value.text or "").strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ManifestError(
            "signing.manifest.malformed", reason=f"digest of {uri!r} is not base64"
        ) from None
    if len(digest) != hashlib.sha256().digest_size:
        raise ManifestError(
            "signing.manifest.malformed", reason=f"digest of {uri!r} has the wrong length"
        )
    return Reference(uri, element.get("MimeType", ""), digest)
