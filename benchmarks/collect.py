"""Collecting a round: ``tilannekuva collect`` against a shell loop of ``openssl cms -verify``.

The packages are the generated realistic ones (``tests/fixtures/received``):
309 municipalities with corrections and hostile files, made once and kept
under ``benchmarks/out/``. Ours is the whole command as the coordinator runs
it: Python's start-up, finding the files, every check of ``verify`` on each
package (container, manifest, CMS signature, JSON, the report's PDF
signature and coverage, schemas, answers) in a pool over all cores, and each
result recorded in a fresh database. The baseline is what a script would
do: one shell running ``openssl cms -verify`` for each package over its
already extracted signature and manifest, checking the CMS signature only.
Target: ours at most 1 x the openssl loop's wall time.

Memory: the peak resident size of the largest process of the run (the
collecting process or a worker) at 309 packages and at 3 x 309 (three copies
of the folder, each copy checked and recorded like any file). Target: within
10 % of each other.

    python benchmarks/collect.py [--count 309]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.received.generate import ROUND, generate  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
TARGET_RATIO = 1.0
MEMORY_TOLERANCE = 0.10

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def tilannekuva() -> str:
    found = shutil.which("tilannekuva", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit("tilannekuva is not installed in this Python's environment")
    return found


def measured(command: list[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in KiB of the largest process) of ``command``."""
    line = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(line[0]), int(line[1])


def collect_run(folders: list[Path], work: Path, trusted: Path) -> tuple[float, int]:
    data = work / f"data-{time.monotonic_ns()}"
    subprocess.run(
        [tilannekuva(), "--data-dir", str(data), "trust", "import", str(trusted)],
        check=True,
        capture_output=True,
    )
    return measured([tilannekuva(), "--data-dir", str(data), "collect", ROUND, *map(str, folders)])


def openssl_loop(packages: list[Path], work: Path) -> float:
    """Wall time of one shell verifying every package's CMS signature with openssl."""
    openssl = shutil.which("openssl")
    if openssl is None:
        sys.exit("openssl is needed for the baseline (Debian: apt install openssl)")
    folders = []
    for index, package in enumerate(packages):
        folder = work / f"x{index}"
        folder.mkdir()
        with zipfile.ZipFile(package) as archive:
            (folder / "s").write_bytes(archive.read("META-INF/signature001.p7s"))
            (folder / "m").write_bytes(archive.read("META-INF/ASiCManifest.xml"))
        folders.append(folder)
    script = (
        'for d in "$@"; do "$OPENSSL" cms -verify -binary -inform der -noverify '
        '-in "$d/s" -content "$d/m" -out /dev/null 2>/dev/null; done'
    )
    start = time.perf_counter()
    subprocess.run(
        ["sh", "-c", script, "sh", *map(str, folders)], env={**os.environ, "OPENSSL": openssl}
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=309)
    args = parser.parse_args()
    source = OUT / f"received-{args.count}"
    started = time.perf_counter()
    generate(source, args.count)
    print(f"packages ready in {time.perf_counter() - started:.1f} s ({source})")
    # The sound packages only, for the baseline: openssl cannot open the broken ones.
    packages = sorted((source / "packages").glob("*.asice"))
    with tempfile.TemporaryDirectory(dir=OUT) as temp:
        work = Path(temp)
        trusted = source / "trusted.csv"
        copies = []
        for number in range(3):
            copy = work / f"copy-{number}"
            shutil.copytree(source / "packages", copy / "packages")
            copies.append(copy)
        files = sum(1 for _ in (source / "packages").glob("*.asice"))
        baseline = openssl_loop(packages, work)
        ours, memory_one = collect_run([copies[0] / "packages"], work, trusted)
        _, memory_three = collect_run([c / "packages" for c in copies], work, trusted)
    cores = os.cpu_count() or 1
    ratio = ours / baseline
    print(
        f"collect of {files} packages on {cores} cores: {ours:.2f} s; "
        f"openssl cms -verify loop: {baseline:.2f} s; ratio {ratio:.2f} "
        f"(target <= {TARGET_RATIO:.0f}) {'OK' if ratio <= TARGET_RATIO else 'OVER'}"
    )
    growth = memory_three / memory_one - 1
    print(
        f"peak memory: {memory_one / 1024:.0f} MiB at {files} packages, "
        f"{memory_three / 1024:.0f} MiB at {3 * files}; {growth:+.1%} "
        f"(target within {MEMORY_TOLERANCE:.0%}) "
        f"{'OK' if abs(growth) <= MEMORY_TOLERANCE else 'OVER'}"
    )


if __name__ == "__main__":
    main()
