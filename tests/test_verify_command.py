"""``verify`` as a coordinator runs it: many files, plain verdicts, nothing a file can hide or hang."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.collect.receiving import verify_file
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing import asice
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.pdfsign import sign_pdf
from desktop.signing.verdict import CheckId, FileKind, Verdict
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.fixtures.hostile.make_hostile import small_pdf
from tests.fixtures.hostile.zipsurgery import flipped, replaced

Run = Callable[..., tuple[int, str, str]]
ROUND = "2022-1"


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Inari", "Inari", "0201256-6"))


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, key: OrganisationKey) -> tuple[Path, Path]:
    """A package and its report as a municipality sends them."""
    root = tmp_path_factory.mktemp("sent")
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("148", contact_name="Ánde Saamelainen"))
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        result = Submissions(workbook).export(
            ROUND, root / "out", key=key, lang="fi", after_closing=True
        )
    assert result.package is not None
    return result.package, result.report


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main([*args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_without_a_trusted_list_the_signer_is_said_to_be_unconfirmed(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    code, out, _ = run("verify", str(sent[0]))
    assert code == 0  # every check asked for holds
    assert "allekirjoittajaa ei ole vahvistettu" in out
    assert "puhelimitse tai kirjeellä" in out
    assert f'--trusted "{key.fingerprint}"' in out
    assert "on kunnossa" not in out
    # With no trust register yet, the way to register the key comes first: it is what
    # makes later checks and collect know the signer.
    register = f'tilannekuva trust add 148 "{key.fingerprint}"'
    assert register in out and out.index(register) < out.index("--trusted")
    code, out, _ = run("--lang", "sv", "verify", str(sent[0]))
    assert register in out and "registrera det" in out
    code, out, _ = run("--lang", "en", "verify", str(sent[1]))
    assert code == 0 and "the signer is not confirmed" in out and "by phone or letter" in out
    code, out, _ = run("--lang", "en", "verify", str(sent[0]))
    assert "this folder's trust register has no keys yet" in out
    assert f'tilannekuva trust add 148 "{key.fingerprint}"' in out
    code, out, _ = run("--lang", "en", "verify", str(sent[0]), "--trusted", key.fingerprint)
    assert code == 0
    assert "Result: the file is sound, and its signer is on the trusted list." in out
    assert "not confirmed" not in out


def test_many_files_and_folders_each_get_a_verdict_and_a_summary(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey, tmp_path: Path
) -> None:
    package, report = sent
    folder = tmp_path / "saapuneet"
    (folder / "kunta").mkdir(parents=True)
    shutil.copy(package, folder / "a.asice")
    shutil.copy(report, folder / "kunta" / "b.pdf")
    (folder / "muistio.txt").write_text("ei tarkisteta")
    code, out, _ = run(
        "--lang", "en", "verify", str(package), str(report), str(folder), str(folder / "a.asice")
    )
    assert code == 0, out
    assert out.count("== ") == 4  # a.asice named twice, checked once
    assert "In all 4 files: 4 sound (4 of them with the signer unconfirmed), 0 refused." in out
    assert "muistio" not in out

    tampered = folder / "kunta" / "c.asice"
    tampered.write_bytes(
        replaced(package.read_bytes(), "report.pdf", flipped(report.read_bytes(), 900))
    )
    code, out, _ = run("--lang", "en", "verify", str(folder), "--trusted", key.fingerprint)
    assert code == 1
    assert "In all 3 files: 2 sound (0 of them with the signer unconfirmed), 1 refused." in out
    assert f"Refused: {tampered}" in out


def test_a_folder_with_nothing_to_check_is_a_failure(run: Run, tmp_path: Path) -> None:
    code, out, _ = run("--lang", "en", "verify", str(tmp_path))
    assert code == 1 and "holds no packages (.asice) or reports (.pdf)" in out


def test_a_file_is_checked_as_what_its_name_says(
    run: Run, sent: tuple[Path, Path], tmp_path: Path
) -> None:
    package, report = sent
    shutil.copy(report, tmp_path / "paketti.asice")
    shutil.copy(package, tmp_path / "raportti.pdf")
    verdict = verify_file(tmp_path / "paketti.asice")
    assert verdict.kind is FileKind.PACKAGE and not verdict.ok
    assert "This is a PDF report, not a package" in _failure(verdict)
    verdict = verify_file(tmp_path / "raportti.pdf")
    assert verdict.kind is FileKind.REPORT and not verdict.ok
    assert "This is a package (an ASiC-E zip), not a PDF report" in _failure(verdict)
    code, out, _ = run("verify", str(tmp_path / "paketti.asice"))
    assert code == 1 and "Tämä on PDF-raportti, ei paketti" in out
    # A name that says nothing: checked as what the file starts with.
    shutil.copy(report, tmp_path / "liite.bin")
    assert verify_file(tmp_path / "liite.bin").kind is FileKind.REPORT


def _failure(verdict: Verdict) -> str:
    failure = verdict.failure
    assert failure is not None
    return failure.message("en")


def _verify_within(path: Path, seconds: float = 20) -> Verdict:
    """``verify_file`` in a thread: a reader that blocks fails the test instead of hanging it."""
    found: list[Verdict] = []
    worker = threading.Thread(target=lambda: found.append(verify_file(path)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert found, f"verify blocked on {path}"
    return found[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "paketti.asice"
    os.mkfifo(pipe)
    verdict = _verify_within(pipe)
    assert verdict.failure is not None and verdict.failure.id is CheckId.FILE
    assert "is a named pipe, not a regular file" in _failure(verdict)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "loputon.asice"
    link.symlink_to("/dev/zero")
    assert "is a device" in _failure(_verify_within(Path("/dev/zero")))
    assert "is a device" in _failure(_verify_within(link))


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_socket_and_a_folder_are_refused(tmp_path: Path) -> None:
    place = tmp_path / "s.pdf"
    if len(str(place)) > 100:
        pytest.skip("the path is too long for a Unix socket")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(place))
        assert "is a socket" in _failure(_verify_within(place))
    folder = tmp_path / "kansio.asice"
    folder.mkdir()
    assert "is a folder, not a file" in _failure(verify_file(folder))
    assert "does not exist" in _failure(verify_file(tmp_path / "ei-ole.asice"))


HOSTILE_NAME = "Kunta\r\x1b[2K\x1b[8m\u202eTrusted"


def test_what_a_signer_names_itself_cannot_drive_the_terminal(run: Run, tmp_path: Path) -> None:
    hostile = create_key(Organisation(HOSTILE_NAME, "Inari"))
    survey = b'{"round":"2022-1\\u001b[8m","answers":{"x\\u202e":1}}'
    package = tmp_path / "paketti.asice"
    members = {"survey.json": survey, "report.pdf": sign_pdf(small_pdf(), hostile)}
    package.write_bytes(asice.build(members, hostile))
    code, out, err = run("--lang", "en", "verify", str(package))
    for text in (out, err):
        assert "\x1b" not in text and "\r" not in text and "\u202e" not in text
    assert "Kunta\\x0d\\x1b[2K\\x1b[8m\\u202eTrusted" in out
    assert code == 1  # the round id is no round


def test_a_file_name_cannot_drive_the_terminal(run: Run, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows file names cannot hold control characters")
    path = tmp_path / "x\x1b[8m\u202e.asice"
    path.write_bytes(b"PK")
    code, out, _ = run("verify", str(path))
    assert code == 1
    assert "\x1b" not in out and "\u202e" not in out and "x\\x1b[8m\\u202e.asice" in out


def test_the_answers_are_not_read_before_the_signer_is_known(
    sent: tuple[Path, Path], tmp_path: Path
) -> None:
    stranger = create_key(Organisation("Tuntematon"))
    # 700 000 answers that do not compress like a zip bomb.
    bomb = b'{"answers":[' + ",".join(map(str, range(700_000))).encode() + b"]}"
    members = {"survey.json": bomb, "report.pdf": sign_pdf(small_pdf(), stranger)}
    path = tmp_path / "pommi.asice"
    path.write_bytes(asice.build(members, stranger))
    trusted = frozenset({create_key(Organisation("Inari")).fingerprint})
    verdict = verify_file(path, trusted=trusted)
    assert [check.id for check in verdict.checks][-1] is CheckId.TRUSTED
    assert CheckId.JSON not in [check.id for check in verdict.checks]
    # Without a trusted list the answers are read, but counted before they are parsed.
    verdict = verify_file(path)
    assert verdict.failure is not None and verdict.failure.id is CheckId.JSON
    assert "too many values" in _failure(verdict)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("sv", "Filen är avbruten eller ofullständig"),
        ("fi", "Tiedosto on katkennut tai vajaa"),
    ],
)
def test_a_package_cut_short_in_transfer_is_told_in_the_users_language(
    run: Run, sent: tuple[Path, Path], tmp_path: Path, lang: str, said: str
) -> None:
    package, _ = sent
    cut = tmp_path / package.name
    cut.write_bytes(package.read_bytes()[:3000])  # half an e-mail attachment
    code, out, _ = run("--lang", lang, "verify", str(cut))
    assert code == 1
    assert said in out
    assert "central directory" not in out  # no English between the Swedish or Finnish


OTHER_KEY = "CC66 " * 15 + "CC66"


def test_the_coordinators_trust_register_is_used_when_no_list_is_given(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    package = str(sent[0])
    # Inari is registered with another key: the package is refused, naming both keys.
    code, _, err = run("trust", "add", "148", OTHER_KEY)
    assert code == 0, err
    code, out, _ = run("verify", package)
    assert code == 1, out
    assert (
        "✗ Allekirjoittajan avain ei ole kunnalle Inari – Anár – Aanaar – Aanar (148) rekisteröity avain"
        in out
    )
    assert key.fingerprint in out
    assert "Tulos: tiedostoa EI hyväksytä." in out
    assert "ei annettu" not in out
    # A list given does not override the register: the key is trusted, but not Inari's.
    code, out, _ = run("--lang", "en", "verify", package, "--trusted", key.fingerprint)
    assert code == 1, out
    assert "✓ The signer's fingerprint is on the trusted list." in out
    assert (
        "✗ The signer is on the trusted list, but its key is not the one registered for "
        "Inari – Anár – Aanaar – Aanar (148)" in out
    )
    assert OTHER_KEY.strip() in out
    assert "Result: the file is NOT accepted." in out
    # The signer's own key registered: confirmed by the register.
    run("trust", "remove", "148")
    run("trust", "add", "148", key.fingerprint)
    code, out, _ = run("--lang", "en", "verify", package)
    assert code == 0, out
    assert "✓ The signer's key is the one registered for Inari – Anár – Aanaar – Aanar (148)" in out
    assert "Result: the file is sound, and its signer is confirmed" in out


def test_a_municipality_without_a_registered_key_is_said_so(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    code, _, err = run("trust", "add", "211", OTHER_KEY)
    assert code == 0, err
    code, out, _ = run("--lang", "en", "verify", str(sent[0]))
    assert code == 0, out  # unconfirmed, as without a list: not a failure
    assert (
        "no key is registered for Inari – Anár – Aanaar – Aanar (148) in this folder's trust register"
        in out
    )
    assert f'tilannekuva trust add 148 "{key.fingerprint}"' in out
    assert "no trusted fingerprints were given" not in out


def test_a_trusted_list_cannot_vouch_for_another_municipalitys_key(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    """Inari's package signed by the key registered for Kangasala: the list names the key
    without a municipality, the register ties it to Kangasala, and it fails either way."""
    package = str(sent[0])
    trusted = f"{OTHER_KEY}, {key.fingerprint}"
    assert run("trust", "add", "211", key.fingerprint)[0] == 0
    assert run("trust", "add", "148", OTHER_KEY)[0] == 0
    for extra in ([], ["--trusted", trusted]):
        code, out, err = run("--lang", "en", "verify", package, *extra)
        assert code == 1, out
        assert "Traceback" not in err
        assert "not the one registered for Inari – Anár – Aanaar – Aanar (148)" in out
        assert "The register holds this key for Kangasala (211)." in out
        assert "Result: the file is NOT accepted." in out
    # In Finnish and Swedish too.
    code, out, _ = run("verify", package, "--trusted", trusted)
    assert "on luotettujen listalla, mutta" in out and "Kangasala (211)" in out
    code, out, _ = run("--lang", "sv", "verify", package, "--trusted", trusted)
    assert "finns på listan över betrodda, men" in out and "Kangasala (211)" in out


def test_a_trusted_list_confirms_a_municipality_the_register_does_not_know(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    package = str(sent[0])
    assert run("trust", "add", "211", OTHER_KEY)[0] == 0
    code, out, _ = run("--lang", "en", "verify", package, "--trusted", key.fingerprint)
    assert code == 0, out
    assert "Result: the file is sound, and its signer is on the trusted list." in out
    # Registered for Inari and on the list: both said, and it passes.
    assert run("trust", "add", "148", key.fingerprint)[0] == 0
    code, out, _ = run("--lang", "en", "verify", package, "--trusted", key.fingerprint)
    assert code == 0, out
    assert "✓ The signer's key is the one registered for Inari – Anár – Aanaar – Aanar (148)" in out
    # Not on the list given: fails, whatever the register says (the list is a condition too).
    code, out, _ = run("--lang", "en", "verify", package, "--trusted", OTHER_KEY)
    assert code == 1, out


def test_a_key_registered_for_one_municipality_confirms_no_other(
    run: Run, sent: tuple[Path, Path], key: OrganisationKey
) -> None:
    """Inari has no key registered, and the signer's key is Kangasala's: the register says
    otherwise, so the package fails with or without a list naming the key."""
    package = str(sent[0])
    assert run("trust", "add", "211", key.fingerprint)[0] == 0
    for extra in ([], ["--trusted", key.fingerprint]):
        code, out, err = run("--lang", "en", "verify", package, *extra)
        assert code == 1, out
        assert (
            "✗ The signer's key is registered for Kangasala (211), not for Inari – Anár – Aanaar – Aanar (148)"
            in out
        )
        assert "Result: the file is NOT accepted." in out
        assert "Traceback" not in err
    code, out, _ = run("verify", package)
    assert "✗ Allekirjoittajan avain on rekisteröity kunnalle Kangasala (211)" in out
    code, out, _ = run("--lang", "sv", "verify", package)
    assert "✗ Undertecknarens nyckel är registrerad för Kangasala (211)" in out


def test_one_s_own_package_is_said_to_be_signed_with_this_computer_s_key(
    run: Run, tmp_path: Path
) -> None:
    """An official checking what they sent is told it is their own key's signature, not
    asked to confirm their own fingerprint by telephone; another key is still unconfirmed."""
    from desktop.signing.keystore import create_key_file

    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, "2022-1")
        own = create_key_file(paths.key_store, Organisation("Kangasala", "Kangasala"), None)
        mine = Submissions(workbook).export(
            "2022-1", tmp_path / "mine", key=own, lang="fi", after_closing=True
        )
    assert mine.package is not None
    code, out, _ = run("--data-dir", str(paths.root), "verify", str(mine.package))
    assert code == 0
    assert "allekirjoitettu tämän tietokoneen organisaatioavaimella" in out
    assert "allekirjoittajaa ei ole vahvistettu" not in out
    other = tmp_path / "other"
    code, out, _ = run("--data-dir", str(other), "verify", str(mine.package))
    assert code == 0 and "tämän tietokoneen" not in out


def test_a_console_that_cannot_show_the_marks_tells_pass_from_fail_in_letters(
    sent: tuple[Path, Path], tmp_path: Path
) -> None:
    # A Windows console or a file redirected there is written in a code page without ✓ and ✗,
    # which would print both as "?".
    import subprocess

    package, _ = sent
    broken = tmp_path / "broken.asice"
    data = package.read_bytes()
    broken.write_bytes(flipped(data, len(data) // 2))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "verify", str(package), str(broken)],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "cp1252", "TILANNEKUVA_DATA_DIR": str(tmp_path)},
    )
    said = done.stdout.decode("cp1252")
    assert "?" not in "".join(line[:2] for line in said.splitlines())
    assert any(line.startswith("OK ") for line in said.splitlines())
    assert any(line.startswith("X ") for line in said.splitlines())


def test_collect_marks_a_refused_file_in_letters_where_the_console_cannot_show_the_mark(
    sent: tuple[Path, Path], tmp_path: Path
) -> None:
    import subprocess

    package, _ = sent
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(package, inbox / package.name)  # no key registered: the signer is not confirmed
    command = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(
        [*command, "--lang", "sv", "collect", ROUND, str(inbox)],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    said = done.stdout.decode("cp1252")
    assert f"X {inbox / package.name}" in said.splitlines(), said
