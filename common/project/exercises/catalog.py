"""The exercises of this project: the manifest joined with the TODO markers left in the code.

Plain Python with no Django import, so that the pytest plugin can use it before
Django is set up.
"""

import functools
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PROJECT_DIR = Path(__file__).resolve().parent.parent
MANIFEST = PROJECT_DIR / "exercises.toml"
TODO_MARKER = re.compile(r"TODO\((E\d+)\)")
SCANNED_SUFFIXES = frozenset({".py", ".html", ".txt", ".css", ".js"})
SKIPPED_DIRECTORIES = frozenset({"__pycache__", "node_modules", "staticfiles", "media"})
REQUIRED_FIELDS = ("id", "slug", "title", "skills", "files", "statement", "hint")
# What an exercise scores in a classroom when its manifest entry names no points.
DEFAULT_POINTS = 10


class ManifestError(ValueError):
    """exercises.toml is missing a field or lists an exercise twice."""


@dataclass(frozen=True)
class Marker:
    """A ``TODO(Exx)`` comment: where the learner still has work to do."""

    path: str
    line: int

    def __str__(self):
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Exercise:
    """One manifest entry, with the markers still left for it in the code.

    ``id`` (E01, E02...) is the exercise's place in the manifest, given when the
    project was generated; ``slug`` names it for good, across template versions.
    ``review`` holds the mentor's notes, which only the reference solutions carry;
    ``points`` is what the exercise scores in a classroom once it is done.
    ``planted_bugs`` names the module of a "write tests" exercise's planted bugs
    (see exercises.grading): its ``files`` are the learner's tests that must catch them.
    """

    id: str
    slug: str
    title: str
    skills: tuple[str, ...]
    files: tuple[str, ...]
    statement: str
    hint: str
    review: str = ""
    points: int = DEFAULT_POINTS
    planted_bugs: str = ""
    markers: tuple[Marker, ...] = ()

    @property
    def pending(self):
        """True while any TODO marker for this exercise is left."""
        return bool(self.markers)


def read_manifest(path=MANIFEST):
    """The manifest entries, in order, as dictionaries checked for every field.

    Parsed again only when the file changes: each "not implemented" answer reads it.
    """
    status = os.stat(path)
    return _parsed_manifest(Path(path), status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=8)
def _parsed_manifest(path, modified, size):
    with open(path, "rb") as manifest:
        entries = tomllib.load(manifest).get("exercises", [])
    seen = set()
    for entry in entries:
        missing = [field for field in REQUIRED_FIELDS if not entry.get(field)]
        if missing:
            raise ManifestError(f"{path.name}: {entry.get('id', '?')} has no {', '.join(missing)}")
        if entry.get("planted_bugs") and len(entry["files"]) != 1:
            raise ManifestError(f"{path.name}: {entry['id']}: planted bugs grade one test file")
        if entry["id"] in seen:
            raise ManifestError(f"{path.name}: {entry['id']} is listed twice")
        seen.add(entry["id"])
    return tuple(entries)


def source_files(root):
    """Project files that may carry markers, skipping virtualenvs and generated folders."""
    for path in sorted(root.iterdir()):
        if path.is_dir():
            hidden = path.name.startswith(".") or path.name in SKIPPED_DIRECTORIES
            if not hidden and not (path / "pyvenv.cfg").exists():
                yield from source_files(path)
        elif path.suffix in SCANNED_SUFFIXES:
            yield path


def find_markers(root=PROJECT_DIR):
    """Every ``TODO(Exx)`` marker under ``root``, by exercise id."""
    markers = {}
    for path in source_files(root):
        relative = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            for exercise_id in TODO_MARKER.findall(line):
                markers.setdefault(exercise_id, []).append(Marker(relative, number))
    return markers


def load_exercises(root=PROJECT_DIR, with_markers=True):
    """The exercises in manifest order, each with its markers (unless ``with_markers`` is off)."""
    markers = find_markers(root) if with_markers else {}
    return [
        Exercise(
            id=entry["id"],
            slug=entry["slug"],
            title=entry["title"],
            skills=tuple(entry["skills"]),
            files=tuple(entry["files"]),
            statement=entry["statement"].strip(),
            hint=entry["hint"].strip(),
            review=entry.get("review", "").strip(),
            points=int(entry.get("points", DEFAULT_POINTS)),
            planted_bugs=entry.get("planted_bugs", ""),
            markers=tuple(markers.get(entry["id"], ())),
        )
        for entry in read_manifest(root / MANIFEST.name)
    ]


def get_exercise(exercise_id, root=PROJECT_DIR, with_markers=True):
    """One exercise by id (case-insensitive); KeyError names the ids that exist."""
    wanted = exercise_id.upper()
    exercises = load_exercises(root, with_markers)
    for exercise in exercises:
        if exercise.id == wanted:
            return exercise
    known = ", ".join(exercise.id for exercise in exercises)
    raise KeyError(f"No exercise {exercise_id!r}; this project has {known}.")
