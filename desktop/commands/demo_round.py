"""The demo's last step: the coordinator publishes the follow-up round 2023-1, the official adds it.

The round's folder under ``resources/rounds/2023-1`` is checked and signed
with a demo coordinator key made in the demo folder, written as a round
package beside the exported answers, and added exactly as an official adds
a package received by e-mail. The demo folder's ``round-signers.txt`` says
that the demo key is trusted there (beside the organisers' key); nowhere
else is it.
"""

from __future__ import annotations

from typing import Final

from desktop.commands.output import Console
from desktop.i18n import pick
from desktop.paths import DataPaths, resources_dir
from desktop.storage import Store
from desktop.untrusted import escape

FOLLOW_UP: Final = "2023-1"
KEY_NAME: Final = "demo-coordinator-key.p12"


def publish_and_add(store: Store, console: Console, paths: DataPaths, actor: str) -> None:
    from desktop.commands.rounds import write_whole
    from desktop.rounds.library import add_package, build_package, catalog_for
    from desktop.rounds.signers import SETTING_NAME, read_signers, shipped_setting
    from desktop.signing.keys import Organisation
    from desktop.signing.keystore import create_key_file, load_key

    key_path = paths.root / KEY_NAME
    if key_path.exists():
        key = load_key(key_path, None)
    else:
        key = create_key_file(key_path, Organisation("Kuntaliitto (demo)", "Helsinki"), None)
    setting = paths.root / SETTING_NAME
    trusted = read_signers(setting) if setting.is_file() else read_signers(shipped_setting())
    if key.fingerprint not in trusted:
        lines = [*sorted(trusted), key.fingerprint]
        setting.write_text(
            "# The demo's coordinator key is trusted in this folder only.\n"
            + "\n".join(lines)
            + "\n",
            "utf-8",
        )
    data, rnd = build_package(resources_dir() / "rounds" / FOLLOW_UP, catalog_for(store), key)
    target = paths.root / "vienti" / f"{FOLLOW_UP}.tkround"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_whole(target, data)
    console.say(
        console.text(
            "commands.demo.round_published",
            round=rnd.id,
            path=escape(str(target)),
            fingerprint=key.fingerprint,
        )
    )
    added = add_package(store, data, paths, actor=actor)
    if not added.stored:
        console.say(console.text("commands.demo.round_already", round=rnd.id))
        return
    title = escape(pick(added.round.title, console.lang))
    console.say(console.text("commands.demo.round_added", round=rnd.id, title=title))
