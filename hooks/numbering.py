"""Exercise numbers, given at generation time from the order of the manifest.

In a template, an exercise is known by its slug (``slug = "toggle"`` in
``exercises.toml``) and every place that names it writes ``E[toggle]``: the TODO
marker (``TODO(E[toggle])``), the test mark (``exercise("E[toggle]")``), the stub
(``not_implemented(request, "E[toggle]")``) and the statements that refer to it.
Generating a project numbers the exercises in manifest order and writes ``E06``
wherever ``E[toggle]`` stood, so a maintainer inserts an exercise where it belongs
and the learner still reads E01, E02... in order.
"""

import re
from pathlib import Path

from hooks.regions import TEXT_SUFFIXES

MANIFEST_NAME = "exercises.toml"
SLUG_LINE = re.compile(r'^slug = "([^"]*)"$', re.MULTILINE)
SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
REFERENCE = re.compile(r"\bE\[([^\]\n]*)\]")


class NumberingError(ValueError):
    """A slug is malformed or repeated, or a reference names no exercise."""


def exercise_numbers(manifest_text, source=MANIFEST_NAME):
    """``{slug: "E01", ...}`` in the order the manifest lists the exercises."""
    numbers = {}
    for match in SLUG_LINE.finditer(manifest_text):
        slug = match.group(1)
        line = manifest_text.count("\n", 0, match.start()) + 1
        if not SLUG.fullmatch(slug):
            raise NumberingError(f"{source}:{line}: slug {slug!r} is not lowercase words joined by '-'")
        if slug in numbers:
            raise NumberingError(f"{source}:{line}: slug {slug!r} is listed twice")
        numbers[slug] = f"E{len(numbers) + 1:02d}"
    return numbers


def resolve_references(text, numbers, source="<text>"):
    """``text`` with every ``E[slug]`` replaced by the exercise's number."""

    def number(match):
        slug = match.group(1)
        if slug not in numbers:
            line = text.count("\n", 0, match.start()) + 1
            raise NumberingError(f"{source}:{line}: E[{slug}] names no exercise of {MANIFEST_NAME}")
        return numbers[slug]

    return REFERENCE.sub(number, text)


def number_manifest(manifest_text, numbers):
    """The manifest with an ``id = "E01"`` line written above each ``slug`` line."""
    return SLUG_LINE.sub(lambda match: f'id = "{numbers[match.group(1)]}"\n{match.group(0)}', manifest_text)


def number_exercises(project_dir):
    """Number the project's exercises and resolve every ``E[slug]`` in its text files."""
    project_dir = Path(project_dir)
    manifest = project_dir / MANIFEST_NAME
    manifest_text = manifest.read_text(encoding="utf-8")
    numbers = exercise_numbers(manifest_text)
    manifest.write_text(number_manifest(manifest_text, numbers), encoding="utf-8")
    for path in sorted(project_dir.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES or ".git" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "E[" not in text:
            continue
        source = path.relative_to(project_dir).as_posix()
        path.write_text(resolve_references(text, numbers, source), encoding="utf-8")
    return numbers
