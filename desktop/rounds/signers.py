"""Whose round packages the program accepts: the organisers' key, or the keys IT support sets.

The program ships the fingerprint of the survey organisers' publishing key
(``resources/rounds/round-signers.txt``). A file ``round-signers.txt`` in the
user's data folder replaces that list entirely: one fingerprint per line (64
hexadecimal digits, spaces allowed, as ``tilannekuva key show`` prints them),
``#`` starting a comment. IT support sets it when the organisers publish with
another key; a coordinator testing a round of their own sets it to their key.

Beside that list, a data folder trusts the keys it published rounds with
itself: ``round build`` notes its key in ``published-round-signers.txt``
there, so the coordinator's own copy of a round is added like any other
(the note is the folder's own and never replaces the organisers' key).
"""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UserError
from desktop.paths import DataPaths, resources_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

SETTING_NAME: Final = "round-signers.txt"
PUBLISHED_NAME: Final = "published-round-signers.txt"
_MAX_BYTES: Final = 64 * 1024


class SignerSettingError(UserError):
    """The file of trusted round signers cannot be used."""


def shipped_setting() -> Path:
    return resources_dir() / "rounds" / SETTING_NAME


def setting_path(paths: DataPaths) -> Path:
    """The file that, where it exists, says whose round packages are trusted."""
    return paths.root / SETTING_NAME


def trusted_signers(paths: DataPaths) -> frozenset[str]:
    """The fingerprints whose round packages are accepted (the data folder's file, else ours),
    and the keys this data folder published rounds with."""
    own = setting_path(paths)
    if own.is_file():
        trusted = read_signers(own)
    elif own.exists():  # a folder, a pipe: IT support's setting is there, but not readable
        raise SignerSettingError("rounds.signers.not_a_file", path=own)
    else:
        trusted = read_signers(shipped_setting())
    published = paths.root / PUBLISHED_NAME
    return trusted | read_signers(published) if published.is_file() else trusted


def trust_published(paths: DataPaths, fingerprint: str, round_id: str) -> bool:
    """Note that this data folder published ``round_id`` with the key ``fingerprint``, so its
    own copy of the package is accepted here; False when the key was trusted already."""
    if fingerprint in trusted_signers(paths):
        return False
    published = paths.root / PUBLISHED_NAME
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        with published.open("a", encoding="utf-8") as handle:
            if handle.tell() == 0:
                handle.write("# Keys this data folder published survey rounds with.\n")
            handle.write(f"{fingerprint}  # {round_id}\n")
    except OSError as exc:
        raise SignerSettingError(
            "rounds.signers.unwritable", path=published, reason=exc.strerror or type(exc).__name__
        ) from None
    return True


def read_signers(path: Path) -> frozenset[str]:
    # The key's module loads the signature libraries: only when a package is verified.
    from desktop.signing.keys import KeyStoreError, normalise_fingerprint

    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        raise SignerSettingError(
            "rounds.signers.unreadable", path=path, reason=exc.strerror or type(exc).__name__
        ) from None
    found: set[str] = set()
    text = data[:_MAX_BYTES].decode("utf-8-sig", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        value = line.split("#", 1)[0].strip()
        if not value:
            continue
        try:
            found.add(normalise_fingerprint(value))
        except KeyStoreError:
            raise SignerSettingError("rounds.signers.bad_line", path=path, line=number) from None
    return frozenset(found)


def trust_files(paths: DataPaths | None) -> list[Path]:
    """The files that say whose round packages are trusted in ``paths`` (the shipped one
    alone without a data folder), whether or not they exist."""
    if paths is None:
        return [shipped_setting()]
    own = setting_path(paths)
    return [own if own.is_file() else shipped_setting(), paths.root / PUBLISHED_NAME]
