"""``tilannekuva demo``: the main job, headless, on a demo municipality.

Fills the first round's answers of the shipped demo municipality into a data
directory (by default a ``demo`` folder inside the user's data directory, so
a real profile is never overwritten), validates the round, and then does
the rest of the official's job: signs and exports the report and the
package (with a demo key made in that folder), records the submission and
checks the package as its receiver would. Last, it publishes the follow-up
round 2023-1 as a signed round package and adds it (``demo_round``). Run
again, it leaves the rounds an earlier demo submitted as they were sent: its
answers are the same, and a correction that changes nothing is not sent.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands.answers import print_problems
from desktop.commands.output import Console, shell_word
from desktop.errors import UserError
from desktop.paths import DataPaths, resources_dir
from desktop.storage import Profile, Store
from desktop.workbook import Workbook

if TYPE_CHECKING:
    from desktop.commands.context import Context


DEMO_ROUND = "2022-1"
DEMO_ACTOR = "demo"  # every change the demo makes is recorded under this name


class DemoError(UserError):
    """The demo cannot run in this data folder."""


def demo_answers(round_id: str) -> dict[str, Any]:
    path = resources_dir() / "demo" / f"answers-{round_id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def fill_round(workbook: Workbook, round_id: str) -> int:
    """Store every demo answer of a round, one durable edit per field; returns the count."""
    data = demo_answers(round_id)
    count = 0
    for section_id, fields in data["answers"].items():
        for key, value in fields.items():
            workbook.set_json(round_id, f"/{section_id}/{key}", value, actor=DEMO_ACTOR)
            count += 1
    return count


def run_demo(args: argparse.Namespace, context: Context) -> int:
    # The demo never writes into the real answers of the installation.
    paths = context.paths if context.data_dir_chosen else DataPaths(context.paths.root / "demo")
    with Store.open(paths) as store:
        return _demo(store, context.console, paths.root)


def _demo(store: Store, console: Console, data_dir: Path) -> int:
    workbook = Workbook(store)
    data = demo_answers(DEMO_ROUND)
    code = data["municipality"]
    current = store.profile()
    if current is not None and current.municipality_code != code:
        raise DemoError(
            "commands.demo.other_profile", path=str(data_dir), code=current.municipality_code
        )
    _check_only_demo(store, data_dir)
    municipality = workbook.register.get(code)
    name = municipality.display_name(console.lang)
    if current is None:
        # The demo's contact person is the respondent its answers name.
        respondent = data["answers"].get("background", {})
        store.save_profile(
            Profile(
                municipality_code=code,
                contact_name=respondent.get("respondent_name", ""),
                contact_title=respondent.get("respondent_title", ""),
                contact_email=respondent.get("respondent_email", ""),
                contact_phone=respondent.get("respondent_phone", ""),
            ),
            actor=DEMO_ACTOR,
        )
    if not sent_before(store, console, DEMO_ROUND):
        filling = console.text(
            "commands.demo.filling", round=DEMO_ROUND, name=name, code=code, path=data_dir
        )
        console.say(filling)
        count = fill_round(workbook, DEMO_ROUND)
        console.say(console.text("commands.demo.filled", count=count))
        rnd = workbook.round(DEMO_ROUND)
        problems = workbook.problems(DEMO_ROUND)
        print_problems(console, rnd, problems)
        if problems:
            return 1
        _submit(workbook, console, DataPaths(data_dir), DEMO_ROUND)
    # The next round, carried on from this one (see ``demo_story``).
    from desktop.commands.demo_story import NEXT_ROUND, carry_on

    status = carry_on(
        workbook,
        console,
        lambda round_id: _submit(workbook, console, DataPaths(data_dir), round_id),
        demo_answers(NEXT_ROUND)["answers"],
    )
    from desktop.commands.demo_round import publish_and_add

    publish_and_add(store, console, DataPaths(data_dir), DEMO_ACTOR)
    console.say(console.text("commands.demo.next", path=shell_word(data_dir), round=DEMO_ROUND))
    return status


def sent_before(store: Store, console: Console, round_id: str) -> bool:
    """Whether an earlier demo submitted ``round_id`` (told when it did): the demo's answers
    are the same, and a correction with nothing changed is not sent."""
    if not store.is_locked(round_id):
        return False
    number = store.submissions(round_id)[-1].number
    console.say(console.text("commands.demo.sent_before", round=round_id, number=number))
    return True


def _check_only_demo(store: Store, data_dir: Path) -> None:
    """The demo writes only where nothing but an earlier demo has been."""
    log = store.audit_log()
    if any(entry.actor != DEMO_ACTOR for entry in log):
        raise DemoError("commands.demo.own_work", path=str(data_dir))
    demo_sent = any(entry.pointer.startswith("/submissions/") for entry in log)
    if DataPaths(data_dir).key_store.exists() and not demo_sent:
        raise DemoError("commands.demo.own_work", path=str(data_dir))


def _submit(workbook: Workbook, console: Console, paths: DataPaths, round_id: str) -> None:
    """The rest of the job: sign, export, record the submission, and check it as a receiver."""
    from desktop.collect.receiving import verify_received
    from desktop.commands.verify import print_verdict
    from desktop.signing.keystore import create_key_file, load_key
    from desktop.submission.service import Submissions

    service = Submissions(workbook)
    if paths.key_store.exists():
        key = load_key(paths.key_store, None)
    else:
        # A demo key without a passphrase, in the demo folder only.
        key = create_key_file(paths.key_store, service.organisation(), None)
    result = service.export(
        round_id,
        paths.root / "vienti",
        key=key,
        lang=console.lang,
        actor=DEMO_ACTOR,
        after_closing=True,  # the demo replays a round of 2022
    )
    assert result.package is not None and result.submission is not None
    console.say(
        console.text(
            "commands.demo.submitted",
            number=result.submission.number,
            package=result.package,
            report=result.report,
            fingerprint=key.fingerprint,
        )
    )
    verdict = verify_received(
        result.package.read_bytes(),
        pdf=False,
        catalog=workbook.catalog,
        register=workbook.register,
        trusted={key.fingerprint},
    )
    print_verdict(verdict, console)
