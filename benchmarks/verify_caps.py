"""Verifying packages at the caps a received file may reach: time and peak memory.

Each package is signed by a key nobody trusted (no ``--trusted``: every
check runs, the answers included) and verified in a process of its own, as
``tilannekuva verify`` would (``verify_file``); the figures are that
process's wall time of the verification and its peak resident size. The
baseline is an ordinary package of the same round, verified the same way in
the same run. Targets: every package at the caps in < 2 s and < 200 MB.

- values: ``survey.json`` holding just under ``safejson.MAX_VALUES`` values,
  every row of a table wrong (one problem per row for the validator);
- text: just under ``safejson.MAX_STRING_CHARS`` characters of text that does
  not compress (so the zip's ratio cap lets it through);
- depth: lists nested ``safejson.MAX_DEPTH`` deep, as many as the value cap
  allows.

    python benchmarks/verify_caps.py
"""

from __future__ import annotations

import base64
import io
import random
import statistics
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report_goals import Goal  # noqa: E402

from desktop import safejson  # noqa: E402
from desktop.export.package import REPORT_NAME, SURVEY_NAME, encode, survey_document  # noqa: E402
from desktop.municipalities import Register  # noqa: E402
from desktop.signing import asice  # noqa: E402
from desktop.signing.keys import Organisation, create_key  # noqa: E402
from desktop.survey import shipped_catalog  # noqa: E402
from tests.fixtures.received.generate import ROUND, answers_for, package  # noqa: E402

TARGET_S = 2.0
TARGET_MIB = 200
SAMPLES = 3

# The process first verifies the ordinary package (the imports and caches are then paid),
# then the one measured: its wall and CPU seconds, and the process's peak resident size.
_MEASURE = """
import resource, sys, time
from desktop.collect.receiving import verify_file
verify_file(sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
verdict = verify_file(sys.argv[2])
took, used = time.perf_counter() - start, time.process_time() - cpu
failure = verdict.failure.id.value if verdict.failure else "ok"
print(took, used, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, failure)
"""


def measured(path: Path, warm: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak MiB, the check that failed) of verifying ``path``."""
    line = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(warm), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(line[0]), float(line[1]), int(line[2]) / 1024, line[3]


def at_caps(document: dict[str, Any], report: bytes, key: Any) -> dict[str, bytes]:
    rng = random.Random(7)
    made: dict[str, bytes] = {}
    # values: rows of {"x": n}, three values each (the row, its key, its number).
    rows = [{"x": n} for n in range((safejson.MAX_VALUES - 2000) // 3)]
    made["values"] = _with_answers(document, {"premises": {"rows_unknown": rows}})
    # text: random letters in strings of 4 000 characters.
    strings = []
    total = 0
    while total < safejson.MAX_STRING_CHARS - 8000:
        text = base64.b64encode(rng.randbytes(3000)).decode()
        strings.append(text)
        total += len(text) + 1
    made["text"] = _with_answers(document, {"premises": {"texts_unknown": strings}})
    # depth: lists nested to the cap, repeated within the value cap.
    nested: Any = []
    for _ in range(safejson.MAX_DEPTH - 5):
        nested = [nested]
    copies = (safejson.MAX_VALUES - 2000) // safejson.MAX_DEPTH
    made["depth"] = _with_answers(document, {"premises": {"deep_unknown": [nested] * copies}})
    return {
        name: asice.build({SURVEY_NAME: survey, REPORT_NAME: report}, key)
        for name, survey in made.items()
    }


def _with_answers(document: dict[str, Any], extra: dict[str, dict[str, Any]]) -> bytes:
    answers = {section: dict(fields) for section, fields in document["answers"].items()}
    for section, fields in extra.items():
        answers.setdefault(section, {}).update(fields)
    return encode({**document, "answers": answers})


def main() -> None:
    run()


def run(quick: bool = False) -> list[Goal]:
    """Print the figures; a time and a memory goal per package at the caps (for ``run_all``)."""
    samples = 1 if quick else SAMPLES
    rnd = shipped_catalog().round(ROUND)
    register = Register.load()
    municipality = register.get("211")
    key = create_key(Organisation("Kangasala", "Kangasala"))
    when = datetime(2022, 6, 1, tzinfo=UTC)
    answers = answers_for(rnd, municipality, random.Random(1))
    ordinary = package(rnd, answers, municipality, key, number=1, when=when)
    document = survey_document(
        rnd, answers, municipality, submission=1, generator_version="test", exported_at=when
    )
    with zipfile.ZipFile(io.BytesIO(ordinary)) as archive:
        report = archive.read(REPORT_NAME)
    with tempfile.TemporaryDirectory() as folder:
        paths = {"ordinary": Path(folder) / "ordinary.asice"}
        paths["ordinary"].write_bytes(ordinary)
        for name, data in at_caps(document, report, key).items():
            paths[name] = Path(folder) / f"{name}.asice"
            paths[name].write_bytes(data)
        sizes = {name: path.stat().st_size for name, path in paths.items()}
        Result = tuple[float, float, float, str]
        results: dict[str, list[Result]] = {name: [] for name in paths}
        for _ in range(samples):
            for name, path in paths.items():
                results[name].append(measured(path, paths["ordinary"]))
    base_time = statistics.median(r[0] for r in results["ordinary"])
    base_cpu = statistics.median(r[1] for r in results["ordinary"])
    base_memory = statistics.median(r[2] for r in results["ordinary"])
    print(
        f"ordinary package ({sizes['ordinary'] // 1024} KiB): {base_time * 1000:.0f} ms "
        f"(CPU {base_cpu * 1000:.0f} ms), process peak {base_memory:.0f} MiB (baseline)"
    )
    goals = []
    for name in paths:
        if name == "ordinary":
            continue
        times = [r[0] for r in results[name]]
        took = statistics.median(times)
        cpu = statistics.median(r[1] for r in results[name])
        memory = max(r[2] for r in results[name])
        held = took < TARGET_S and memory < TARGET_MIB
        print(
            f"at the caps, {name} ({sizes[name] / (1 << 20):.1f} MiB): {took * 1000:.0f} ms "
            f"({min(times) * 1000:.0f}–{max(times) * 1000:.0f}; CPU {cpu * 1000:.0f} ms) "
            f"= {took / base_time:.0f} x the baseline, process peak {memory:.0f} MiB "
            f"= {memory / base_memory:.1f} x; refused at: {results[name][0][3]} "
            f"(target < {TARGET_S:.0f} s and < {TARGET_MIB} MB) {'OK' if held else 'MISSED'}"
        )
        goals.append(Goal(f"verify at the caps, {name} (s)", took, TARGET_S))
        goals.append(Goal(f"verify at the caps, {name} (MiB)", memory, TARGET_MIB))
    return goals


if __name__ == "__main__":
    main()
