"""Time to render the PDF report of a completely filled round.

The export target is < 1 s for the whole export of a full round, signing
included; signing is measured on its own, so this prints the render time
and its share of that second. The first render (font loading) is reported
separately from the median of the following ones.

    python benchmarks/export_report.py
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime

from desktop import __version__
from desktop.export import render_report
from desktop.municipalities import Register
from desktop.paths import resources_dir
from desktop.storage import Profile
from desktop.survey import shipped_catalog, validate_round

RUNS = 20
TARGET_S = 1.0
ROUNDS = ("2022-1", "2022-2", "2022-3")


def render_once(round_id: str) -> tuple[float, int, int]:
    """(seconds, bytes, problems) of one render of the demo answers of ``round_id``."""
    data = json.loads((resources_dir() / "demo" / f"answers-{round_id}.json").read_text("utf-8"))
    code = data["municipality"]
    answers = data["answers"]
    answers["background"]["municipality"] = code
    rnd = shipped_catalog().round(round_id)
    municipality = Register.load().get(code)
    profile = Profile(code, "Anna Mäkelä", "Talousjohtaja", "anna.makela@example.fi", "040 1234567")
    start = time.perf_counter()
    # Validation is part of rendering (the report's summary), so it is inside the timing.
    pdf = render_report(
        rnd,
        answers,
        profile,
        municipality,
        lang="fi",
        signer_name="Anna Mäkelä",
        fingerprint="3F2A9C01" * 8,
        generated_at=datetime(2022, 2, 10, 12, 5, tzinfo=UTC),
        draft=False,
        generator_version=__version__,
    )
    elapsed = time.perf_counter() - start
    return elapsed, len(pdf), len(validate_round(rnd, answers))


def main() -> None:
    for round_id in ROUNDS:
        first, size, problems = render_once(round_id)
        samples = [render_once(round_id)[0] for _ in range(RUNS)]
        median = statistics.median(samples)
        share = median / TARGET_S
        print(
            f"render report {round_id} ({size / 1024:.0f} KiB, {problems} problems): "
            f"first {first * 1000:.0f} ms, median of {RUNS} {median * 1000:.0f} ms "
            f"= {share:.0%} of the 1 s export budget (signing not included)  "
            f"{'OK' if median < TARGET_S else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
