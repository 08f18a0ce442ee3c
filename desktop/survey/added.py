"""A round that did not ship with the program, checked exactly as the shipped ones are.

A round's definition is a manifest (``2023-1.json``) and the section schemas
it names (``premises-7.json``). Before such a round joins the catalog every
file is held to the meta schemas, every visible text must exist in Finnish
and Swedish, the rules' expressions and pointers must resolve, the
``changes`` mapping must name questions the previous round and this one
really have, a question kept under the same pointer must keep its kind, and
a schema ``$id`` the program already has must come with exactly the same
bytes: a published schema is never edited, and answers carry each schema's
hash, so two contents under one ``$id`` would make signed answers ambiguous.

Every problem is reported with its file and JSON pointer; the catalog is
changed only by ``with_round``, and only with a round that has none.
"""

from __future__ import annotations

import json
import re
from functools import cache

from desktop.digests import sha256_hex
from desktop.errors import UserError
from desktop.i18n import REQUIRED_LANGS, Lang
from desktop.paths import schemas_dir
from desktop.plain import Plain
from desktop.survey.lineage import all_versions, check_changes, questions, targets_of
from desktop.survey.loader import Beside, Catalog, _build_round, _parse
from desktop.survey.model import Round, RoundOrigin, Section
from desktop.survey.section_building import Invalid as _Invalid
from desktop.survey.section_building import build_section as _build_section
from desktop.untrusted import escape

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from typing import Any, Final

MANIFEST_FILE: Final = re.compile(r"[0-9]{4}-[0-9]{1,2}\.json")
SECTION_FILE: Final = re.compile(r"[a-z][a-z0-9_]*-[1-9][0-9]*\.json")
_TEXT_KEYS: Final = ("x-title", "x-description", "x-label", "x-help", "x-unit", "x-none")


class DefinitionError(UserError):
    """Why one file of a round's definition cannot be used."""


class DefinitionProblem(Plain):
    """One problem: the file, the JSON pointer inside it ("" for the whole file), and why."""

    __slots__ = ("error", "file", "pointer")

    def __init__(self, file: str, pointer: str, error: DefinitionError) -> None:
        self.file: Final = file
        self.pointer: Final = pointer
        self.error: Final = error

    def message(self, lang: Lang) -> str:
        where = f"{self.file} {self.pointer}" if self.pointer else self.file
        # A package's own text (a value quoted by the meta schema check) is data: escaped.
        return escape(f"{where}: {self.error.message(lang)}")


class CheckedRound(Plain, mutable=True):
    """A round's definition after every check: the round when there was no problem."""

    __slots__ = ("files", "known", "new_sections", "problems", "round", "round_id")

    def __init__(
        self,
        round: Round | None = None,
        round_id: str | None = None,
        # Every file of the round (name → bytes): those given and, for a folder, the shipped
        # schemas its manifest names, so a package made from them is complete.
        files: dict[str, bytes] | None = None,
        new_sections: dict[str, Section] | None = None,
        problems: list[DefinitionProblem] | None = None,
        # The catalog already has this very round (the same manifest bytes).
        known: bool = False,
    ) -> None:
        self.round = round
        self.round_id = round_id
        self.files: dict[str, bytes] = {} if files is None else files
        self.new_sections: dict[str, Section] = {} if new_sections is None else new_sections
        self.problems: list[DefinitionProblem] = [] if problems is None else problems
        self.known = known

    def problem(self, file: str, at: str, key: str, /, **values: object) -> None:
        error = DefinitionError(f"survey.round_definition.{key}", **values)
        self.problems.append(DefinitionProblem(file, at, error))


def sha256(raw: bytes) -> str:
    return sha256_hex(raw)


@cache
def _meta_validators() -> tuple[Any, Any]:
    from desktop.survey.schema_engine import jsonschema_rs

    meta = schemas_dir() / "meta"
    section = json.loads((meta / "section.schema.json").read_text("utf-8"))
    manifest = json.loads((meta / "round.schema.json").read_text("utf-8"))
    return (
        jsonschema_rs.validator_for(section),
        jsonschema_rs.validator_for(manifest, validate_formats=True),
    )


