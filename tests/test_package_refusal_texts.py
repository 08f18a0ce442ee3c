"""A received package refused for what its survey.json says is told in whole sentences, and
one that says it was made at a time no package was made (the year 1 or 9999, before its
round, after its signature) is refused, naming that time."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from desktop import cli
from desktop.export.package import encode
from desktop.jsonvalue import JSONObject
from desktop.signing import asice
from desktop.signing.keys import OrganisationKey
from tests import sent_elsewhere

key = sent_elsewhere.key
package = sent_elsewhere.package

NOTHING_STORED = {
    "fi": "Mitään ei tallennettu.",
    "sv": "Inget sparades.",
    "en": "Nothing was stored.",
}


def signed_again(
    package: Path, key: OrganisationKey, target: Path, change: Callable[[JSONObject], None]
) -> Path:
    """``package`` with its survey.json changed by ``change``, signed again by ``key``."""
    with zipfile.ZipFile(package) as archive:
        document = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    change(document)
    target.write_bytes(asice.build({"survey.json": encode(document), "report.pdf": report}, key))
    return target


def _run(root: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(root), "--lang", lang, *args])
    return code, out.getvalue(), err.getvalue()


def test_a_format_refusal_ends_its_technical_detail_with_a_full_stop(
    package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    def zero(document: JSONObject) -> None:
        document["submission"] = 0

    odd = signed_again(package, key, tmp_path / "nolla.asice", zero)
    for lang, stored in NOTHING_STORED.items():
        code, out, err = _run(tmp_path / "data", "import", str(odd), "--yes", lang=lang)
        said = " ".join((out + err).split())
        assert code not in (0, 70), said
        assert f"less than the minimum of 1. {stored}" in said, said
        code, out, err = _run(tmp_path / "data", "verify", str(odd), lang=lang)
        said = " ".join((out + err).split())
        assert "less than the minimum of 1." in said, said
        assert "minimum of 1.." not in said
