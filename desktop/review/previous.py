"""Where a round's "previous" answers come from.

They are the answers of the round the manifest names as ``previous``: its
latest submission, read from the signed package kept in the database (what
was sent, not rows that may have been edited since); or, when that round was
never submitted here, its saved answers, marked as unsent. The contact
answers the profile filled into an unsent round are the profile's, not that
round's: they are left out. When the previous round has no answers here at
all (skipped: never answered, never sent), the rounds before it are looked
at along the ``previous`` chain, and the latest with answers is used, its
questions lined up through every manifest's ``changes`` on the way. The
package is read as received files are (``safezip``, ``safejson``), and the
answers are lined up with the schemas they were given with.

A package is read once per process for its SHA-256, so showing the previous
answer beside every question of a 500-question section costs a dictionary
look-up each.
"""

from __future__ import annotations

from desktop.digests import sha256_hex
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.plain import Plain
from desktop.storage import Store
from desktop.survey import Catalog, Round, UnknownRound
from desktop.survey.lineage import Lineage, all_versions, questions, targets_of
from desktop.survey.previous_values import PreviousAnswers, Source

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

SURVEY_NAME = "survey.json"  # as desktop.export.package names it; not imported from there,
# since the window loads this module at start and the package builder only to export


class Submitted(Plain):
    """What a stored submission's package says: the round as answered and its answers."""

    __slots__ = ("answers", "explanations", "round")

    def __init__(
        self, round: Round, answers: dict[str, JSONObject], explanations: tuple[JSONObject, ...]
    ) -> None:
        self.round: Final = round
        self.answers: Final = answers
        self.explanations: Final = explanations


Changed = str | list[str] | None  # where a question went (``desktop.survey.lineage``)

_read: dict[str, Submitted | None] = {}


def read_package(catalog: Catalog, package: bytes, digest: str) -> Submitted | None:
    """The answers of a package this program keeps; None when it cannot be read as one."""
    if digest in _read:
        return _read[digest]
    from desktop.safejson import SafeJsonError, loads
    from desktop.signing.safezip import SafeZipError, read_zip

    found: Submitted | None = None
    try:
        members = {m.name: m.data for m in read_zip(package)}
        document = loads(members[SURVEY_NAME])
        found = _submitted(catalog, document)
    except (KeyError, SafeZipError, SafeJsonError, UnknownRound, TypeError, ValueError):
        found = None
    _read[digest] = found
    return found


def _submitted(catalog: Catalog, document: JSONValue) -> Submitted | None:
    if not isinstance(document, dict):
        return None
    rnd = catalog.round(str(document["round"]))
    entries = document.get("schemas")
    listed = {
        str(e["section"]): str(e["id"])
        for e in (entries if isinstance(entries, list) else [])
        if isinstance(e, dict)
    }
    rnd = rnd.as_given(listed) or rnd
    raw = document.get("answers")
    answers = {
        k: v for k, v in (raw.items() if isinstance(raw, dict) else ()) if isinstance(v, dict)
    }
    notes = document.get("explanations")
    explanations = tuple(
        e for e in (notes if isinstance(notes, list) else []) if isinstance(e, dict)
    )
    return Submitted(rnd, answers, explanations)


def submitted(store: Store, catalog: Catalog, round_id: str, number: int) -> Submitted | None:
    """A stored submission of ``round_id`` as its package says; None when the package cannot
    be read, or its bytes are no longer those recorded when it was sent (altered since)."""
    match = [s for s in store.submissions(round_id) if s.number == number]
    if not match:
        return None
    digest = match[0].package_sha256
    if digest in _read:
        return _read[digest]  # read once per process: the files need not be fetched again
    package, _report = store.submission_files(round_id, number)
    if sha256_hex(package) != digest:
        return None  # not what was sent: nothing of it passes for the submission
    return read_package(catalog, package, digest)


