"""Export of a full round, and verification of the packages against ``openssl cms -verify``.

Export: the whole job the official starts with one click (validate, render
the report, sign it, write survey.json, build and sign the package, verify
it as a receiver would, write both files and record the submission), for
each shipped round filled with the demo answers. Target < 1 s. The first
export of the process also pays for loading pyHanko and the fonts, so it is
reported separately.

Verification: the coordinator checks one package after another. Ours runs
every check (container, manifest, CMS signature, JSON, the PDF's signature
and coverage, schemas, answers) in one process; the baseline is what a
script would do with openssl for each package: one ``openssl cms -verify``
process over the already extracted signature and manifest, which checks the
CMS signature only. Both on the same packages in the same run; target
ratio ≤ 2. For information, a one-off ``tilannekuva verify`` process is
timed too (it pays Python's and pyHanko's start-up every time).

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

from desktop.commands.demo import fill_round
from desktop.export.exporter import export_round
from desktop.export.package import verify_received
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.survey import shipped_catalog
from desktop.workbook import Workbook

ROUNDS = ("2022-1", "2022-2", "2022-3")
EXPORTS = 8
VERIFY_RUNS = 30
EXPORT_TARGET_S = 1.0
VERIFY_TARGET_RATIO = 2.0


def export_samples(root: Path) -> tuple[list[Path], dict[str, list[float]]]:
    """Export every round ``EXPORTS`` times (a correction between); the packages and timings."""
    key = create_key(Organisation("Inari", "Inari"))
    register = Register.load()
    packages: list[Path] = []
    timings: dict[str, list[float]] = {}
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("148", contact_name="Ánde Saamelainen"))
        workbook = Workbook(store)
        for round_id in ROUNDS:
            fill_round(workbook, round_id)
            timings[round_id] = []
            for _ in range(EXPORTS):
                store.start_correction(round_id)
                start = time.perf_counter()
                result = export_round(
                    workbook,
                    round_id,
                    root / "out",
                    key=key,
                    lang="fi",
                    register=register,
                    after_closing=True,
                )
                timings[round_id].append(time.perf_counter() - start)
                assert result.package is not None
                packages.append(result.package)
    return packages, timings


def ours_per_package(packages: list[Path]) -> float:
    catalog, register = shipped_catalog(), Register.load()
    contents = [p.read_bytes() for p in packages]
    verify_received(contents[0], pdf=False, catalog=catalog, register=register)  # warm
    samples = []
    for _ in range(max(1, VERIFY_RUNS // len(contents))):
        start = time.perf_counter()
        for data in contents:
            verdict = verify_received(data, pdf=False, catalog=catalog, register=register)
            assert verdict.ok, verdict.failure
        samples.append((time.perf_counter() - start) / len(contents))
    return statistics.median(samples)


def openssl_per_package(packages: list[Path], work: Path) -> float:
    openssl = shutil.which("openssl")
    if openssl is None:
        sys.exit("openssl is needed for the baseline (Debian: apt install openssl)")
    commands = []
    for index, package in enumerate(packages):
        folder = work / f"extracted-{index}"
        with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
            archive.extractall(folder)
        command = [openssl, "cms", "-verify", "-binary", "-inform", "der", "-noverify"]
        command += ["-in", str(folder / "META-INF" / "signature001.p7s")]
        command += ["-content", str(folder / "META-INF" / "ASiCManifest.xml"), "-out", "-"]
        commands.append(command)
    subprocess.run(commands[0], capture_output=True, check=True)  # warm
    samples = []
    for _ in range(max(1, VERIFY_RUNS // len(commands))):
        start = time.perf_counter()
        for command in commands:
            subprocess.run(command, capture_output=True, check=True)
        samples.append((time.perf_counter() - start) / len(commands))
    return statistics.median(samples)


def cli_once(package: Path) -> float:
    command = [sys.executable, "-m", "desktop", "verify", str(package)]
    subprocess.run(command, capture_output=True, check=True)  # warm the file cache
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


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
        ours = ours_per_package(packages)
        baseline = openssl_per_package(packages, root)
        ratio = ours / baseline
        print(
            f"verify {len(packages)} packages: ours {ours * 1000:.1f} ms per package (every "
            f"check), openssl cms -verify {baseline * 1000:.1f} ms per package (signature only), "
            f"ratio {ratio:.2f} (target <= {VERIFY_TARGET_RATIO:.0f})  "
            f"{'OK' if ratio <= VERIFY_TARGET_RATIO else 'MISSED'}"
        )
        once = cli_once(packages[0])
        print(
            f"one-off 'tilannekuva verify' process: {once * 1000:.0f} ms "
            f"= {once / baseline:.1f} x one openssl process (start-up of Python and pyHanko)"
        )


if __name__ == "__main__":
    main()
