"""A mentor's view of a whole cohort: learner by exercise, from their progress files.

``python manage.py exercises --cohort PATH...`` reads, for each learner, the
progress file their CI uploaded (``exercises.progress_file``): a ``.json`` file, or
a folder holding one (a downloaded artifact, or a learner's repository). It prints
one Markdown table, and ``--html FILE`` writes the same as a page that needs no
server. Reading files runs nobody's code. A folder without a progress file is shown
as such, unless ``--run`` is given: then that learner's tests run on this machine,
in their folder, and the command says so first, for each of them.
"""

import html
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from exercises.progress import DONE, FAILING, READY, TODO
from exercises.progress_file import FORMAT

STATUSES = (DONE, READY, FAILING, TODO)
SYMBOLS = {DONE: "done", READY: "ready", FAILING: "failing", TODO: "todo", None: "?"}
PROGRESS_NAMES = ("progress.json", "exercise-progress.json")


class CohortError(ValueError):
    """A file is not a progress file, or a path names nothing."""


@dataclass
class Learner:
    """One learner: where their progress came from, and the progress itself (or why not)."""

    name: str
    source: str
    progress: dict | None = None
    problem: str = ""
    statuses: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.progress:
            self.statuses = {item["id"]: item["status"] for item in self.progress["exercises"]}

    @property
    def done(self):
        return sum(status == DONE for status in self.statuses.values())

    @property
    def last_change(self):
        if not self.progress:
            return ""
        repository = self.progress.get("repository") or {}
        return (repository.get("last_change") or self.progress.get("generated_at") or "")[:10]


def read_progress(path):
    """A progress file's contents, checked for its format."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CohortError(f"{path}: not a readable JSON file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CohortError(f"{path}: not a progress file (format {FORMAT!r})")
    return data


def find_progress_file(folder):
    """The progress file in ``folder`` or one level below it (an unzipped artifact), or None."""
    for name in PROGRESS_NAMES:
        for candidate in (Path(folder) / name, *sorted(Path(folder).glob(f"*/{name}"))):
            if candidate.is_file():
                return candidate
    return None


def run_learner_tests(folder):
    """Run a learner's tests in their folder, on this machine; their progress, or why not."""
    completed = subprocess.run(
        [sys.executable, "manage.py", "exercises", "--format", "json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if completed.returncode != 0:
        return None, (completed.stderr.strip().splitlines() or ["the tests did not run"])[-1]
    return json.loads(completed.stdout), ""


def learner_name(path):
    path = Path(path)
    if path.is_file():
        return path.parent.name if path.name in PROGRESS_NAMES else path.stem
    return path.name


def gather(paths, run=False, say=print):
    """The learners behind ``paths``, in the order given."""
    learners = []
    for path in map(Path, paths):
        name = learner_name(path)
        if path.is_file():
            learners.append(Learner(name, str(path), read_progress(path)))
            continue
        if not path.is_dir():
            raise CohortError(f"{path}: no such file or folder")
        found = find_progress_file(path)
        if found:
            learners.append(Learner(name, str(found), read_progress(found)))
        elif run:
            say(f"Running {name}'s code on this machine: their tests, in {path}")
            progress, problem = run_learner_tests(path)
            learners.append(Learner(name, f"{path} (tests run here)", progress, problem))
        else:
            learners.append(
                Learner(name, str(path), problem="no progress file (--run runs their tests here)")
            )
    return learners


def exercise_columns(learners):
    """The exercises, in order, from the first progress file that lists them."""
    for learner in learners:
        if learner.progress:
            return [(item["id"], item["title"]) for item in learner.progress["exercises"]]
    return []


def markdown(learners, title="Cohort"):
    """The cohort as one Markdown table, with a total per exercise."""
    columns = exercise_columns(learners)
    lines = [
        f"# {title}: {len(learners)} learners",
        "",
        "| learner | "
        + " | ".join(exercise_id for exercise_id, _ in columns)
        + " | done | last change |",
        "| --- |" + " --- |" * (len(columns) + 2),
    ]
    for learner in learners:
        if not learner.progress:
            lines.append(
                f"| {learner.name} | "
                + " | ".join("?" for _ in columns)
                + f" | · | {learner.problem} |"
            )
            continue
        cells = [SYMBOLS[learner.statuses.get(exercise_id)] for exercise_id, _ in columns]
        lines.append(
            f"| {learner.name} | "
            + " | ".join(cells)
            + f" | {learner.done}/{len(columns)} | {learner.last_change} |"
        )
    totals = [
        str(sum(learner.statuses.get(exercise_id) == DONE for learner in learners))
        for exercise_id, _ in columns
    ]
    lines.append("| **done** | " + " | ".join(totals) + " | | |")
    return "\n".join(lines) + "\n"


STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1f2933; }
h1 { font-size: 1.4rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d9e2ec; padding: .3rem .5rem; text-align: center; }
th { background: #f0f4f8; }
td.learner { text-align: left; font-weight: 600; }
.done { background: #c6f6d5; } .ready { background: #fefcbf; }
.failing { background: #fed7d7; } .todo { background: #edf2f7; color: #627d98; }
.missing { color: #9b2c2c; text-align: left; }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .3rem; }
"""


def page(learners, title="Cohort"):
    """The cohort as a self-contained HTML page: no server, no script, no external file."""
    columns = exercise_columns(learners)
    escape = html.escape
    header = "".join(
        f'<th title="{escape(name)}">{escape(exercise_id)}</th>' for exercise_id, name in columns
    )
    rows = []
    for learner in learners:
        if not learner.progress:
            span = len(columns) + 2
            rows.append(
                f'<tr><td class="learner">{escape(learner.name)}</td>'
                f'<td class="missing" colspan="{span}">{escape(learner.problem)}</td></tr>'
            )
            continue
        cells = "".join(
            f'<td class="{status or "todo"}">{SYMBOLS[status]}</td>'
            for status in (learner.statuses.get(exercise_id) for exercise_id, _ in columns)
        )
        rows.append(
            f'<tr><td class="learner">{escape(learner.name)}</td>{cells}'
            f"<td>{learner.done}/{len(columns)}</td><td>{escape(learner.last_change)}</td></tr>"
        )
    totals = "".join(
        f"<td>{sum(learner.statuses.get(exercise_id) == DONE for learner in learners)}</td>"
        for exercise_id, _ in columns
    )
    legend = "".join(f'<span class="{status}">{status}</span>' for status in STATUSES)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}: {len(learners)} learners</h1>\n"
        f'<p class="legend">{legend} Generated {escape(time.strftime("%Y-%m-%d %H:%M"))}.</p>\n'
        f"<table>\n<tr><th>learner</th>{header}<th>done</th><th>last change</th></tr>\n"
        + "\n".join(rows)
        + f"\n<tr><th>done</th>{totals}<td></td><td></td></tr>\n</table>\n</body>\n</html>\n"
    )