def check_definition(
    catalog: Catalog, files: Mapping[str, bytes], *, complete: bool, passed: bool = False
) -> CheckedRound:
    """Check the round ``files`` (file name → bytes) define, beside ``catalog``.

    With ``complete`` (a package) every schema the manifest names must be
    among the files; otherwise (an author's folder) a schema the catalog has
    is taken from it.

    ``passed``: these very files passed every check before, beside the same
    catalog (remembered by the caller, as ``load_catalog`` remembers the
    shipped schemas). The round is then built without the checks that read
    every part of it: the meta schemas, the texts, the schemas compiled, the
    questions the changes name. What ties it to the catalog (an ``$id`` or a
    round already there, the previous round) is checked all the same.
    """
    checked = CheckedRound(files=dict(files))
    manifests = sorted(name for name in files if MANIFEST_FILE.fullmatch(name))
    for name in sorted(files):
        if not MANIFEST_FILE.fullmatch(name) and not SECTION_FILE.fullmatch(name):
            checked.problem(name, "", "file_name", name=name)
    if not manifests:
        checked.problem("-", "", "no_manifest")
    elif len(manifests) > 1:
        checked.problem(manifests[0], "", "several_manifests", names=", ".join(manifests))
    sections = _check_sections(catalog, files, checked, passed)
    if len(manifests) == 1:
        # The manifest's own problems are told even while a schema is broken; what needs
        # the schemas (the round built from them) waits until they are sound.
        sound = not checked.problems
        manifest = files[manifests[0]]
        _check_round(catalog, manifests[0], manifest, sections, checked, complete, sound, passed)
    if checked.problems:
        checked.round = None
    return checked


def _meta_problems(validator: Any, document: Any, file: str, checked: CheckedRound) -> bool:
    found = False
    for error in validator.iter_errors(document):
        pointer = "".join(f"/{_escape(part)}" for part in error.instance_path)
        checked.problem(file, pointer or "/", "meta", reason=error.message)
        found = True
    return found


def _escape(part: object) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def _text_problems(document: Any, file: str, checked: CheckedRound) -> None:
    for pointer, value in _texts(document):
        for lang in REQUIRED_LANGS:
            text = value.get(lang) if isinstance(value, dict) else None
            if not isinstance(text, str) or not text.strip():
                checked.problem(file, pointer, "text_missing", language=lang)


