"""What the last test runs found, kept so that the exercise list needs no new run.

Every pytest run (plain ``pytest`` too) records the outcome of each exercise test
in ``.exercises/results.json``, with a fingerprint of every source file as it was
when the run started. ``manage.py exercises`` shows a recorded outcome only while it
still holds: a test's outcome is stale once a file that can affect it has changed,
and stale tests run again. What can affect a test, judged from what changed since
its run:

- a comment, a TODO marker or blank lines: nothing (fingerprints skip them);
- the test's own file: that test; another ``test_*.py`` file: the tests in it;
- a page template: the tests that rendered it while they ran;
- anything else (code, settings, a new or deleted file, a conftest, a helper
  module of the tests): every test.

This errs on the side of running a test again: a status shown from a recording is
never one that the code on disk would not give. No Django here: the exercise list
reads this module before it decides whether Django and pytest are needed at all.
"""

import hashlib
import io
import json
import re
import tokenize
from pathlib import Path

from exercises.catalog import PROJECT_DIR, SCANNED_SUFFIXES, source_files

RECORD_DIR = ".exercises"
RESULTS = "results.json"
FORMAT = 1
TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
SKIPPED_TOKENS = frozenset({tokenize.COMMENT, tokenize.NL, tokenize.ENCODING})


def results_path(root=PROJECT_DIR):
    return Path(root) / RECORD_DIR / RESULTS


def code_fingerprint(path):
    """A hash of what the file does: Python tokens or template text, comments left out."""
    data = path.read_bytes()
    if path.suffix == ".py":
        try:
            tokens = tokenize.tokenize(io.BytesIO(data).readline)
            kept = [
                f"{token.type}:{token.string}"
                for token in tokens
                if token.type not in SKIPPED_TOKENS
            ]
            data = "\n".join(kept).encode("utf-8")
        except (tokenize.TokenError, SyntaxError):
            pass  # a file that does not tokenize is hashed as it is: any edit counts
    elif path.suffix == ".html":
        data = TEMPLATE_COMMENT.sub("", data.decode("utf-8", errors="replace")).encode("utf-8")
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def snapshot(root=PROJECT_DIR, previous=None):
    """``{path: [mtime_ns, size, fingerprint]}`` for every source file under ``root``.

    Files whose time and size match ``previous`` keep their fingerprint unread.
    """
    previous = previous or {}
    files = {}
    for path in source_files(Path(root)):
        if path.suffix not in SCANNED_SUFFIXES:
            continue
        relative = path.relative_to(root).as_posix()
        stat = path.stat()
        known = previous.get(relative)
        if known and known[0] == stat.st_mtime_ns and known[1] == stat.st_size:
            files[relative] = known
        else:
            files[relative] = [stat.st_mtime_ns, stat.st_size, code_fingerprint(path)]
    return files


def changed_files(before, now):
    """The paths whose code differs between two snapshots, added and removed ones included."""
    return {
        path
        for path in before.keys() | now.keys()
        if path not in before or path not in now or before[path][2] != now[path][2]
    }


def is_test_module(path):
    return Path(path).name.startswith("test_") and path.endswith(".py")


def affects(changed_path, test, existed):
    """Whether a change to ``changed_path`` can change the outcome of the recorded ``test``."""
    if not existed or test.get("whole_project"):
        # A new or deleted file may be imported or collected by anything; a grading
        # test runs the learner's tests in a copy of the whole project.
        return True
    if is_test_module(changed_path):
        return changed_path == test["file"]
    if changed_path.endswith(".html"):
        return changed_path in test.get("templates", ())
    return True


def _changes_since(runs, run, now):
    """``(changed paths, paths that existed on both sides)`` since the run ``run``, or None."""
    before = runs.get(str(run), {}).get("files")
    if before is None:
        return None
    changed = changed_files(before, now)
    return changed, {path for path in changed if path in before and path in now}


