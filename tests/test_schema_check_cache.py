"""The survey definitions are checked once per installed version, and again when a file changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop.paths import schemas_dir
from desktop.survey import load_catalog, validate_round
from desktop.survey.loader import SchemaError

if TYPE_CHECKING:  # the model declares it for the type checker only
    from desktop.survey.model import RoundListing


def test_checked_once_then_trusted_until_a_file_changes(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    checks = tmp_path / "checks"
    first = load_catalog(root, checks=checks)
    assert not first.problems
    assert len(list(checks.iterdir())) == 1  # the passed check is remembered

    again = load_catalog(root, checks=checks)
    assert again.round_ids() == first.round_ids()
    # Answers are still validated with the trusted schemas (compiled when first needed).
    problems = validate_round(again.round("2022-1"), {"premises": {"lease_status": "nonsense"}})
    assert any(p.pointer == "/premises/lease_status" for p in problems)

    # A file changed after the check is checked again, and its problem is reported.
    path = root / "sections" / "premises-1.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["x-title"] = 12
    path.write_text(json.dumps(schema), "utf-8")
    changed = load_catalog(root, checks=checks)
    assert str(Path("sections") / "premises-1.json") in [p.file for p in changed.problems]
    assert len(list(checks.iterdir())) == 1  # nothing remembered for a catalog with problems


def test_without_a_folder_every_start_checks(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    path = root / "rounds" / "2022-1.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["opens"] = "ei päivä"
    path.write_text(json.dumps(manifest), "utf-8")
    assert load_catalog(root).problems
    assert load_catalog(root).problems


def test_a_trusted_catalog_is_the_one_that_was_checked(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    checks = tmp_path / "checks"
    first = load_catalog(root, checks=checks)
    again = load_catalog(root, checks=checks)  # read without the checks that passed
    assert again.sections == first.sections
    assert again.rounds == first.rounds
    assert again.files == first.files


def test_a_key_given_twice_after_the_check_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    checks = tmp_path / "checks"
    assert not load_catalog(root, checks=checks).problems
    path = root / "sections" / "premises-1.json"
    text = path.read_text("utf-8")
    path.write_text(text.replace("{", '{"x-title": {"fi": "Toinen"}, ', 1), "utf-8")
    changed = load_catalog(root, checks=checks)
    reasons = [p.reason for p in changed.problems if p.file.endswith("premises-1.json")]
    assert reasons and "appears twice" in reasons[0], changed.problems


def test_the_rounds_listed_before_their_sections_are_read_are_the_rounds(tmp_path: Path) -> None:
    # The window lists the rounds from their manifests alone, then reads the one it shows.
    from datetime import date

    checks = tmp_path / "checks"
    load_catalog(checks=checks)
    trusted = load_catalog(checks=checks)
    listed = trusted.listed_rounds()
    rounds = trusted.ordered_rounds()

    def shown(r: RoundListing) -> tuple[object, ...]:
        days = (date(2022, 1, 1), date(2022, 5, 10), date(2030, 1, 1))
        return (r.id, r.title, r.opens, r.closes, r.origin, *(r.status(d) for d in days))

    assert [shown(r) for r in listed] == [shown(r) for r in rounds]
    assert [r.id for r in load_catalog().listed_rounds()] == trusted.round_ids()


def test_a_file_changed_in_place_to_the_same_length_is_checked_again(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    checks = tmp_path / "checks"
    assert not load_catalog(root, checks=checks).problems
    path = root / "sections" / "premises-1.json"
    text = path.read_text("utf-8")
    changed = text.replace('"string"', '"strong"', 1)  # no such type; the same size
    assert len(changed) == len(text) and changed != text
    path.write_text(changed, "utf-8")
    again = load_catalog(root, checks=checks)
    assert str(Path("sections") / "premises-1.json") in [p.file for p in again.problems]


def test_a_file_gone_after_the_check_is_named_when_its_round_is_read(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    checks = tmp_path / "checks"
    assert not load_catalog(root, checks=checks).problems
    trusted = load_catalog(root, checks=checks)
    (root / "sections" / "premises-5.json").unlink()  # a section of 2022-1
    with pytest.raises(SchemaError) as refused:
        trusted.round("2022-1").sections  # noqa: B018 (the round is built when first read)
    assert "premises-5.json" in str(refused.value.values)
