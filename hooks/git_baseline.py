"""The skeleton commit: the generated project as its first git commit, tagged.

With the untouched skeleton tagged, ``git diff skeleton`` shows a mentor exactly the
learner's work and nothing of the generator's. The commit names its own author, so it
works on a machine where git was never configured.
"""

import os
import shutil
import subprocess

SKELETON_TAG = "skeleton"
AUTHOR_NAME = "Django practice templates"
AUTHOR_EMAIL = "skeleton@example.invalid"


def _git(project_dir, *arguments):
    """Run one git command in ``project_dir``, deaf to any outer repository's variables.

    ``GIT_DIR`` and friends are set when generation runs inside a git hook; left in
    place they would point these commands at that other repository.
    """
    environment = {name: value for name, value in os.environ.items() if not name.startswith("GIT_")}
    subprocess.run(
        ["git", *arguments],
        cwd=project_dir,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )


def commit_skeleton(project_dir):
    """Make ``project_dir`` a git repository whose first commit, tagged, is the skeleton.

    Returns a line for the learner: what was done, or why it was skipped.
    """
    if shutil.which("git") is None:
        return "git is not installed: skipped the skeleton commit (install git, then run git init)."
    try:
        _git(project_dir, "-c", "init.defaultBranch=main", "init", "--quiet")
        _git(project_dir, "add", "--all")
        _git(
            project_dir,
            "-c",
            f"user.name={AUTHOR_NAME}",
            "-c",
            f"user.email={AUTHOR_EMAIL}",
            "-c",
            "commit.gpgsign=false",
            "commit",
            "--quiet",
            "--no-verify",
            "--message",
            "Skeleton, as generated: git diff skeleton shows the work since",
        )
        _git(project_dir, "-c", "tag.gpgSign=false", "tag", SKELETON_TAG)
    except subprocess.CalledProcessError as error:
        shutil.rmtree(project_dir / ".git", ignore_errors=True)
        detail = ((error.stderr or "").strip() or str(error)).splitlines()[-1]
        return f"git could not record the skeleton, so the project has no repository: {detail}"
    return f"Committed the skeleton and tagged it {SKELETON_TAG!r}: git diff {SKELETON_TAG} shows your work."
