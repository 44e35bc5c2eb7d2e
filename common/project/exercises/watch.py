"""The files the watch mode reacts to, as watchfiles reports them.

``manage.py exercises --watch`` takes the changes as an iterable of batches, so it
runs the same with watchfiles in a terminal and with a list of batches in a test.
"""

from pathlib import Path

from watchfiles import watch

from exercises.catalog import PROJECT_DIR, SCANNED_SUFFIXES, SKIPPED_DIRECTORIES

WATCHED_SUFFIXES = SCANNED_SUFFIXES | {".toml"}
IGNORED_DIRECTORIES = SKIPPED_DIRECTORIES | {"venv", "env"}


def is_learner_file(change, path):
    """True for the files a learner edits: source, templates, the manifest and ``.env``.

    Tests and editors write caches, databases, lock and swap files while the watch
    mode runs; reacting to those would re-run the tests in an endless loop. Only the
    part of ``path`` inside the project counts, wherever the project lives.
    """
    path = Path(path).resolve()
    if not path.is_relative_to(PROJECT_DIR):
        return False
    parts = path.relative_to(PROJECT_DIR).parts
    if parts == (".env",):
        return True
    if path.suffix not in WATCHED_SUFFIXES:
        return False
    return not any(part.startswith(".") or part in IGNORED_DIRECTORIES for part in parts)


def saved_files():
    """Batches of project files as they are saved, until Ctrl-C."""
    return watch(PROJECT_DIR, watch_filter=is_learner_file)
