"""The rounds of one installation: shipped ones and those added from round packages.

``catalog_for`` gives the catalog every part of the program uses: the
shipped rounds and, beside them, every round whose package was added to
the data folder's database, each verified (its signature, the digests of
its manifest, a trusted signer: a database may come from a backup or a
copy) and checked again as it is read (a package is kept exactly as
received); one verified once is remembered in the data folder's cache. ``add_package`` checks a received package all
the way (container, signature by a trusted key, every definition check)
before anything is stored; ``build_package`` makes one from an author's
folder after the same checks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from desktop import safejson
from desktop.errors import UserError
from desktop.i18n import Lang, text
from desktop.paths import DataPaths
from desktop.survey import Catalog, Round, shipped_catalog
from desktop.survey.loader import Problem, UnknownRound
from desktop.survey.model import RoundOrigin
from desktop.untrusted import escape

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

    # The answers database loads when one is there to read (``verify`` on a new data folder).
    from desktop.rounds.package import OpenedPackage
    from desktop.signing.keys import OrganisationKey
    from desktop.storage import Store
    from desktop.storage.stored_round import StoredRoundPackage
    from desktop.survey.added import CheckedRound, DefinitionProblem

_MAX_FILE: Final = 2 << 20
_MAX_FILES: Final = 64


class RoundError(UserError):
    """An author's folder that cannot be read."""


