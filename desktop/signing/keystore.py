"""The key store: the organisation key's PKCS#12 file in the data directory.

The file is written once, all or nothing, readable by its owner only, and
never replaced silently: a second key or a second import is refused while a
key exists.

Beside it the key's certificate is kept in the clear (``*-certificate.pem``;
public, as every package carries it), written whenever the key is created,
imported or opened: a package opened later is told as signed with this
computer's own key without asking for the passphrase (``own_fingerprint``).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Final

from desktop.signing.keys import (
    KeyStoreError,
    Organisation,
    OrganisationKey,
    create_key,
    from_pkcs12,
    to_pkcs12,
)

# A PKCS#12 with a key and a few certificates is a few kilobytes.
MAX_STORE_BYTES: Final = 1 << 20


def create_key_file(
    path: Path, organisation: Organisation, passphrase: str | None
) -> OrganisationKey:
    """Create a new key and store it at ``path``; an existing key is never replaced."""
    if path.exists():
        raise KeyStoreError("signing.key.key_exists", path=path)
    key = create_key(organisation)
    write_new_file(path, to_pkcs12(key, passphrase))
    remember_certificate(path, key)
    return key


def import_pkcs12(
    source: Path,
    target: Path,
    passphrase: str | None,
    *,
    new_passphrase: str | None = None,
) -> OrganisationKey:
    """Copy an existing PKCS#12 into the key store, re-encrypted in the strong format.

    The stored copy is protected by ``new_passphrase`` when given, otherwise by
    the passphrase of the source file.
    """
    if target.exists():
        raise KeyStoreError("signing.key.key_exists", path=target)
    key = from_pkcs12(_read_limited(source), passphrase, path=source)
    now = dt.datetime.now(dt.UTC)
    cert = key.certificate
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise KeyStoreError(
            "signing.key.certificate_expired",
            path=source,
            start=_date(cert.not_valid_before_utc),
            end=_date(cert.not_valid_after_utc),
        )
    stored_passphrase = new_passphrase if new_passphrase is not None else passphrase
    write_new_file(target, to_pkcs12(key, stored_passphrase))
    remember_certificate(target, key)
    return key


def load_key(path: Path, passphrase: str | None) -> OrganisationKey:
    """The organisation key stored at ``path``."""
    if not path.exists():
        raise KeyStoreError("signing.key.no_key", path=path)
    key = from_pkcs12(_read_limited(path), passphrase, path=path)
    remember_certificate(path, key)  # a key made by an earlier version is known from now on
    return key


def certificate_path(key_path: Path) -> Path:
    """Where the certificate of the key at ``key_path`` is kept in the clear."""
    return key_path.with_name(f"{key_path.stem}-certificate.pem")


def remember_certificate(key_path: Path, key: OrganisationKey) -> None:
    """Keep the key's certificate beside it (when not kept already). Best effort: a folder
    that cannot be written to costs only the "own key" line when a package is opened."""
    from cryptography.hazmat.primitives.serialization import Encoding

    target = certificate_path(key_path)
    pem = key.certificate.public_bytes(Encoding.PEM)
    try:
        if target.is_file() and target.read_bytes() == pem:
            return
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError:
        return


def own_fingerprint(key_path: Path) -> str | None:
    """The fingerprint of the organisation key kept at ``key_path``, from its certificate kept
    beside it; None when there is no key, or its certificate is not known here."""
    from cryptography import x509

    from desktop.signing.keys import certificate_fingerprint

    try:
        if not key_path.is_file():
            return None
        data = certificate_path(key_path).read_bytes()[:MAX_STORE_BYTES]
        return certificate_fingerprint(x509.load_pem_x509_certificate(data))
    except (OSError, ValueError):
        return None


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by the owner only, all or nothing.

    The bytes go to a temporary file in the same folder first. It is then
    hard-linked to its name, which fails if the name exists (no race can
    replace a key); where links are not supported (FAT on a USB stick), the
    name is checked and the file moved with ``os.replace``.
    """
    if path.exists():
        raise KeyStoreError("signing.key.key_exists", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                _owner_only(tmp)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            _publish(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        _sync_folder(path.parent)
    except OSError as exc:
        raise KeyStoreError(
            "signing.key.unwritable", path=path, reason=exc.strerror or exc
        ) from exc


def _publish(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise KeyStoreError("signing.key.key_exists", path=path) from None
    except OSError:
        if path.exists():
            raise KeyStoreError("signing.key.key_exists", path=path) from None
        tmp.replace(path)  # os.replace: atomic, same folder


def _owner_only(path: Path) -> None:
    # Windows has no owner/group/other bits; the file lives in the user's own
    # application-data folder, whose access list already keeps others out.
    if os.name == "posix":
        path.chmod(0o600)


def _sync_folder(folder: Path) -> None:
    # Makes the new name durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_limited(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_STORE_BYTES + 1)
    except OSError as exc:
        raise KeyStoreError(
            "signing.key.unreadable", path=path, reason=exc.strerror or exc
        ) from exc
    if len(data) > MAX_STORE_BYTES:
        raise KeyStoreError("signing.key.not_pkcs12", path=path)
    return data


def _date(moment: dt.datetime) -> str:
    return f"{moment.day}.{moment.month}.{moment.year}"
