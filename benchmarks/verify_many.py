"""``tilannekuva verify`` as a coordinator runs it, against ``openssl cms -verify``, whole processes.

Like with like: every figure is the wall time of whole processes started
from a shell, taken in turns in the same run, median of several samples
(min–max shown for the noise).

- Many: one ``tilannekuva verify`` command over every package of the
  generated round (``tests/fixtures/received``, 309 municipalities with
  corrections, made once under ``benchmarks/out/``), which runs every check
  of each (container, signature, manifest, signer, the report's PDF
  signature and coverage, JSON, schemas, answers), against one shell running
  ``openssl cms -verify`` for each package over its already extracted
  signature and manifest (the CMS signature only). Target: ratio <= 1.
- One: a single ``tilannekuva verify`` process on one package against a
  single ``openssl cms -verify`` process. Target: <= 300 ms of wall time;
  the CPU time of the processes (user + system) is printed beside it, as
  it is steadier on a shared machine.

    python benchmarks/verify_many.py [--count 309] [--samples 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report_goals import Goal  # noqa: E402

from tests.fixtures.received.generate import generate  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
MANY_TARGET_RATIO = 1.0
ONE_TARGET_S = 0.300


def tilannekuva() -> str:
    found = shutil.which("tilannekuva", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit("tilannekuva is not installed in this Python's environment")
    return found


def openssl() -> str:
    found = shutil.which("openssl")
    if found is None:
        sys.exit("openssl is needed for the baseline (Debian: apt install openssl)")
    return found


def wall(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def cpu_and_wall(command: list[str], cpu: list[float]) -> float:
    """The wall time of one whole process; its CPU time (user + system) appended to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = wall(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
    return took


def extracted(packages: list[Path], work: Path) -> list[Path]:
    folders = []
    for index, package in enumerate(packages):
        folder = work / f"x{index}"
        folder.mkdir()
        with zipfile.ZipFile(package) as archive:
            (folder / "s").write_bytes(archive.read("META-INF/signature001.p7s"))
            (folder / "m").write_bytes(archive.read("META-INF/ASiCManifest.xml"))
        folders.append(folder)
    return folders


def openssl_loop(folders: list[Path]) -> float:
    script = (
        'for d in "$@"; do "$OPENSSL" cms -verify -binary -inform der -noverify '
        '-in "$d/s" -content "$d/m" -out /dev/null 2>/dev/null; done'
    )
    env = {**os.environ, "OPENSSL": openssl()}
    return wall(["sh", "-c", script, "sh", *map(str, folders)], env)


def sampled(runs: dict[str, Callable[[], float]], samples: int) -> dict[str, list[float]]:
    """Each run ``samples`` times, taking turns, after one warm-up run of each."""
    for run in runs.values():
        run()
    found: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(samples):
        for name, run in runs.items():
            found[name].append(run())
    return found


def told(samples: list[float]) -> str:
    return (
        f"{statistics.median(samples) * 1000:.0f} ms "
        f"({min(samples) * 1000:.0f}–{max(samples) * 1000:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=309)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    run(count=args.count, samples=args.samples)


def run(quick: bool = False, *, count: int = 309, samples: int = 5) -> list[Goal]:
    """Print the figures; the two goals with them (for ``run_all.py``)."""
    if quick:
        samples = 3
    expected = generate(OUT / f"received-{count}", count)
    source = OUT / f"received-{count}"
    # Only the sound packages: openssl cannot open the broken ones, and ours stops early on them.
    refused = {Path(name).name for name in expected["refused_files"]}
    packages = sorted(p for p in (source / "packages").glob("*.asice") if p.name not in refused)
    with tempfile.TemporaryDirectory(dir=OUT) as temp:
        folders = extracted(packages, Path(temp))
        ours = [tilannekuva(), "verify", *map(str, packages)]
        many = sampled(
            {"ours": lambda: wall(ours), "openssl": lambda: openssl_loop(folders)},
            max(3, samples // 2),
        )
        one_ours = [tilannekuva(), "verify", str(packages[0])]
        one_openssl = [openssl(), "cms", "-verify", "-binary", "-inform", "der", "-noverify"]
        one_openssl += ["-in", str(folders[0] / "s"), "-content", str(folders[0] / "m")]
        one_openssl += ["-out", os.devnull]
        cpu: dict[str, list[float]] = {"ours": [], "openssl": []}
        one = sampled(
            {
                "ours": lambda: cpu_and_wall(one_ours, cpu["ours"]),
                "openssl": lambda: cpu_and_wall(one_openssl, cpu["openssl"]),
            },
            samples * 2 + 1,
        )
    ratio = statistics.median(many["ours"]) / statistics.median(many["openssl"])
    print(
        f"verify {len(packages)} packages in one command: ours {told(many['ours'])}, "
        f"openssl cms -verify shell loop {told(many['openssl'])}; ratio {ratio:.2f} "
        f"(target <= {MANY_TARGET_RATIO:.0f}) {'OK' if ratio <= MANY_TARGET_RATIO else 'MISSED'}"
    )
    single = statistics.median(one["ours"])
    print(
        f"one verify process: ours {told(one['ours'])}, one openssl process "
        f"{told(one['openssl'])}, {single / statistics.median(one['openssl']):.0f} x "
        f"(target <= {ONE_TARGET_S * 1000:.0f} ms) "
        f"{'OK' if single <= ONE_TARGET_S else 'MISSED'}"
    )
    print(
        f"  CPU time (user + system): ours {told(cpu['ours'][1:])}, "
        f"openssl {told(cpu['openssl'][1:])}"
    )
    return [
        Goal(f"verify {len(packages)} packages / openssl loop (x)", ratio, MANY_TARGET_RATIO),
        Goal("one verify process (s)", single, ONE_TARGET_S),
    ]


if __name__ == "__main__":
    main()
