"""Loading the round manifests and section schemas, with every check done up front.

A file that is not valid JSON, breaks the meta schema, or is inconsistent
(an ``x-order`` that misses a field, choice labels that do not match the
values, a follow-up naming a field that does not exist, a manifest naming an
unknown section) is reported with its file and the reason. Rounds whose
files are sound stay usable when another file is broken, so last year's
round opens even if a newer file is damaged.
"""

from __future__ import annotations

import _thread
import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from desktop.digests import sha256, sha256_hex
from desktop.errors import UserError
from desktop.paths import schemas_dir
from desktop.plain import Plain
from desktop.survey.model import ListedRound, Round, Section
from desktop.survey.rule_definitions import check_round_pointers
from desktop.survey.section_building import Invalid as _Invalid
from desktop.survey.section_building import build_section as _build_section

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final

    from desktop.survey.model import RoundListing


class SchemaError(UserError):
    """A survey definition file that cannot be used."""


class UnknownRound(UserError):
    """A round the survey definitions do not have."""


class Problem(Plain):
    """Why one file of the survey definitions is not used."""

    # A plain value class (``desktop.plain``): a dataclass compiles its methods at every start.
    __slots__ = ("file", "reason")

    def __init__(self, file: str, reason: str) -> None:
        self.file: Final = file
        self.reason: Final = reason

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"

    def refusal(self, round_id: str) -> UserError | None:
        """Why ``round_id`` is not offered, when this problem is what keeps it out."""
        return None


class Catalog(Plain, mutable=True, unshown=("files", "listed")):
    """Every usable round and section, with the problems of the files that were not."""

    __slots__ = ("files", "listed", "problems", "rounds", "sections")

    def __init__(
        self,
        # Read only: a trusted catalog builds each round and section when first asked for.
        rounds: Mapping[str, Round] | None = None,
        sections: Mapping[str, Section] | None = None,
        problems: list[Problem] | None = None,
        # Each section schema's file as read (by ``$id``): a round package carries them exactly.
        files: Mapping[str, bytes] | None = None,
        # A trusted catalog's rounds as their manifests name them (``listed_rounds``).
        listed: Mapping[str, ListedRound] | None = None,
    ) -> None:
        self.rounds: Mapping[str, Round] = {} if rounds is None else rounds
        self.sections: Mapping[str, Section] = {} if sections is None else sections
        self.problems: list[Problem] = [] if problems is None else problems
        self.files: Mapping[str, bytes] = {} if files is None else files
        self.listed: Mapping[str, ListedRound] = {} if listed is None else listed

    def round(self, round_id: str) -> Round:
        try:
            return self.rounds[round_id]
        except KeyError:
            for problem in self.problems:  # an added round kept out: told with why
                refused = problem.refusal(round_id)
                if refused is not None:
                    raise refused from None
            raise UnknownRound(
                "survey.form.unknown_round",
                round=round_id,
                known=", ".join(self.round_ids()) or "-",
            ) from None

    def round_ids(self) -> list[str]:
        return sorted(self.rounds, key=_round_sort_key)

    def ordered_rounds(self) -> list[Round]:
        return [self.rounds[r] for r in self.round_ids()]

    def listed_rounds(self) -> list[RoundListing]:
        """The rounds in order as a list of them shows them: a trusted catalog's without
        reading their sections (start-up time)."""
        return [self.listed.get(r) or self.rounds[r] for r in self.round_ids()]

    def raise_problems(self) -> None:
        if self.problems:
            raise SchemaError(
                "survey.form.schema_files", problems="\n".join(f"- {p}" for p in self.problems)
            )


class _BuiltWhenRead(Mapping[str, "Any"]):
    """A mapping whose values are built when first read, once (from any thread)."""

    def __init__(self, keys: Iterable[str], build: Callable[[str], Any]) -> None:
        self._keys = dict.fromkeys(keys)  # in the order given
        self._build = build
        self._built: dict[str, Any] = {}
        # _thread, which threading is built on, comes with the interpreter (start-up time).
        self._lock = _thread.allocate_lock()

    def __getitem__(self, key: str) -> Any:
        found = self._built.get(key)
        if found is not None:
            return found
        if key not in self._keys:
            raise KeyError(key)
        with self._lock:
            if key not in self._built:
                self._built[key] = self._build(key)
            return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __repr__(self) -> str:
        return repr(dict(self))