class DefinitionRefused(RoundError):
    """A round's definition has problems: the message lists every one of them."""

    def __init__(self, key: str, problems: Sequence[DefinitionProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(key)

    def message(self, lang: Lang) -> str:
        lines = [text(self.key, lang)]
        lines += [f"- {problem.message(lang)}" for problem in self.problems]
        return "\n".join(lines)


class FolderFileError(RoundError):
    def __init__(self, path: str, cause: UserError) -> None:
        self.cause = cause
        super().__init__("rounds.library.folder_file", path=path, reason="")

    def message(self, lang: Lang) -> str:
        values = {**self.values, "reason": self.cause.message(lang)}
        return text(self.key, lang, **values)


class Added:
    """The outcome of adding a package: the round, and whether anything was stored."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("catalog", "round", "stored")

    def __init__(self, round: Round, stored: bool, catalog: Catalog) -> None:
        self.round = round
        self.stored = stored
        self.catalog = catalog


def added_in(paths: DataPaths) -> tuple[StoredRoundPackage, ...]:
    """The round packages added to a data folder, for those who only read it (the
    coordinator's ``verify`` and ``collect``): none when it has no database yet. Only those
    whose signature verifies (``verified``), each with the signer of its signature."""
    if not paths.database.is_file():
        return ()
    from desktop.storage import Store
    from desktop.storage.round_packages import round_packages

    with Store.open_for_reading(paths) as store:
        return verified(round_packages(store), paths)[0]


def catalog_with(stored: Sequence[StoredRoundPackage]) -> Catalog:
    """The shipped catalog with the rounds of ``stored`` (verified: ``added_in``) beside it."""
    return _cached_with_added(tuple(stored)) if stored else shipped_catalog()


def catalog_for(store: Store | None, base: Catalog | None = None) -> Catalog:
    """``base`` (the shipped catalog) with every round added to ``store`` beside it: each
    package verified first (``verified``), one that fails told as a problem, not offered."""
    from desktop.storage.round_packages import round_packages

    stored = tuple(round_packages(store)) if store is not None else ()
    if not stored:
        return base or shipped_catalog()
    assert store is not None
    usable, refused = verified(stored, store.paths)
    catalog = _cached_with_added(usable) if base is None else _with_added(base, usable)
    if not refused:
        return catalog
    # Told first: a round built on one of these is told after it.
    told = [Unavailable(package.round_id, error) for package, error in refused]
    return catalog.replace(problems=[*told, *catalog.problems])


class Unavailable(Problem):
    """An added round not offered, told with why: its package fails its verification (by
    default), or its definition cannot be used here (``key``; ``previous``: the round it
    builds on, not offered here)."""

    __slots__ = ("error", "key", "previous", "round_id")

    def __init__(
        self,
        round_id: str,
        error: UserError,
        key: str = "rounds.library.unavailable",
        previous: str = "",
    ) -> None:
        super().__init__(f"{escape(round_id)}.tkround", error.message("en"))
        self.round_id = round_id
        self.error = error
        self.key = key
        self.previous = previous

    def message(self, lang: Lang) -> str:
        return text(
            self.key,
            lang,
            round=escape(self.round_id),
            previous=escape(self.previous),
            reason=self.error.message(lang),
        )

    def refusal(self, round_id: str) -> UserError | None:
        return RoundUnavailable(self) if round_id == self.round_id else None


class RoundUnavailable(UnknownRound):
    """A command named an added round that is not offered: told with why."""

    def __init__(self, problem: Unavailable) -> None:
        self.problem = problem
        super().__init__(problem.key, round=problem.round_id)

    def message(self, lang: Lang) -> str:
        return self.problem.message(lang)


def told(problem: Problem, lang: Lang) -> str:
    """A problem of the catalog as the user reads it."""
    return problem.message(lang) if isinstance(problem, Unavailable) else str(problem)


# A package verified once is remembered in the data folder's cache by its digest and by the
# digest of the files that say whose packages are trusted: a changed list verifies it again.
_REMEMBERED = "round-package-"


def _trust_digest(paths: DataPaths | None) -> str | None:
    from desktop.digests import sha256
    from desktop.rounds.signers import trust_files

    digest = sha256()
    try:
        for path in trust_files(paths):
            digest.update(path.read_bytes() if path.is_file() else b"-")
            digest.update(b"\0")
    except OSError:
        return None  # verified all the way, which tells why the list cannot be read
    return digest.hexdigest()


def _memo(paths: DataPaths | None, trust: str | None, package: bytes) -> Path | None:
    """Where ``package``'s verification with the signers ``trust`` names is remembered."""
    if paths is None or trust is None:
        return None
    from desktop.digests import sha256_hex

    return paths.schema_checks / f"{_REMEMBERED}{sha256_hex(package)}-{trust[:32]}.json"


def _remembered(memo: Path | None) -> tuple[str, str] | None:
    """(fingerprint, signer name) of the verified signature, as remembered."""
    if memo is None:
        return None
    from desktop.signing.received import read_received

    try:
        # A small regular file only: a FIFO is not waited on, a large file not read whole.
        kept = safejson.loads(read_received(memo, limit=4096), max_bytes=4096)
    except (OSError, UserError):
        return None
    if not isinstance(kept, dict):
        return None
    fingerprint, name = kept.get("fingerprint"), kept.get("signer_name")
    if not isinstance(fingerprint, str) or not isinstance(name, str):
        return None
    return fingerprint, name


def _remember(memo: Path | None, opened: OpenedPackage) -> None:
    if memo is None:
        return
    import json

    record = {"fingerprint": opened.fingerprint, "signer_name": opened.signer_name}
    partial = memo.with_name(f".{memo.name}.partial")
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        partial.replace(memo)
    except OSError:  # a folder that cannot be written: verified again next time
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def verify_stored(data: bytes, paths: DataPaths | None) -> OpenedPackage:
    """A kept package verified all the way (container, manifest digests, signature, signer
    trusted in ``paths``, or by the shipped list without a data folder); ``UserError``."""
    from desktop.rounds.package import unpack
    from desktop.rounds.signers import read_signers, setting_path, shipped_setting, trusted_signers

    if paths is None:
        return unpack(data, read_signers(shipped_setting()), str(shipped_setting()))
    return unpack(data, trusted_signers(paths), str(setting_path(paths)))


def package_check(paths: DataPaths) -> Callable[[bytes], object]:
    """What a restore verifies each round package of a backup with (all the way, never from
    what is remembered): ``verify_stored`` against the signers trusted in ``paths``."""

    def check(data: bytes) -> object:
        return verify_stored(data, paths)

    return check


def verified(
    stored: Sequence[StoredRoundPackage], paths: DataPaths | None
) -> tuple[tuple[StoredRoundPackage, ...], list[tuple[StoredRoundPackage, UserError]]]:
    """The packages whose signature verifies, each with the signer of its signature (not the
    one written beside it), and those that fail with why; nothing is deleted.

    A package remembered as verified with the same list of trusted signers is not verified
    again (no signature library loaded); any other is, and remembered when it passes."""

    usable: list[StoredRoundPackage] = []
    refused: list[tuple[StoredRoundPackage, UserError]] = []
    trust = _trust_digest(paths) if paths is not None and stored else None  # read once
    for package in stored:
        memo = _memo(paths, trust, package.package)
        signer = _remembered(memo)
        if signer is None:
            try:
                opened = verify_stored(package.package, paths)
            except UserError as exc:
                refused.append((package, exc))
                continue
            _remember(memo, opened)
            signer = (opened.fingerprint, opened.signer_name)
        fingerprint, name = signer
        if (fingerprint, name) != (package.signer_fingerprint, package.signer_name):
            package = package.replace(signer_fingerprint=fingerprint, signer_name=name)
        usable.append(package)
    return tuple(usable), refused


@lru_cache(maxsize=4)
def _cached_with_added(stored: tuple[StoredRoundPackage, ...]) -> Catalog:
    return _with_added(shipped_catalog(), stored)


def _with_added(base: Catalog, stored: Sequence[StoredRoundPackage]) -> Catalog:
    # Loaded only when a round has been added (start-up time).
    from desktop.rounds.layout import files_of
    from desktop.survey.added import check_definition, with_round

    catalog = base
    remembered = _definitions_memo(base)
    for package in stored:
        origin = RoundOrigin(
            package.added_at,
            package.signer_fingerprint,
            package.signer_name,
            package.package_sha256,
        )
        memo = remembered(package)
        passed = memo is not None and memo.is_file()
        try:
            files = files_of(package.package)
            checked = check_definition(catalog, files, complete=True, passed=passed)
        except UserError as exc:
            problem = Unavailable(package.round_id, exc, "rounds.library.unusable")
        else:
            if checked.known:
                continue  # the program now ships this very round
            if checked.round is not None:
                catalog = with_round(catalog, checked, origin)
                if not passed:
                    _touch(memo)
                continue
            problem = _not_usable(package.round_id, checked.problems)
        catalog = catalog.replace(problems=[*catalog.problems, problem])
    return catalog


class _Definition(UserError):
    """What is wrong with a kept package's definition, told in each language."""

    def __init__(self, problems: Sequence[DefinitionProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("rounds.library.refused")

    def message(self, lang: Lang) -> str:
        return " ".join(p.message(lang) for p in self.problems) or "-"


def _not_usable(round_id: str, problems: Sequence[DefinitionProblem]) -> Unavailable:
    """A kept package this version cannot offer: built on a round not offered here (one
    not added, or unavailable itself), or a definition it cannot use."""
    for problem in problems:
        if problem.error.key == "survey.round_definition.previous_unknown":
            previous = str(problem.error.values.get("round", ""))
            return Unavailable(
                round_id, _Definition(problems), "rounds.library.previous_missing", previous
            )
    return Unavailable(round_id, _Definition(problems), "rounds.library.unusable")


# An added round whose definition passed every check beside the shipped catalog and the
# rounds added before it is remembered, as the shipped schemas are (``load_catalog``): by the
# program's version and the digests of the packages, in the order they are added. The next
# start builds it without the checks that read all of it (``check_definition``'s ``passed``).
_DEFINITION = "round-definition-"


def _definitions_memo(base: Catalog) -> Callable[[StoredRoundPackage], Path | None]:
    """What names the record that a package's definition passed, after those before it."""
    from desktop import __version__
    from desktop.digests import sha256_hex
    from desktop.survey.loader import checks_folder

    folder = checks_folder() if base is shipped_catalog() else None
    chain = [__version__]

    def memo(package: StoredRoundPackage) -> Path | None:
        # The bytes kept now, as verified: not the digest recorded beside them.
        chain.append(sha256_hex(package.package))
        if folder is None:
            return None
        return folder / f"{_DEFINITION}{sha256_hex(chr(0).join(chain).encode())}"

    return memo


def _touch(memo: Path | None) -> None:
    if memo is None:
        return
    with contextlib.suppress(OSError):  # a folder that cannot be written: checked next time
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.touch()


def open_package(data: bytes, paths: DataPaths) -> OpenedPackage:
    """A received round package's files, once its container and its signer are accepted."""
    from desktop.rounds.package import unpack
    from desktop.rounds.signers import setting_path, trusted_signers

    return unpack(data, trusted_signers(paths), str(setting_path(paths)))


def check_package(opened: OpenedPackage, catalog: Catalog) -> CheckedRound:
    """Every definition check of an opened package; ``DefinitionRefused`` if any fails."""
    from desktop.survey.added import check_definition

    checked = check_definition(catalog, opened.files, complete=True)
    if checked.problems:
        raise DefinitionRefused("rounds.library.refused", checked.problems)
    return checked


def add_package(store: Store, data: bytes, paths: DataPaths, *, actor: str | None = None) -> Added:
    """Verify, check and keep a received round package; adding it again changes nothing."""
    return add_opened(store, open_package(data, paths), data, actor=actor)


def add_opened(
    store: Store, opened: OpenedPackage, data: bytes, *, actor: str | None = None
) -> Added:
    """Check and keep a package ``open_package`` accepted (``data``, its bytes)."""
    catalog = catalog_for(store)
    checked = check_package(opened, catalog)
    if checked.known:
        assert checked.round_id is not None
        return Added(catalog.round(checked.round_id), False, catalog)
    assert checked.round is not None
    from desktop.storage.round_packages import keep_round_package

    # A kept package of this round that no longer verifies is not offered ("nothing was
    # deleted"): the package verified and checked now takes its place.
    unverified = {p.round_id for p in catalog.problems if isinstance(p, Unavailable)}
    stored = keep_round_package(
        store,
        checked.round.id,
        data,
        sha256=opened.sha256,
        signer_fingerprint=opened.fingerprint,
        signer_name=opened.signer_name,
        actor=actor,
        replacing=checked.round.id in unverified,
    )
    catalog = catalog_for(store)
    return Added(catalog.round(checked.round.id), stored, catalog)


def read_folder(folder: Path) -> dict[str, bytes]:
    """The JSON files of an author's folder (name → bytes), each within the JSON reader's caps."""
    shown = escape(str(folder))
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())
    except OSError:
        raise RoundError("rounds.library.no_folder", path=shown) from None
    if len(paths) > _MAX_FILES:
        raise RoundError("rounds.library.folder_too_many", path=shown, limit=_MAX_FILES)
    files: dict[str, bytes] = {}
    for path in paths:
        try:
            with path.open("rb") as handle:
                raw = handle.read(_MAX_FILE + 1)
            safejson.loads(raw, max_bytes=_MAX_FILE)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise RoundError("folder_file", path=escape(str(path)), reason=reason) from None
        except safejson.SafeJsonError as exc:
            raise FolderFileError(escape(str(path)), exc) from None
        files[path.name] = raw
    return files


def check_folder(folder: Path, catalog: Catalog) -> CheckedRound:
    """Every check of an author's folder (the problems are listed, nothing is raised for them)."""
    from desktop.survey.added import check_definition

    return check_definition(catalog, read_folder(folder), complete=False)


def build_package(folder: Path, catalog: Catalog, key: OrganisationKey) -> tuple[bytes, Round]:
    """The signed package of an author's folder, or ``DefinitionRefused`` with every problem."""
    from desktop.rounds.package import pack

    checked = check_folder(folder, catalog)
    if checked.problems or checked.round_id is None:
        raise DefinitionRefused("rounds.library.not_built", checked.problems)
    rnd = checked.round if checked.round is not None else catalog.round(checked.round_id)
    return pack(checked.files, key), rnd