def answers_of(
    store: Store, catalog: Catalog, round_id: str
) -> tuple[Source, Round, dict[str, JSONObject]]:
    """A round's answers as "previous": its latest submission, else its saved answers (of a
    round sent whose packages all fail the check, marked so: never as "not sent")."""
    rnd = catalog.round(round_id)
    entries = store.submissions(round_id)
    for entry in reversed(entries):
        found = submitted(store, catalog, round_id, entry.number)
        if found is not None:
            return Source(round_id, entry.number, entry.submitted_at), found.round, found.answers
    saved = store.round_answers(round_id)
    answers = {k: v for k, v in saved.items() if rnd.section(k) is not None}
    source = Source(round_id, None, unverified=bool(entries))
    return source, rnd, _without_profile_contact(store, answers)


def _without_profile_contact(store: Store, answers: dict[str, JSONObject]) -> dict[str, JSONObject]:
    """An unsent round's answers without the contact answers the profile filled in (equal to
    the profile's): they are the profile's, which every open round shows as its own answer."""
    profile = store.profile()
    if profile is None:
        return answers
    kept = {section: dict(values) for section, values in answers.items()}
    for pointer, value in profile.contact().items():
        _, section, key = pointer.split("/")
        if value and kept.get(section, {}).get(key) == value:
            del kept[section][key]
    return {section: values for section, values in kept.items() if values}


def previous_answers(store: Store, catalog: Catalog, round_id: str) -> PreviousAnswers | None:
    """The previous round's answers lined up with ``round_id``'s questions: the latest round
    along the ``previous`` chain that has answers here (normally the previous round itself);
    None when the round has no previous round, or none of them was answered here."""
    rnd = catalog.round(round_id)
    skipped: list[Round] = []  # the rounds passed over, newest first
    seen = {rnd.id}
    earlier = rnd.previous
    while earlier is not None and earlier in catalog.rounds and earlier not in seen:
        seen.add(earlier)
        source, as_given, answers = answers_of(store, catalog, earlier)
        if answers:
            return PreviousAnswers(source, _lineage(rnd, as_given, tuple(skipped)), answers)
        if source.sent or source.unverified:
            return None
        skipped.append(catalog.round(earlier))
        earlier = skipped[-1].previous
    return None


_lineages: dict[tuple[object, ...], Lineage] = {}


def _lineage(rnd: Round, previous: Round, skipped: tuple[Round, ...] = ()) -> Lineage:
    # The manifests and schemas decide the lineage; their hashes name them (and change with
    # any edit).
    key = (
        (rnd.id, rnd.sha256),
        (previous.id, previous.sha256),
        tuple(s.sha256 or s.schema_id for s in rnd.sections),
        tuple(s.sha256 or s.schema_id for s in previous.sections),
        tuple((r.id, r.sha256) for r in skipped),
    )
    if key not in _lineages:
        current = rnd.replace(changes=_through(rnd, previous, skipped)) if skipped else rnd
        _lineages[key] = Lineage.between(current, previous)
    return _lineages[key]


def _through(rnd: Round, previous: Round, skipped: tuple[Round, ...]) -> dict[str, Changed]:
    """The ``changes`` from ``previous`` straight to ``rnd``: each of ``previous``'s questions
    followed through the ``changes`` of every skipped round (oldest first) and of ``rnd``."""
    steps = [*reversed(skipped), rnd]
    composed: dict[str, Changed] = {}
    for pointer in questions(all_versions(previous)):
        targets: list[str] = [pointer]
        split = False
        for step in steps:
            following = [t for target in targets for t in targets_of(step.changes, target)]
            split = split or any(len(targets_of(step.changes, t)) > 1 for t in targets)
            targets = list(dict.fromkeys(following))
        if targets == [pointer] and not split:
            continue
        if not targets:
            composed[pointer] = None
        elif len(targets) == 1 and not split:
            composed[pointer] = targets[0]
        else:
            composed[pointer] = targets
    return composed