def _texts(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every visible text of a definition: x- annotations, choice labels, titles, organisers."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{_escape(key)}"
            if key == "properties" and isinstance(value, dict):
                for name, child in value.items():  # field names, never texts themselves
                    yield from _texts(child, f"{here}/{_escape(name)}")
            elif key in _TEXT_KEYS or (key in ("title", "description") and isinstance(value, dict)):
                yield here, value
            elif key in ("x-options", "label", "message") and isinstance(value, dict):
                if key == "x-options":
                    for option, label in value.items():
                        yield f"{here}/{_escape(option)}", label
                else:
                    yield here, value
            elif key == "organisers" and isinstance(value, list):
                for index, label in enumerate(value):
                    yield f"{here}/{index}", label
            else:
                yield from _texts(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{where}/{index}")


def _check_sections(
    catalog: Catalog, files: Mapping[str, bytes], checked: CheckedRound, passed: bool
) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    for name in sorted(n for n in files if SECTION_FILE.fullmatch(n)):
        raw = files[name]
        try:
            document = _parse(raw, checked=passed)
        except _Invalid as exc:
            checked.problem(name, "", "invalid", reason=str(exc))
            continue
        if not passed:
            if _meta_problems(_meta_validators()[0], document, name, checked):
                continue
            _text_problems(document, name, checked)
        schema_id = document["$id"]
        known = catalog.sections.get(schema_id)
        if known is not None and known.sha256 != sha256(raw):
            checked.problem(
                name, "/$id", "id_collision", id=schema_id, known=known.sha256, given=sha256(raw)
            )
            continue
        if schema_id in sections:
            checked.problem(name, "/$id", "twice", id=schema_id)
            continue
        if known is not None:
            sections[schema_id] = known
            continue
        try:
            section = _build_section(name, sha256(raw), document, compile=not passed)
        except _Invalid as exc:
            checked.problem(name, "", "invalid", reason=str(exc))
            continue
        sections[schema_id] = section
        checked.new_sections[schema_id] = section
    return sections


def _check_round(
    catalog: Catalog,
    name: str,
    raw: bytes,
    sections: dict[str, Section],
    checked: CheckedRound,
    complete: bool,
    sound: bool,
    passed: bool,
) -> None:
    try:
        manifest = _parse(raw, checked=passed)
    except _Invalid as exc:
        checked.problem(name, "", "invalid", reason=str(exc))
        return
    if not passed:
        if _meta_problems(_meta_validators()[1], manifest, name, checked):
            return
        _text_problems(manifest, name, checked)
    round_id = manifest["id"]
    checked.round_id = round_id
    existing = catalog.rounds.get(round_id)
    if existing is not None:
        if existing.sha256 != sha256(raw):
            checked.problem(name, "/id", "round_exists", round=round_id)
            return
        checked.known = True  # checked all the same: an author may publish it again
        catalog = catalog.replace(rounds={k: v for k, v in catalog.rounds.items() if k != round_id})
    previous = manifest.get("previous")
    earlier = catalog.rounds.get(previous) if previous else None
    if previous and earlier is None:
        checked.problem(name, "/previous", "previous_unknown", round=previous)
    changes: Mapping[str, Any] = manifest.get("changes", {})
    if changes and not previous:
        checked.problem(name, "/changes", "changes_without_previous")
    if earlier is not None and not passed:
        _check_old_pointers(changes, earlier, name, checked)
    if not sound:
        return
    named = _named_schemas(manifest)
    for index, schema_id in named.items():
        if schema_id in sections:
            continue
        if not complete and schema_id in catalog.sections and schema_id in catalog.files:
            known = catalog.sections[schema_id]
            checked.files[known.source] = catalog.files[schema_id]
            sections[schema_id] = known
            continue
        key = "schema_missing_package" if complete else "schema_missing_folder"
        checked.problem(name, index, key, id=schema_id)
    for schema_id, section in sections.items():
        if schema_id not in named.values():
            checked.problem(section.source, "", "unused_file")
    if checked.problems:
        return
    try:
        # Over the catalog's sections as they are: a shipped section is built only if named.
        rnd = _build_round(
            name, sha256(raw), manifest, Beside(sections, catalog.sections), trusted=passed
        )
    except _Invalid as exc:
        checked.problem(name, "", "invalid", reason=str(exc))
        return
    if earlier is not None and not passed:
        _check_new_pointers(rnd, earlier, name, checked)
        _check_kinds(rnd, earlier, name, checked)
    checked.round = rnd


def _named_schemas(manifest: Mapping[str, Any]) -> dict[str, str]:
    """Pointer in the manifest → the schema ``$id`` named there."""
    named: dict[str, str] = {}
    for index, entry in enumerate(manifest["sections"]):
        named[f"/sections/{index}/schema"] = entry["schema"]
        for position, schema_id in enumerate(entry.get("earlier", ())):
            named[f"/sections/{index}/earlier/{position}"] = schema_id
    return named


def _check_old_pointers(
    changes: Mapping[str, Any], earlier: Round, name: str, checked: CheckedRound
) -> None:
    """Every question the changes move or remove is one the previous round asked."""
    asked = questions(all_versions(earlier))
    for old in changes:
        if old not in asked:
            here = f"/changes/{_escape(old)}"
            checked.problem(name, here, "changes_old", pointer=old, round=earlier.id)


def _check_new_pointers(rnd: Round, earlier: Round, name: str, checked: CheckedRound) -> None:
    """Every question the changes lead to is one of this round, of the same shape; and
    anything else the shipped rounds are held to (``lineage.check_changes``)."""
    asked = questions(all_versions(rnd))
    before = len(checked.problems)
    for old in rnd.changes:
        for target in targets_of(rnd.changes, old):
            if target not in asked:
                checked.problem(name, f"/changes/{_escape(old)}", "changes_new", pointer=target)
    if len(checked.problems) == before:
        for reason in check_changes(rnd, earlier):
            checked.problem(name, "/changes", "invalid", reason=reason)


def _check_kinds(rnd: Round, earlier: Round, name: str, checked: CheckedRound) -> None:
    for section in rnd.sections:
        before = earlier.section(section.id)
        if before is None:
            continue
        for question in section.fields:
            old = before.field(question.key)
            pointer = f"/{section.id}/{question.key}"
            if old is None or old.kind == question.kind or pointer in rnd.changes:
                continue
            checked.problem(
                section.source,
                f"/properties/{question.key}",
                "kind_changed",
                pointer=pointer,
                round=earlier.id,
                old=old.kind.value,
                new=question.kind.value,
            )


def with_round(catalog: Catalog, checked: CheckedRound, origin: RoundOrigin) -> Catalog:
    """A new catalog: ``catalog`` and the checked round beside it (``catalog`` is unchanged)."""
    if checked.round is None:
        raise ValueError("a round with problems cannot join the catalog")
    rnd = checked.round.replace(origin=origin)
    files = {
        schema_id: checked.files[section.source]
        for schema_id, section in checked.new_sections.items()
    }
    # Beside the catalog's own mappings, not copied from them: a trusted catalog builds each
    # round and section when first read, and a copy would build them all (start-up time).
    return Catalog(
        rounds=Beside({rnd.id: rnd}, catalog.rounds),
        sections=Beside(dict(checked.new_sections), catalog.sections),
        problems=list(catalog.problems),
        files=Beside(files, catalog.files),
        listed=catalog.listed,
    )
