"""``trust``, ``collect`` and ``missing``: the coordinator's commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.commands.output import Console
from desktop.i18n import InEachLang, in_lang

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from desktop.collect.desk import Desk
    from desktop.collect.records import Records
    from desktop.commands.context import Arguments, Context


def trust_arguments(a: Arguments) -> None:
    trust = a.subcommands("trust_command", "add|list|remove|import", "a_trust_command")
    t = trust.add_parser("add", parents=[a.common], help=a.h("trust_add"))
    t.add_argument("code", metavar=a.m("code"), help=a.h("a_code"))
    t.add_argument("fingerprint", nargs="+", metavar=a.m("fingerprint"), help=a.h("a_fingerprint"))
    trust.add_parser("list", parents=[a.common], help=a.h("trust_list"))
    t = trust.add_parser("remove", parents=[a.common], help=a.h("trust_remove"))
    t.add_argument("code", metavar=a.m("code"), help=a.h("a_code"))
    t = trust.add_parser("import", parents=[a.common], help=a.h("trust_import"))
    t.add_argument("file", metavar=a.m("file"), help=a.h("a_trust_file"))


def collect_arguments(a: Arguments) -> None:
    a.parser.add_argument("round", metavar=a.m("round"), help=a.h("a_round"))
    a.parser.add_argument("folders", nargs="+", metavar=a.m("dir"), help=a.h("a_folders"))
    a.parser.add_argument(
        "--workers",
        type=a.count(least=1, most=256),
        metavar=a.m("count"),
        help=a.h("workers"),
    )
    a.parser.add_argument("--out", metavar=a.m("file"), help=a.h("out"))
    a.parser.add_argument("--forget", action="store_true", help=a.h("forget"))


def missing_arguments(a: Arguments) -> None:
    a.parser.add_argument("round", metavar=a.m("round"), help=a.h("a_round"))


def run(args: argparse.Namespace, context: Context) -> int:
    from desktop.collect.desk import Desk

    handlers: dict[str, Callable[[argparse.Namespace, Console, Records, Desk], int]] = {
        "trust": run_trust,
        "collect": run_collect,
        "missing": run_missing,
    }
    # The coordinator's desk: the register and the rounds (the shipped and the added ones).
    desk = Desk.open(context.paths)
    with desk.records() as records:
        return handlers[args.command](args, context.console, records, desk)


def run_trust(args: argparse.Namespace, console: Console, records: Records, desk: Desk) -> int:
    from desktop.collect import trust
    from desktop.collect.printable import printable

    register = desk.register
    command = args.trust_command
    if command == "add":
        code, fingerprint = trust.add(records, args.code, " ".join(args.fingerprint), register)
        name = register.get(code).display_name(console.lang)
        console.say(
            console.text("commands.collect.added", code=code, name=name, fingerprint=fingerprint)
        )
        _warn_shared(console, trust.shared_keys(records, register, {fingerprint}))
    elif command == "remove":
        count = trust.remove(records, args.code, register)
        console.say(
            console.text("commands.collect.removed", count=count, code=printable(args.code))
        )
    elif command == "import":
        pairs = trust.read_csv(Path(args.file), register)
        lines, new = len(pairs), records.add_trusted(pairs)
        read = console.text("commands.collect.imported_lines", count=lines)
        added = console.text("commands.collect.imported_new", count=new)
        console.say(console.text("commands.collect.imported", lines=read, new=added))
        shared = trust.shared_keys(records, register, {fingerprint for _, fingerprint in pairs})
        _warn_shared(console, shared)
    else:
        signers = trust.listing(records, register)
        for signer in signers:
            name = str(in_lang(signer.name, console.lang))
            console.say(f"{signer.code}  {name:<20}  {signer.fingerprint}")
        if not signers:
            console.say(console.text("commands.collect.none_trusted"))
    return 0


def _warn_shared(console: Console, shared: list[tuple[str, InEachLang]]) -> None:
    """A warning for each key registered for more than one municipality (registered all
    the same: a joint service may sign for several)."""
    for fingerprint, held in shared:
        console.warn(
            console.text("commands.collect.shared_key", fingerprint=fingerprint, held=held)
        )


def run_collect(args: argparse.Namespace, console: Console, records: Records, desk: Desk) -> int:
    from desktop.collect.collecting import collect, paths_of
    from desktop.collect.missing import missing
    from desktop.collect.overview import summarise
    from desktop.collect.printable import printable
    from desktop.collect.standing import REFUSED_STATUSES, Status

    register, catalog = desk.register, desk.catalog
    if args.forget:
        from desktop.collect.collecting import forget

        catalog.round(args.round)
        result = forget(records, args.round, paths_of(args.folders), desk)
    else:
        bar = _ProgressBar(console)
        result = collect(
            records,
            args.round,
            paths_of(args.folders),
            progress=bar.show,
            workers=args.workers,
            desk=desk,
        )
        bar.close()
    # The files no longer received: forgotten, no longer counted.
    for path in result.gone:
        line = "forgotten_line" if args.forget else "gone_line"
        console.say(console.text(f"commands.collect.{line}", path=printable(path)))
    refused = [entry for entry in result.entries if entry.status in REFUSED_STATUSES]
    # Refused files, and the files not read (named: a correction saved as ….asice.zip is
    # otherwise never seen), then other rounds' packages.
    apart = (Status.IGNORED, Status.OTHER_ROUND)
    for entry in [*refused, *(e for status in apart for e in result.entries if e.status is status)]:
        line = "refused_line" if entry.status in REFUSED_STATUSES else "other_round_line"
        console.say(
            console.text(
                f"commands.collect.{line}",
                path=printable(entry.paths[0]),
                reason=printable(entry.reason(console.lang)),
                mark=console.mark(False),
            )
        )
    # The counts the window says too (desktop.collect.overview.summarise).
    summary = summarise(result, register)
    numbers = {
        "files": summary.files,
        "counted": summary.counted,
        "replaced": summary.replaced,
        "refused": summary.refused,
        "ignored": summary.ignored,
    }
    said = {
        name: console.text(f"commands.collect.count_{name}", count=number)
        for name, number in numbers.items()
    }
    # A package found at several paths counts once: the other paths are said, so that the
    # numbers add up to the files.
    said["duplicates"] = (
        ", " + console.text("commands.collect.count_duplicates", count=summary.duplicates)
        if summary.duplicates
        else ""
    )
    # Another round's packages, sound but not for this round: counted apart, when there are.
    said["other_round"] = (
        ", " + console.text("commands.collect.count_other_round", count=summary.other_round)
        if summary.other_round
        else ""
    )
    console.say(console.text("commands.collect.summary", round=args.round, **said))
    absent = missing(records, result, register, catalog)
    if absent:
        console.say(
            console.text("commands.collect.missing_hint", count=len(absent), round=args.round)
        )
    if args.out:
        from desktop.collect.outputs import write_picture

        target = Path(args.out).expanduser()
        written = write_picture(records, result, register, catalog, target, console.lang)
        console.say(
            console.text(
                "commands.collect.written",
                files="\n  ".join(map(str, written)),
            )
        )
    return 1 if refused else 0


def run_missing(args: argparse.Namespace, console: Console, records: Records, desk: Desk) -> int:
    from desktop.collect.missing import missing
    from desktop.collect.printable import printable
    from desktop.collect.standing import standing

    register, catalog = desk.register, desk.catalog
    catalog.round(args.round)
    from desktop.collect.overview import refused_municipalities

    result = standing(records, args.round, register)
    absent = missing(records, result, register, catalog)
    refused = refused_municipalities(result, register)
    if not absent:
        console.say(console.text("commands.collect.missing_none", round=args.round))
        return 0
    county = None
    for item in absent:
        area = item.municipality.wellbeing_area
        if area.code != county:
            county = area.code
            console.say(f"\n{area.name(console.lang)}")
        line = f"  {item.municipality.code}  {item.municipality.name(console.lang)}"
        if item.municipality.code in refused:  # a package came, and was refused
            name = printable(Path(refused[item.municipality.code].path).name)
            line += f" – {console.text('commands.collect.refused_package', name=name)}"
        if item.contact is None:
            console.say(f"{line} – {console.text('commands.collect.no_contact')}")
            continue
        contact = item.contact
        parts = [contact.name, contact.title, contact.email, contact.phone]
        person = printable(", ".join(part for part in parts if part))
        console.say(
            f"{line} – {console.text('commands.collect.contact', round=contact.round_id, person=person)}"
        )
    console.say(
        "\n" + console.text("commands.collect.missing_count", round=args.round, count=len(absent))
    )
    return 0


class _ProgressBar:
    """A bar on a terminal; nothing when the output goes to a file."""

    _WIDTH = 30

    def __init__(self, console: Console) -> None:
        self.stream = console.err
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def show(self, done: int, total: int) -> None:
        if not self.live or total == 0:
            return
        filled = self._WIDTH * done // total
        bar = "█" * filled + "·" * (self._WIDTH - filled)
        self.stream.write(f"\r{bar} {done}/{total}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
