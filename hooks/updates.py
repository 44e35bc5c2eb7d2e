"""Projects that take later fixes to their template, with cruft.

cruft updates a project by rendering its template twice, at the commit the project
came from and at the newest one, and applying the difference to the project. So
generating writes the ``.cruft.json`` that cruft needs: where the template's
repository is, its commit, the folder of this template in it (cruft cannot follow
the root's nested ``templates`` key, only ``--directory``), the answers, and what an
update leaves alone: every file an exercise lists (the learner's work), ``.env``,
the database and the git history. Then ``cruft update`` in the project brings fixes
to tests, the runner, hints and settings, and never touches the learner's files.

When cruft itself renders the template (its context has ``_commit``), the project
already has its secret key, its git history and its ``.cruft.json``: those steps of
the post-generation hook do not run again.
"""

import json
import subprocess

from hooks.jinja import REPOSITORY_ROOT
from hooks.project_code import project_exercises

CRUFT_FILE = ".cruft.json"
# Never updated, whatever the template says: this checkout's own files.
ALWAYS_SKIPPED = [".env", ".git", "db.sqlite3", "media", ".exercises", CRUFT_FILE]


def rendered_by_cruft(context):
    """True when cruft renders the template to compute an update (or for ``cruft create``)."""
    return "_commit" in context


def _git(*arguments):
    """One line of git's output about the template repository; "" without git or an answer."""
    try:
        completed = subprocess.run(
            ["git", "-C", str(REPOSITORY_ROOT), *arguments], capture_output=True, text=True
        )
    except FileNotFoundError:
        return ""
    return completed.stdout.strip() if completed.returncode == 0 else ""


def template_source():
    """The template repository as cruft should clone it, and its commit; None outside git."""
    commit = _git("rev-parse", "HEAD")
    if not commit:
        return None
    remote = _git("remote", "get-url", "origin")
    # A clone cookiecutter made of a URL keeps the URL as its origin; a local clone's
    # origin may be a path on another machine, so the clone itself is the source then.
    url = remote if "://" in remote or remote.startswith("git@") else str(REPOSITORY_ROOT)
    return url, commit


def skipped_paths(project_dir):
    """What an update never touches: the files of every exercise, and this checkout's own."""
    files = {name for exercise in project_exercises(project_dir) for name in exercise.files}
    return [*ALWAYS_SKIPPED, *sorted(files)]


def write_cruft_state(project_dir, context):
    """Write ``.cruft.json``; returns a line for the learner about updates."""
    source = template_source()
    if source is None:
        return "The template is not a git repository: this project cannot take its later fixes."
    url, commit = source
    state = {
        "template": url,
        "commit": commit,
        "checkout": None,
        "context": {"cookiecutter": {**context, "_template": url, "_commit": commit}},
        "directory": f"templates/{context['_practice_project']}",
        "skip": skipped_paths(project_dir),
    }
    (project_dir / CRUFT_FILE).write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
    return "Later fixes to the template: cruft update (your exercise files stay as you left them)."
