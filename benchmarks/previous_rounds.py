"""Previous rounds: comparing two full rounds, and copying a full round forward.

Two rounds of the generated 500-question section (``ui_schema``; the second
names the first as its previous round), the first answered and submitted
(a signed package kept in the database, read as the "previous" answers),
and the demo's own 2022-1 and 2022-2. Goals: comparing two full rounds
< 50 ms; copying a full round forward (every answer, one transaction, one
audit entry each) < 100 ms. Each copy is undone before the next sample.

    python benchmarks/previous_rounds.py [--quick]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report_goals import Goal, spread
from ui_schema import ROUND_ID, table_rows, write_catalog

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.review.compare import answers_for, compare
from desktop.review.copying import copy_forward, undo_last_copy
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey import Catalog, Kind, load_catalog
from desktop.workbook import Workbook

NEXT_ROUND = "2099-2"


def two_rounds(root: Path) -> Catalog:
    """The generated round, and a second one asking the same section after it."""
    write_catalog(root)
    manifest = json.loads((root / "rounds" / f"{ROUND_ID}.json").read_text("utf-8"))
    manifest.update(id=NEXT_ROUND, previous=ROUND_ID, opens="2022-06-01")
    (root / "rounds" / f"{NEXT_ROUND}.json").write_text(json.dumps(manifest), "utf-8")
    catalog = load_catalog(root)
    catalog.raise_problems()
    return catalog


def _timed(action: object, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples


ANSWERS: dict[Kind, object] = {
    Kind.TEXT: "Vastaus",
    Kind.EMAIL: "anna@kangasala.fi",
    Kind.PHONE: "040 123 4567",
    Kind.LONGTEXT: "Pidempi selitys, jossa on useampi lause. Toinen lause.",
    Kind.INTEGER: 12,
    Kind.NUMBER: 1250.5,
    Kind.MONEY: 99000.25,
    Kind.YESNO: True,
    Kind.DATE: "2022-03-15",
}


def fill(workbook: Workbook, round_id: str = ROUND_ID) -> None:
    """Every question of a generated round answered (as ``ui_section`` does, without Qt)."""
    section = workbook.round(round_id).sections[0]
    for field in section.fields:
        pointer = f"/{section.id}/{field.key}"
        if field.kind is Kind.TABLE:
            value: object = table_rows(20, [c.key for c in field.columns])
        elif field.kind is Kind.CHOICE:
            value = field.options[0].value
        elif field.kind is Kind.MULTICHOICE:
            value = [field.options[0].value]
        else:
            value = ANSWERS[field.kind]
        workbook.set_json(round_id, pointer, value)  # type: ignore[arg-type]


def run(quick: bool = False) -> list[Goal]:
    repeat = 5 if quick else 15
    goals: list[Goal] = []
    key = create_key(Organisation("Kangasala", "Kangasala"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        catalog = two_rounds(root / "schemas")
        with Store.open(DataPaths(root / "data"), backup=False) as store:
            store.save_profile(Profile("211"))
            workbook = Workbook(store, catalog)
            fill(workbook)
            Submissions(workbook).export(
                ROUND_ID, root / "out", key=key, lang="fi", draft=False, after_closing=True
            )
            previous = workbook.previous(NEXT_ROUND)
            assert previous is not None and previous.source.sent

            def copy_round() -> None:
                done = copy_forward(workbook, NEXT_ROUND)
                assert done.copy is not None and done.copy.count >= 499

            copies = []
            for _ in range(repeat):
                start = time.perf_counter()
                copy_round()
                copies.append(time.perf_counter() - start)
                undo_last_copy(workbook, NEXT_ROUND)
            print(f"copy forward a round of 500 questions: {spread(copies)}")
            goals.append(
                Goal("copy forward, 500 questions (ms)", statistics.median(copies) * 1000, 100)
            )
            copy_round()
            workbook.set_json(NEXT_ROUND, "/big/q007_integer", 99)

            def compare_rounds() -> None:
                result = compare(
                    catalog,
                    answers_for(workbook, f"{ROUND_ID}#1"),
                    answers_for(workbook, NEXT_ROUND),
                )
                assert len(result.changed) == 1

            compare_rounds()  # the package is read once per process
            compared = _timed(compare_rounds, repeat)
            print(f"compare two rounds of 500 questions: {spread(compared)}")
            goals.append(
                Goal("compare, 500 questions (ms)", statistics.median(compared) * 1000, 50)
            )
        with Store.open(DataPaths(root / "demo"), backup=False) as store:
            store.save_profile(Profile("211"))
            workbook = Workbook(store)
            fill_round(workbook, "2022-1")
            Submissions(workbook).export(
                "2022-1", root / "out2", key=key, lang="fi", after_closing=True
            )
            fill_round(workbook, "2022-2")

            def compare_demo() -> None:
                compare(
                    workbook.catalog,
                    answers_for(workbook, "2022-1#1"),
                    answers_for(workbook, "2022-2"),
                )

            compare_demo()
            demo = _timed(compare_demo, repeat)
            print(f"compare the demo's 2022-1 (sent) and 2022-2: {spread(demo)}")
            goals.append(Goal("compare 2022-1 and 2022-2 (ms)", statistics.median(demo) * 1000, 50))
    return goals


def main() -> int:
    goals = run("--quick" in sys.argv)
    for goal in goals:
        print(goal)
    return 0 if all(goal.holds for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
