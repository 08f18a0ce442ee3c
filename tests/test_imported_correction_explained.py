"""A correction of a round imported from another computer starts from its package's answers
and explanations: each explanation fits the warning it answered, as it did when sent, so
the warning does not ask again and a correction with nothing changed is told as such; and
cancelling that correction discards nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.importing import import_package
from desktop.submission.readiness import Obstacle
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

ROUND, POINTER = "2022-3", "/staff/staff_groups/0/person_years"


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


def test_an_imported_round_s_correction_keeps_its_warning_explained(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    with Store.open(DataPaths(tmp_path / "elsewhere")) as other:
        other.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(other)
        fill_round(workbook, ROUND)
        workbook.set_json(ROUND, POINTER, 330.0)
        workbook.explain(ROUND, POINTER, "Ylityöt on laskettu mukaan")
        result = Submissions(workbook).export(
            ROUND, tmp_path / "out", key=key, lang="fi", after_closing=True
        )
    assert result.package is not None

    workbook = Workbook(store)
    workbook.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    import_package(workbook, result.package.read_bytes(), result.package.name)
    service = Submissions(workbook)
    assert service.start_correction(ROUND) == 2

    ready = service.readiness(ROUND, key=key)
    assert ready.unconfirmed == 0
    assert ready.first(after_closing=True) is Obstacle.UNCHANGED
    found = service.correction_discarded(ROUND)
    assert found is not None and found.nothing
