"""Export of a full round, and verification of the packages against ``openssl cms -verify``.

Export: the whole job the official starts with one click (validate, render
the report, sign it, write survey.json, build and sign the package, verify
it as a receiver would, write both files and record the submission), for
each shipped round filled with the demo answers. Target < 1 s. The first
export of the process also pays for loading pyHanko and the fonts, so it is
reported separately.

Verification, like with like: whole processes against whole processes. One
``tilannekuva verify`` process on one package (every check: container,
signature, manifest, signer, the report's PDF signature and coverage, JSON,
schemas, answers) against one ``openssl cms -verify`` process over the same
package's extracted signature and manifest (the CMS signature only), taking
turns on the packages exported here, median of ``VERIFY_SAMPLES`` each with
min–max. The figure in one process (every check of a package after the
first, no start-up) is printed for information, without a ratio: openssl
has no in-process counterpart here. Many packages in one command against a
shell loop of openssl: ``benchmarks/verify_many.py``.

    python benchmarks/export_verify.py
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from desktop.collect.receiving import verify_received
from desktop.commands.demo import fill_round
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey import shipped_catalog
from desktop.workbook import Workbook

ROUNDS = ("2022-1", "2022-2", "2022-3")
EXPORTS = 8
VERIFY_SAMPLES = 9
EXPORT_TARGET_S = 1.0
ONE_PROCESS_TARGET_S = 0.300


def export_samples(root: Path) -> tuple[list[Path], dict[str, list[float]]]:
    """Export every round ``EXPORTS`` times (a correction between); the packages and timings."""
    key = create_key(Organisation("Inari", "Inari"))
    register = Register.load()
    packages: list[Path] = []
    timings: dict[str, list[float]] = {}
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("148", contact_name="Ánde Saamelainen"))
        workbook = Workbook(store, register=register)
        for round_id in ROUNDS:
            fill_round(workbook, round_id)
            timings[round_id] = []
            for _ in range(EXPORTS):
                store.start_correction(round_id)
                start = time.perf_counter()
                result = Submissions(workbook).export(
                    round_id, root / "out", key=key, lang="fi", after_closing=True
                )
                timings[round_id].append(time.perf_counter() - start)
                assert result.package is not None
                packages.append(result.package)
    return packages, timings


def in_process_per_package(packages: list[Path]) -> float:
    """Median seconds of every check of one package inside a warm process."""
    catalog, register = shipped_catalog(), Register.load()
    contents = [p.read_bytes() for p in packages]
    verify_received(contents[0], pdf=False, catalog=catalog, register=register)  # warm
    samples = []
    for data in contents * max(1, VERIFY_SAMPLES // len(contents) + 1):
        start = time.perf_counter()
        verdict = verify_received(data, pdf=False, catalog=catalog, register=register)
        samples.append(time.perf_counter() - start)
        assert verdict.ok, verdict.failure
    return statistics.median(samples)


def whole_processes(packages: list[Path], work: Path) -> tuple[list[float], list[float]]:
    """Seconds of one ``tilannekuva verify`` process and of one openssl process, in turns."""
    openssl = shutil.which("openssl")
    tilannekuva = shutil.which("tilannekuva", path=str(Path(sys.executable).parent))
    if openssl is None or tilannekuva is None:
        sys.exit("openssl (apt install openssl) and an installed tilannekuva are needed")
    pairs = []
    for index, package in enumerate(packages):
        folder = work / f"extracted-{index}"
        with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
            archive.extractall(folder)
        command = [openssl, "cms", "-verify", "-binary", "-inform", "der", "-noverify"]
        command += ["-in", str(folder / "META-INF" / "signature001.p7s")]
        command += ["-content", str(folder / "META-INF" / "ASiCManifest.xml"), "-out", "-"]
        pairs.append(([tilannekuva, "verify", str(package)], command))
    for ours, theirs in pairs[:1]:  # warm the file cache
        subprocess.run(ours, capture_output=True, check=True)
        subprocess.run(theirs, capture_output=True, check=True)
    ours_samples, openssl_samples = [], []
    for index in range(VERIFY_SAMPLES):
        ours, theirs = pairs[index % len(pairs)]
        for command, samples in ((ours, ours_samples), (theirs, openssl_samples)):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            samples.append(time.perf_counter() - start)
    return ours_samples, openssl_samples


def _told(samples: list[float]) -> str:
    return (
        f"median of {len(samples)} {statistics.median(samples) * 1000:.0f} ms "
        f"({min(samples) * 1000:.0f}–{max(samples) * 1000:.0f})"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        packages, timings = export_samples(root)
        for round_id, samples in timings.items():
            median = statistics.median(samples[1:])
            print(
                f"export {round_id}: first {samples[0] * 1000:.0f} ms, median of "
                f"{len(samples) - 1} {median * 1000:.0f} ms (target < {EXPORT_TARGET_S:.0f} s)  "
                f"{'OK' if median < EXPORT_TARGET_S else 'MISSED'}"
            )
        inside = in_process_per_package(packages)
        ours, theirs = whole_processes(packages, root)
        one = statistics.median(ours)
        print(
            f"one 'tilannekuva verify' process (every check): {_told(ours)}; one "
            f"'openssl cms -verify' process (the signature only): {_told(theirs)}; "
            f"{one / statistics.median(theirs):.0f} x (target <= "
            f"{ONE_PROCESS_TARGET_S * 1000:.0f} ms) "
            f"{'OK' if one <= ONE_PROCESS_TARGET_S else 'MISSED'}"
        )
        print(
            f"inside one warm process, every check of a package: {inside * 1000:.1f} ms "
            f"(for information: the start-up is what a process pays on top)"
        )


if __name__ == "__main__":
    main()
