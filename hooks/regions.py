"""Solution regions: one source file holds an exercise's solution and its stub.

In a template file, a region looks like this (any comment style the file's language
uses: ``#``, ``{# #}``, ``/* */``, ``<!-- -->``)::

    # BEGIN SOLUTION
    tasks = request.user.tasks.all()
    # STUB
    # TODO(E02): list the signed-in user's tasks.
    tasks = Task.objects.none()
    # END SOLUTION

The learner's project keeps the stub lines, the solution project keeps the solution
lines, and the marker lines go from both. ``STUB`` is optional: without it the region
is solution-only. A file left empty by its regions (a solution-only module or
migration) is removed. Like nbgrader's ``BEGIN SOLUTION``/``END SOLUTION``, a marker
out of place is an error that names the file and line.
"""

import re
from pathlib import Path

MARKER = re.compile(r"^\s*(?:#|\{#|/\*|<!--|//)\s*(BEGIN SOLUTION|STUB|END SOLUTION)\s*(?:#\}|\*/|-->)?\s*$")
TEXT_SUFFIXES = frozenset(
    {".py", ".html", ".txt", ".css", ".js", ".md", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".json"}
)


class RegionError(ValueError):
    """A solution marker is missing, nested or out of order."""


def keep_variant(text, solutions, source="<text>"):
    """Return ``text`` with each region reduced to its solution or its stub."""
    kept = []
    section = None  # None outside a region, else "solution" or "stub"
    opened_at = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        match = MARKER.match(line)
        if not match:
            if section is None or (section == "solution") == solutions:
                kept.append(line)
            continue
        marker = match.group(1)
        if marker == "BEGIN SOLUTION":
            if section is not None:
                raise RegionError(
                    f"{source}:{number}: BEGIN SOLUTION inside the region opened at line {opened_at}"
                )
            section, opened_at = "solution", number
        elif marker == "STUB":
            if section != "solution":
                raise RegionError(f"{source}:{number}: STUB outside a BEGIN SOLUTION region")
            section = "stub"
        else:
            if section is None:
                raise RegionError(f"{source}:{number}: END SOLUTION without BEGIN SOLUTION")
            section = None
    if section is not None:
        raise RegionError(f"{source}:{opened_at}: BEGIN SOLUTION never ended")
    return "".join(kept)


def keep_variant_in_tree(root, solutions):
    """Apply :func:`keep_variant` to every text file under ``root``, in place."""
    for path in sorted(Path(root).rglob("*")):
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8")
        if "SOLUTION" not in text:
            continue
        result = keep_variant(text, solutions, source=str(path.relative_to(root)))
        if result == text:
            continue
        if result.strip():
            path.write_text(result, encoding="utf-8")
        else:
            path.unlink()