def is_fresh(test, runs, now):
    """True while nothing that can affect ``test`` has changed since the run that recorded it."""
    changes = _changes_since(runs, test["run"], now)
    if changes is None:
        return False
    changed, existed = changes
    return not any(affects(path, test, path in existed) for path in changed)


def empty():
    return {"format": FORMAT, "runs": {}, "tests": {}, "exercises": {}}


def load(root=PROJECT_DIR):
    """The recording, or an empty one when there is none (or it is unreadable)."""
    try:
        data = json.loads(results_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return empty()
    return data if data.get("format") == FORMAT else empty()


def save(data, root=PROJECT_DIR):
    """Write the recording, keeping only the runs that something recorded still refers to."""
    used = {str(item["run"]) for item in [*data["tests"].values(), *data["exercises"].values()]}
    used.add(str(data.get("latest")))
    data["runs"] = {run: value for run, value in data["runs"].items() if run in used}
    path = results_path(root)
    path.parent.mkdir(exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
    temporary.replace(path)


def record_run(files, started, tests, test_lists, errors=(), root=PROJECT_DIR):
    """Add one run's outcomes over what was recorded before.

    ``tests`` maps node ids to outcomes; ``test_lists`` maps exercise ids to the node
    ids of all their tests, for the exercises whose tests this run collected whole;
    ``errors`` are the files pytest could not collect.
    """
    data = load(root)
    run = str(max((int(key) for key in data["runs"]), default=0) + 1)
    data["runs"][run] = {"started": started, "files": files, "errors": list(errors)}
    for exercise_id, nodeids in test_lists.items():
        gone = set(data["exercises"].get(exercise_id, {}).get("tests", ())) - set(nodeids)
        for nodeid in gone:
            data["tests"].pop(nodeid, None)
        data["exercises"][exercise_id] = {"run": run, "tests": sorted(nodeids)}
    for nodeid, test in tests.items():
        data["tests"][nodeid] = {**test, "run": run}
    data["latest"] = run
    save(data, root)


def latest_files(root=PROJECT_DIR):
    """The snapshot of the latest recorded run, to fingerprint only the files changed since."""
    data = load(root)
    return data["runs"].get(str(data.get("latest")), {}).get("files")


def relative_to_project(path, root=PROJECT_DIR):
    """``path`` relative to the project, or "" when it lies outside (Django's own templates)."""
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return ""


def fresh_exercises(root=PROJECT_DIR):
    """Each exercise whose recorded outcomes all still hold, with its tests and their time.

    Returns ``({exercise id: (recorded at, [test records])}, snapshot now)``. An
    exercise is left out when a test of it was never recorded, when any may have
    changed, or when a test file changed since its tests were listed (one may have
    been added to it).
    """
    data = load(root)
    now = snapshot(root, data["runs"].get(str(data.get("latest")), {}).get("files"))
    fresh = {}
    for exercise_id, listed in data["exercises"].items():
        changes = _changes_since(data["runs"], listed["run"], now)
        if changes is None or any(is_test_module(path) for path in changes[0]):
            continue
        tests = [
            {**data["tests"][nodeid], "nodeid": nodeid}
            for nodeid in listed["tests"]
            if nodeid in data["tests"]
        ]
        complete = len(tests) == len(listed["tests"])
        if tests and complete and all(is_fresh(test, data["runs"], now) for test in tests):
            recorded_at = max(data["runs"][str(test["run"])]["started"] for test in tests)
            fresh[exercise_id] = (recorded_at, tests)
    return fresh, now


def test_files(exercise_ids, root=PROJECT_DIR):
    """The test files of these exercises while their recorded lists hold; [] to collect all.

    A list holds until a test file changes (a test may have been added to it).
    """
    data = load(root)
    now = snapshot(root, latest_files(root))
    files = set()
    for exercise_id in exercise_ids:
        listed = data["exercises"].get(exercise_id)
        changes = listed and _changes_since(data["runs"], listed["run"], now)
        if not changes or any(is_test_module(path) for path in changes[0]):
            return []
        files.update(nodeid.partition("::")[0] for nodeid in listed["tests"])
    return sorted(files)
