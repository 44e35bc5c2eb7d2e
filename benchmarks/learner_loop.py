"""How fast the learner's loop feels, as ratios to the project's own ``manage.py check``.

For each template, a learner's project is generated, its test suite run once (so
that a recording exists), and these are timed, medians of five, in the same run:

- ``manage.py check``, the reference;
- ``manage.py exercises``, the list, when nothing changed since the recorded run;
- ``manage.py exercises E01``, one exercise checked (its tests run);
- the watch mode's re-check after a save: one check by its warm process.

Run it from the repository root: ``python -m benchmarks.learner_loop`` (it takes a
few minutes). It prints a table; the targets are at most 2x, 3x and 1.5x. The
pytest plugins of this repository's own tests (pytest-cookies, pytest-xdist, anyio,
schemathesis, hypothesis) are turned off in the projects' runs, as a learner's
environment has none of them.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cookiecutter.main import cookiecutter

from tests.conftest import LEARNER_PYTEST

REPOSITORY = Path(__file__).resolve().parents[1]
TEMPLATES = ["todo-fbv", "todo-cbv", "ecommerce", "social"]
# As on a learner's machine: Python keeps its bytecode (pytest its rewritten test modules)
# even where this shell says not to.
LEARNER_ENVIRONMENT = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "PYTEST_ADDOPTS": LEARNER_PYTEST,
}
WARM_CHECK = """
import statistics, sys, time
from exercises.warm import WarmRunner
runner = WarmRunner()
runner([sys.argv[1]])
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    runner([sys.argv[1]])
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def timed(project, *arguments, repeat):
    """The median wall time of ``python arguments...`` in ``project``, over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, *arguments],
            cwd=project,
            env=LEARNER_ENVIRONMENT,
            capture_output=True,
            check=True,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(template, folder, repeat):
    project = Path(
        cookiecutter(
            str(REPOSITORY / "templates" / template),
            no_input=True,
            output_dir=str(folder),
            extra_context={"git_init": False},
        )
    )
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=LEARNER_ENVIRONMENT,
        capture_output=True,
    )
    check = timed(project, "manage.py", "check", repeat=repeat)
    listing = timed(project, "manage.py", "exercises", repeat=repeat)
    one = timed(project, "manage.py", "exercises", "E01", repeat=repeat)
    warm = subprocess.run(
        [sys.executable, "-c", WARM_CHECK, "E01", str(repeat)],
        cwd=project,
        env=LEARNER_ENVIRONMENT,
        capture_output=True,
        text=True,
        check=True,
    )
    return check, listing, one, float(warm.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("templates", nargs="*", default=TEMPLATES)
    options = parser.parse_args()
    print("| template | check (s) | list, nothing changed | one exercise (E01) | watch re-check |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        for template in options.templates:
            check, listing, one, warm = measure(template, Path(folder), options.repeat)
            print(
                f"| {template} | {check:.2f} | {listing / check:.2f}x | {one / check:.2f}x "
                f"| {warm / check:.2f}x |"
            )


if __name__ == "__main__":
    main()
