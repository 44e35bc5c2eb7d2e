"""A mentor's review of one learner's repository, from the reference project.

``python manage.py exercises --review PATH`` (a folder, or a clone URL) is run in the
project generated with ``include_solutions``, which alone carries the review notes.
For each exercise it gives the learner's status and failing tests (from their
progress file, or from their tests run here with ``--run``, which it says first),
what ``git diff skeleton`` changed in the exercise's files, whether they asked for
the hint, and the review notes beside it.
"""

import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from exercises.catalog import load_exercises
from exercises.cohort import find_progress_file, read_progress, run_learner_tests
from exercises.hints import load as load_hints
from exercises.report import code


class ReviewError(ValueError):
    """The repository cannot be read, or this project has no review notes."""


def is_url(target):
    return "://" in target or target.startswith("git@")


@contextmanager
def checkout(target):
    """The learner's repository as a folder: ``target`` itself, or a fresh clone of it."""
    if not is_url(target):
        folder = Path(target)
        if not (folder / "exercises.toml").is_file():
            raise ReviewError(f"{target}: no exercises.toml, so not a practice project")
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="review-") as parent:
        folder = Path(parent) / "learner"
        completed = subprocess.run(
            ["git", "clone", "--quiet", target, str(folder)], capture_output=True, text=True
        )
        if completed.returncode != 0:
            raise ReviewError(f"git could not clone {target}: {completed.stderr.strip()}")
        yield folder


def diff_summary(folder, files):
    """``git diff --stat skeleton`` for the exercise's files, in the learner's repository."""
    completed = subprocess.run(
        ["git", "diff", "--stat", "skeleton", "--", *files],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        return "no skeleton commit to compare with"
    lines = completed.stdout.strip().splitlines()
    return lines[-1].strip() if lines else "unchanged since the skeleton"


def learner_progress(folder, run, say):
    """The learner's progress: their progress file, or their tests run here if asked."""
    found = find_progress_file(folder)
    if found:
        return read_progress(found), f"progress file {found.relative_to(folder)}"
    if not run:
        return None, "no progress file: statuses not shown (--run runs their tests here)"
    say(f"Running the learner's code on this machine: their tests, in {folder}")
    progress, problem = run_learner_tests(folder)
    return progress, problem or "their tests, run here"


def review(target, run=False, say=print):
    """The review, as Markdown."""
    notes = {exercise.slug: exercise for exercise in load_exercises(with_markers=False)}
    if not any(exercise.review for exercise in notes.values()):
        raise ReviewError(
            "This project has no review notes: run --review from the reference project "
            "(generated with include_solutions)."
        )
    with checkout(target) as folder:
        progress, source = learner_progress(folder, run, say)
        statuses = {item["slug"]: item for item in (progress or {}).get("exercises", [])}
        hints = load_hints(folder)
        learner = load_exercises(folder, with_markers=False)
        lines = [f"# Review: {target}", "", f"Statuses from: {source}.", ""]
        for exercise in learner:
            item = statuses.get(exercise.slug, {})
            asked = len(hints.get(exercise.slug, {}).get("asked", []))
            lines += [
                f"## {exercise.id} {exercise.title}: {item.get('status', 'unknown')}",
                "",
                f"- Changed since the skeleton: {diff_summary(folder, exercise.files)}",
                f"- Hint: {f'asked for {asked} time(s)' if asked else 'not asked for'}",
            ]
            for failure in item.get("failures", []):
                rule = f" ({failure['rule']})" if failure.get("rule") else ""
                lines.append(f"- Fails: {code(failure['test'])}{rule}: {code(failure['message'])}")
            reference = notes.get(exercise.slug)
            if reference and reference.review:
                lines += ["", *(f"> {line}".rstrip() for line in reference.review.splitlines())]
            lines.append("")
    return "\n".join(lines)
