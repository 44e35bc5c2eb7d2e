"""The progress file: a learner's statuses as JSON, in a documented, versioned format.

``manage.py exercises --format json`` prints it; the project's CI uploads it as the
``exercise-progress`` artifact on every push, and a mentor's cohort view reads it,
so a mentor sees thirty learners without running anybody's code. Version 1:

- ``format``: ``"django-practice-progress"``; ``version``: ``1``; ``generated_at``;
- ``project``: ``name``, ``template``, ``variant`` (``learner`` or ``solution``) and
  ``template_commit`` (the template's commit the project came from, or null);
- ``repository``: ``skeleton_commit``, ``head_commit`` and ``last_change`` (the date
  of the latest commit), each null outside a git repository;
- ``summary``: how many exercises are ``done``, ``ready``, ``failing`` and ``todo``,
  the ``total``, and the ``points`` earned of ``max_points`` (only ``done`` scores);
- ``next``: the id of the first exercise not done, or null;
- ``exercises``: one object per exercise, in order: ``id``, ``slug``, ``title``,
  ``skills``, ``status``, ``points``, ``files``, ``markers``, ``tests`` (``total``,
  ``failed``, ``skipped``), ``failures`` (``test``, ``rule``, ``message``,
  ``explanation``), ``recorded_at`` and ``hints_used`` (how many times the learner
  asked for the hint).

A later version adds fields; it never changes what these mean.
"""

import json
import subprocess
import time
from pathlib import Path

from exercises import hints
from exercises.catalog import PROJECT_DIR
from exercises.progress import DONE, FAILING, READY, TODO, next_up

FORMAT = "django-practice-progress"
VERSION = 1


def _git(root, *arguments):
    """One line of git output in ``root``, or None when git or the revision is not there."""
    try:
        completed = subprocess.run(
            ["git", *arguments], cwd=root, capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return completed.stdout.strip() or None if completed.returncode == 0 else None


def template_commit(root=PROJECT_DIR):
    """The template's commit this project was generated from (``.cruft.json``), or None."""
    try:
        return json.loads((Path(root) / ".cruft.json").read_text(encoding="utf-8")).get("commit")
    except (OSError, ValueError):
        return None


def document(progresses, root=PROJECT_DIR):
    """The progress file's contents for ``progresses``, as a dictionary."""
    from config import project

    used = {entry["id"]: len(entry["asked"]) for entry in hints.load(root).values()}
    counts = {status: 0 for status in (DONE, READY, FAILING, TODO)}
    for item in progresses:
        counts[item.status] += 1
    upcoming = next_up(progresses)
    exercises = [
        {
            **item.as_dict(),
            "points": item.exercise.points,
            "hints_used": used.get(item.exercise.id, 0),
        }
        for item in progresses
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "project": {
            "name": project.NAME,
            "template": project.TEMPLATE,
            "variant": project.VARIANT,
            "template_commit": template_commit(root),
        },
        "repository": {
            "skeleton_commit": _git(root, "rev-parse", "--verify", "--quiet", "skeleton^{commit}"),
            "head_commit": _git(root, "rev-parse", "--verify", "--quiet", "HEAD"),
            "last_change": _git(root, "log", "-1", "--format=%cI"),
        },
        "summary": {
            **counts,
            "total": len(progresses),
            "points": sum(item.exercise.points for item in progresses if item.status == DONE),
            "max_points": sum(item.exercise.points for item in progresses),
        },
        "next": upcoming.exercise.id if upcoming else None,
        "exercises": exercises,
    }
