"""The three languages of the application, and the one way a message is looked up.

Survey texts come from the schemas and the window's own texts from Qt
Linguist files. Every other sentence the program says (the core's messages,
the command line's output and help) is a message with an id in a plain-data
catalogue: each package keeps one, ``MESSAGES`` of its ``messages`` module (a
package of parts by topic where it is long), mapping ids to their fi/sv/en
texts, and ``text(id, lang, **values)`` finds it from the id's first part
(``storage.database.locked`` is in ``desktop.storage.messages``). Core
messages say what happened; the front end that shows one adds what to do
next (the command line from its ``commands.next.`` messages, the window from
its own translated texts). ``tests/test_messages.py`` checks every id.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final, Literal, TypeAlias
# Written as text: typing waits for the type checker (start-up time of the command line).
Lang: TypeAlias = 'Literal["fi", "sv", "en"]'
LANGS: Final[tuple[Lang, ...]] = ("fi", "sv", "en")
DEFAULT_LANG: Final[Lang] = "fi"
# Every visible text must exist in these; English is written where we have it.
REQUIRED_LANGS: Final[tuple[Lang, ...]] = ("fi", "sv")

Texts: TypeAlias = Mapping[str, str]
# Message ids and their texts: what each package's ``MESSAGES`` is.
Catalogue: TypeAlias = Mapping[str, Texts]

# The catalogue that holds each namespace of ids (an id's part before the first dot).
HOMES: Final[Mapping[str, str]] = {
    "survey": "desktop.survey.messages",
    "storage": "desktop.storage.messages",
    "signing": "desktop.signing.messages",
    "export": "desktop.export.messages",
    "collect": "desktop.collect.messages",
    "commands": "desktop.commands.messages",
    "review": "desktop.review.messages",
    "rounds": "desktop.rounds.messages",
    "submission": "desktop.submission.messages",
    # The modules directly in ``desktop``.
    "backups": "desktop.messages",
    "cli": "desktop.messages",
    "contact": "desktop.messages",
    "municipalities": "desktop.messages",
    "oserrors": "desktop.messages",
    "safejson": "desktop.messages",
    "workbook": "desktop.messages",
}


# Where a catalogue is kept in parts by topic, the part that holds the ids of each topic (an
# id's first two parts): a message is then looked up in its part alone, which loads no other.
PARTS: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        ("answers", "arguments", "backup", "demo", "profile"),
        "desktop.commands.messages.answering",
    ),
    **dict.fromkeys(("collect", "round"), "desktop.commands.messages.coordinating"),
    **dict.fromkeys(
        ("next", "secrets", "submit", "verify"), "desktop.commands.messages.submitting"
    ),
    **dict.fromkeys(("compare", "demo_story", "previous"), "desktop.commands.messages.previous"),
    "import": "desktop.commands.messages.importing",
}
_PARTED = "commands"  # the namespace whose catalogue PARTS divides


def as_lang(value: str | None) -> Lang:
    """The language named by ``value``, or the default for anything unknown."""
    for lang in LANGS:
        if value == lang:
            return lang
    return DEFAULT_LANG


def pick(texts: Texts, lang: Lang) -> str:
    """The text in ``lang``; Finnish, then Swedish, when it is missing."""
    for candidate in (lang, "fi", "sv", "en"):
        text = texts.get(candidate)
        if text:
            return text
    return ""


@functools.cache
def catalogue(namespace: str) -> Catalogue:
    """The catalogue of the package that owns ``namespace``."""
    messages: Catalogue = importlib.import_module(HOMES[namespace]).MESSAGES
    return messages


@functools.cache
def _part(module: str) -> Catalogue:
    messages: Catalogue = importlib.import_module(module).MESSAGES
    return messages


def entry(message_id: str) -> Texts:
    """The texts of ``message_id`` in every language (KeyError for an unknown id)."""
    namespace, _, rest = message_id.partition(".")
    if namespace == _PARTED:
        part = PARTS.get(rest.partition(".")[0])
        if part is None:
            raise KeyError(message_id)
        return _part(part)[message_id]
    if namespace not in HOMES:
        raise KeyError(message_id)
    return catalogue(namespace)[message_id]


def known(message_id: str) -> bool:
    try:
        entry(message_id)
    except KeyError:
        return False
    return True


class InEachLang:
    """A placeholder's value that reads differently in each language, such as a
    municipality's name (Parainen, Pargas): ``text`` puts in the one of its language."""

    __slots__ = ("texts",)

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    def __str__(self) -> str:
        return pick(self.texts, DEFAULT_LANG)

    def __repr__(self) -> str:
        return f"InEachLang({dict(self.texts)!r})"


def each_lang(make: Callable[[Lang], str]) -> InEachLang:
    """``make(lang)`` for each language, as one placeholder's value."""
    return InEachLang({lang: make(lang) for lang in LANGS})


def number_in(plain: str, lang: Lang) -> str:
    """A number as Python's ``,`` format writes it (``1,234.5``) as ``lang`` writes it:
    1 234,5 (fi, sv: a no-break space between thousands, a decimal comma), 1,234.5 (en)."""
    if lang == "en":
        return plain
    return plain.replace(",", "\u00a0").replace(".", ",")


def whole_number(value: int) -> InEachLang:
    """A whole number with its digits grouped as each language writes them, as a
    placeholder's value: 67 108 865 (fi, sv), 67,108,865 (en)."""
    plain = f"{value:,}"
    return each_lang(lambda lang: number_in(plain, lang))


def joined(values: Iterable[object], separator: str = ", ") -> InEachLang:
    """``values`` (texts, ``InEachLang``s) joined, in each language."""
    items = list(values)
    return each_lang(lambda lang: separator.join(str(in_lang(v, lang)) for v in items))


def in_lang(value: object, lang: Lang) -> object:
    """``value`` as said in ``lang``: the text of its language for an ``InEachLang``."""
    return pick(value.texts, lang) if isinstance(value, InEachLang) else value


def text(message_id: str, lang: Lang, **values: object) -> str:
    """The message ``message_id`` in ``lang`` with its placeholders filled in (an
    ``InEachLang`` value with its text in ``lang``).

    Finnish, Swedish and English have one plural rule: a message with a ``{count}``
    of exactly 1 is taken from ``message_id + "_one"`` where the catalogue has it
    ("1 rivi", "3 riviä")."""
    if values.get("count") == 1 and known(f"{message_id}_one"):
        message_id = f"{message_id}_one"
    said = {key: in_lang(value, lang) for key, value in values.items()}
    return pick(entry(message_id), lang).format(**said)