class Beside(Mapping[str, "Any"]):
    """``front`` read before ``back``, neither copied: what ``back`` builds when first read
    (``_BuiltWhenRead``) stays unbuilt until asked for."""

    def __init__(self, front: Mapping[str, Any], back: Mapping[str, Any]) -> None:
        self._front = front
        self._back = back

    def __getitem__(self, key: str) -> Any:
        if key in self._front:
            return self._front[key]
        return self._back[key]

    def __iter__(self) -> Iterator[str]:
        yield from self._front
        yield from (key for key in self._back if key not in self._front)

    def __len__(self) -> int:
        return len(self._front) + sum(1 for key in self._back if key not in self._front)

    def __contains__(self, key: object) -> bool:
        return key in self._front or key in self._back

    def __repr__(self) -> str:
        return f"Beside({self._front!r}, {self._back!r})"


def _round_sort_key(round_id: str) -> tuple[int, ...]:
    return tuple(int(p) for p in round_id.split("-") if p.isdigit())


def _parse(raw: bytes, *, checked: bool = False) -> Any:
    """The JSON document in ``raw``; refused when not UTF-8 JSON or when a key repeats.

    ``checked``: these very bytes passed every check before (``load_catalog``'s
    marker), so the parser's C path reads them to the same document.
    """
    if checked:
        return json.loads(raw)
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError as exc:
        raise _Invalid(f"not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise _Invalid(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # built in C; a key given twice shows as a shorter dict
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Invalid(f"the key {key!r} appears twice")
            seen.add(key)
    return result


def _meta_check(validator: Any, document: Any) -> None:
    errors = list(validator.iter_errors(document))
    if errors:
        first = min(errors, key=lambda e: len(list(e.instance_path)))
        where = "/" + "/".join(str(p) for p in first.instance_path)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise _Invalid(f"at {where}: {first.message}{more}")


def _build_round(
    name: str,
    sha256: str,
    manifest: dict[str, Any],
    sections: Mapping[str, Section],
    *,
    trusted: bool = False,
) -> Round:
    """The round of ``manifest``, over ``sections``.

    ``trusted``: the file passed every check before; its earlier schemas (for
    answers given with them) are built when first asked for (start-up time).
    """
    if name != f"{manifest['id']}.json":
        raise _Invalid(f"the file should be named {manifest['id']}.json after its id")
    try:
        opens = date.fromisoformat(manifest["opens"])
        closes = date.fromisoformat(manifest["closes"])
    except ValueError as exc:
        raise _Invalid(f"a date is not valid: {exc}") from exc
    if closes < opens:
        raise _Invalid("the round closes before it opens")
    if trusted:
        chosen = [sections[entry["schema"]] for entry in manifest["sections"]]
        named = {entry["id"]: tuple(entry.get("earlier", ())) for entry in manifest["sections"]}
        earlier: Mapping[str, tuple[Section, ...]] = _BuiltWhenRead(
            named, lambda key: tuple(sections[schema_id] for schema_id in named[key])
        )
    else:
        chosen, earlier = _round_sections(manifest, sections)
    return Round(
        id=manifest["id"],
        title=manifest["title"],
        description=manifest.get("description", {}),
        opens=opens,
        closes=closes,
        organisers=tuple(manifest["organisers"]),
        sections=tuple(chosen),
        previous=manifest.get("previous"),
        changes=manifest.get("changes", {}),
        earlier=earlier,
        sha256=sha256,
        source=name,
    )


def _round_sections(
    manifest: dict[str, Any], sections: Mapping[str, Section]
) -> tuple[list[Section], dict[str, tuple[Section, ...]]]:
    """The sections of a round's manifest, and the earlier schemas of each, checked."""
    chosen: list[Section] = []
    earlier: dict[str, tuple[Section, ...]] = {}
    for entry in manifest["sections"]:
        before = [sections.get(schema_id) for schema_id in entry.get("earlier", ())]
        for schema_id, found in zip(entry.get("earlier", ()), before, strict=True):
            if found is None or found.id != entry["id"]:
                raise _Invalid(
                    f"section {entry['id']} names an unknown or broken earlier schema {schema_id}"
                )
        earlier[entry["id"]] = tuple(s for s in before if s is not None)
        section = sections.get(entry["schema"])
        if section is None:
            raise _Invalid(
                f"section {entry['id']} uses an unknown or broken schema {entry['schema']}"
            )
        if section.id != entry["id"]:
            raise _Invalid(f"section {entry['id']} points to a schema of section {section.id}")
        chosen.append(section)
    ids = [s.id for s in chosen]
    if len(set(ids)) != len(ids):
        raise _Invalid("a section appears twice")
    try:
        check_round_pointers(chosen)
    except ValueError as exc:
        raise _Invalid(str(exc)) from exc
    return chosen, earlier


def _files(directory: Path) -> Sequence[Path]:
    """The ``*.json`` files of ``directory`` in order of name (as ``Path.glob`` finds them,
    without compiling its pattern at every start)."""
    try:
        with os.scandir(directory) as entries:
            names = [e.name for e in entries if os.path.normcase(e.name).endswith(".json")]
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []
    return [directory / name for name in sorted(names, key=os.path.normcase)]


def _stat_all(paths: Sequence[Path], problem: Callable[[Path, str], None]) -> list[_File]:
    files = []
    for path in paths:
        try:
            files.append(_File(path, path.stat()))
        except OSError as exc:
            problem(path, exc.strerror or str(exc))
    return files


def _read_all(files: Sequence[_File], problem: Callable[[Path, str], None]) -> list[_File]:
    """``files`` read now, each that cannot be read told as a problem and left out."""
    read = []
    for file in files:
        try:
            _ = file.raw  # read now: a file that cannot be read is told here
        except OSError as exc:
            problem(file.path, exc.strerror or str(exc))
        else:
            read.append(file)
    return read


class _File:
    """A definition file, read and hashed (SHA-256, hex) when first asked for: a trusted
    catalog reads only the files of the round a command is about (start-up time)."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("_raw", "_sha256", "path", "stamp")

    def __init__(self, path: Path, found: os.stat_result) -> None:
        self.path = path
        # What tells this file from any changed one without reading it: its size and the times
        # it was last written and (on Linux) last changed in any way, to the nanosecond.
        self.stamp = f"{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}"
        self._raw: bytes | None = None
        self._sha256: str | None = None

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = self.path.read_bytes()
        return self._raw

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = sha256_hex(self.trusted_raw())
        return self._sha256

    def trusted_raw(self) -> bytes:
        """The bytes of a file that passed its checks; a file gone since is told as such."""
        try:
            return self.raw
        except OSError as exc:
            raise SchemaError(
                "survey.form.schema_file", file=str(self.path), reason=exc.strerror or str(exc)
            ) from exc


def _digest(meta: Sequence[_File], files: Sequence[_File]) -> str:
    """What names the record that these files passed their checks with this version: the
    version and each file's name and stamp (a changed file is checked again)."""
    from desktop import __version__

    digest = sha256(__version__.encode())
    for file in [*meta, *files]:
        digest.update(f"{file.path.name}\0{file.stamp}\0".encode())
    return digest.hexdigest()


def load_catalog(root: Path | None = None, *, checks: Path | None = None) -> Catalog:
    """Read ``schemas/``: the meta schemas, every section and every round.

    Every file is checked against the meta schemas and compiled. With
    ``checks`` (a folder), files that passed once are not checked again: a
    file named by the hash of the program's version and of every schema
    file records that they passed, so a changed or added file is checked
    anew. The validators are then compiled when answers are first checked,
    and each round and section is built when it is first asked for.
    """
    root = root or schemas_dir()
    catalog = Catalog()

    def problem(path: Path, reason: str) -> None:
        catalog.problems.append(Problem(str(path.relative_to(root)), reason))

    meta_paths = [root / "meta" / f"{n}.schema.json" for n in ("section", "round")]
    try:
        meta_files = [_File(path, path.stat()) for path in meta_paths]
    except OSError as exc:
        raise SchemaError(
            "survey.form.schema_file", file=str(root / "meta"), reason=str(exc)
        ) from exc
    sections = _stat_all(_files(root / "sections"), problem)
    rounds = _stat_all(_files(root / "rounds"), problem)
    marker = checks / f"schemas-{_digest(meta_files, [*sections, *rounds])}" if checks else None
    if marker is not None and marker.is_file() and not catalog.problems:
        return _trusted(sections, rounds)
    try:
        meta = [file.raw for file in meta_files]
    except OSError as exc:
        raise SchemaError(
            "survey.form.schema_file", file=str(root / "meta"), reason=str(exc)
        ) from exc
    sections = _read_all(sections, problem)
    rounds = _read_all(rounds, problem)
    from desktop.survey.schema_engine import jsonschema_rs

    try:
        section_meta = jsonschema_rs.validator_for(json.loads(meta[0].decode("utf-8")))
        round_meta = jsonschema_rs.validator_for(
            json.loads(meta[1].decode("utf-8")), validate_formats=True
        )
    except ValueError as exc:
        raise SchemaError(
            "survey.form.schema_file", file=str(root / "meta"), reason=str(exc)
        ) from exc

    built_sections: dict[str, Section] = {}
    files: dict[str, bytes] = {}
    for file in sections:
        try:
            document = _parse(file.raw)
            _meta_check(section_meta, document)
            section = _build_section(file.path.name, file.sha256, document, compile=True)
            if section.schema_id in built_sections:
                raise _Invalid(f"{section.schema_id} is defined twice")
            built_sections[section.schema_id] = section
            files[section.schema_id] = file.raw
        except _Invalid as exc:
            problem(file.path, str(exc))

    built_rounds: dict[str, Round] = {}
    for file in rounds:
        try:
            document = _parse(file.raw)
            _meta_check(round_meta, document)
            rnd = _build_round(file.path.name, file.sha256, document, built_sections)
            if rnd.id in built_rounds:
                raise _Invalid(f"round {rnd.id} is defined twice")
            built_rounds[rnd.id] = rnd
        except _Invalid as exc:
            problem(file.path, str(exc))
    from desktop.survey.lineage import check_previous_rounds  # a trusted catalog needs none

    for round_id, reasons in check_previous_rounds(built_rounds).items():
        problem(root / "rounds" / built_rounds.pop(round_id).source, "; ".join(reasons))
    catalog.sections, catalog.rounds, catalog.files = built_sections, built_rounds, files
    if marker is not None and not catalog.problems:
        with contextlib.suppress(OSError):  # only a check repeated next time
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
    return catalog


def _trusted(sections: Sequence[_File], rounds: Sequence[_File]) -> Catalog:
    """The catalog of files that passed every check before, as ``load_catalog`` builds it.

    Each round and section is built when first asked for: a command about one
    round reads only that round's schemas (start-up time). The files passed
    every check, so each is named as its ``$id`` or ``id`` says.
    """

    def schema_id(file: _File) -> str:
        section, _, version = file.path.stem.rpartition("-")
        return f"urn:tilannekuva:section:{section}:{version}"

    section_files = {schema_id(file): file for file in sections}
    round_files = {file.path.stem: file for file in rounds}

    def section(key: str) -> Section:
        file = section_files[key]
        return _build_section(
            file.path.name, file.sha256, _parse(file.trusted_raw(), checked=True), compile=False
        )

    built_sections: Mapping[str, Section] = _BuiltWhenRead(section_files, section)

    def round_(key: str) -> Round:
        file = round_files[key]
        document = _parse(file.trusted_raw(), checked=True)
        return _build_round(file.path.name, file.sha256, document, built_sections, trusted=True)

    def listed(file: _File) -> ListedRound:
        manifest = _parse(file.trusted_raw(), checked=True)
        opens, closes = (
            date.fromisoformat(manifest["opens"]),
            date.fromisoformat(manifest["closes"]),
        )
        return ListedRound(manifest["id"], manifest["title"], opens, closes)

    return Catalog(
        rounds=_BuiltWhenRead(round_files, round_),
        sections=built_sections,
        files=_BuiltWhenRead(section_files, lambda key: section_files[key].trusted_raw()),
        listed={key: listed(file) for key, file in round_files.items()},
    )


_checks_folder: list[Path] = []


def remember_checks_in(folder: Path) -> None:
    """Let ``shipped_catalog`` keep in ``folder`` that the shipped schemas passed their checks.

    Called by the program before it first reads the catalog; without it every
    file is checked at every start.
    """
    _checks_folder[:] = [folder]


def checks_folder() -> Path | None:
    """Where checks passed are remembered (``remember_checks_in``); None: nowhere."""
    return _checks_folder[0] if _checks_folder else None


@cache
def shipped_catalog() -> Catalog:
    """The catalog of the schemas shipped with the program, read once per process."""
    return load_catalog(checks=_checks_folder[0] if _checks_folder else None)
