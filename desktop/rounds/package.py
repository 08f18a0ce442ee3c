"""The round package (``.tkround``): a round's definition files, signed by its publisher.

The container is the answer package's (ASiC-E, ETSI EN 319 162-1) with a
type of its own in ``mimetype`` (``application/vnd.tilannekuva.round+zip``),
so an answer package is never taken for a round or the other way round:

- ``rounds/<id>.json``, the round manifest;
- ``sections/<section>-<version>.json``, **every** section schema the
  manifest names, also those the program already ships (see below);
- ``META-INF/ASiCManifest.xml``, the SHA-256 of each of them, and
  ``META-INF/signature001.p7s``, the publisher's detached CAdES signature
  over it.

Every schema is carried, not only the new versions: a package is then
complete by itself, so it opens in any version of the program that knows
the previous round, and the coordinator's copy verifies answers without
any other file. A schema the program already has must come with exactly the
same bytes (the same hash), so carrying it changes nothing and cannot
redefine a published form. The few tens of kilobytes this costs do not
matter for a file sent by e-mail.

It is read exactly as strictly as a received answer package: the same zip
reader (every byte accounted for, caps, names), the same manifest and
signature checks, and every JSON file through the same guarded parser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from desktop import safejson
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.rounds.layout import LIMITS, MIMETYPE, accepts, member_name
from desktop.signing.asice import build, open_signed
from desktop.signing.keys import OrganisationKey
from desktop.survey.added import MANIFEST_FILE
from desktop.untrusted import escape


class RoundPackageError(UserError):
    """A round package is refused before its definition is even looked at."""


class MemberJsonError(RoundPackageError):
    """A file of the package is not JSON this program reads; the message names the file."""

    def __init__(self, name: str, cause: UserError) -> None:
        self.cause = cause
        self.name = name
        super().__init__("rounds.package.member_json", name=name)

    def message(self, lang: Lang) -> str:
        return f"{escape(self.name)}: {self.cause.message(lang)}"


@dataclass(frozen=True)
class OpenedPackage:
    """A round package whose container and signature passed: its files and its signer."""

    files: dict[str, bytes]  # file name (``2023-1.json``, ``premises-7.json``) → bytes
    fingerprint: str
    signer_name: str
    sha256: str


def pack(files: Mapping[str, bytes], key: OrganisationKey) -> bytes:
    """The signed package of a round's files (file name → bytes), the manifest first."""
    ordered = sorted(files, key=lambda name: (not MANIFEST_FILE.fullmatch(name), name))
    return build({member_name(name): files[name] for name in ordered}, key, mimetype=MIMETYPE)


def unpack(data: bytes, trusted: Collection[str], setting: str) -> OpenedPackage:
    """The files of a round package signed by a ``trusted`` key, or a ``UserError``.

    ``setting`` names where trusted keys are set, for the message refusing
    another signer.
    """
    from desktop.signing.asice import MIMETYPE as ANSWER_MIMETYPE

    if data[30:38] == b"mimetype" and data[38 : 38 + len(ANSWER_MIMETYPE)] == ANSWER_MIMETYPE:
        raise RoundPackageError("rounds.package.answer_package")
    opened = open_signed(data, mimetype=MIMETYPE, accepts=accepts, limits=LIMITS)
    signer = opened.signer
    if signer.fingerprint not in trusted:
        raise RoundPackageError(
            "rounds.package.unknown_signer",
            name=escape(signer.subject),
            fingerprint=signer.fingerprint,
            setting=setting,
        )
    files: dict[str, bytes] = {}
    for name, raw in opened.members.items():
        try:
            safejson.loads(raw)  # depth, size, numbers, duplicate keys: before any other look
        except safejson.SafeJsonError as exc:
            raise MemberJsonError(name, exc) from None
        files[name.split("/", 1)[1]] = raw
    return OpenedPackage(
        files, signer.fingerprint, escape(signer.subject), hashlib.sha256(data).hexdigest()
    )
