"""Starting an exercise over: its code back as the skeleton had it, the learner's kept.

``manage.py exercises --reset E03`` restores, in each file the exercise lists, what
the skeleton (the commit tagged ``skeleton``) had there for E03: in a Python file,
each function or method that holds a ``TODO`` marker of E03 in the skeleton; any other
file whole, as does a Python file whose marker sits outside a function. Other
exercises' work in the same file stays. The learner's version is saved first as a
patch in ``.exercises/reset/`` that ``git apply`` brings back.
"""

import ast
import difflib
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from exercises.catalog import PROJECT_DIR, TODO_MARKER

SKELETON_TAG = "skeleton"
PATCHES = Path(".exercises") / "reset"


class ResetError(RuntimeError):
    """The skeleton cannot be read: no git, no repository, or no skeleton tag."""


@dataclass
class FileReset:
    path: str
    current: str
    restored: str
    parts: list

    @property
    def changes(self):
        return self.current != self.restored


def skeleton_text(path, root=PROJECT_DIR):
    """``path`` as the skeleton commit has it, or None when the skeleton has no such file."""
    try:
        completed = subprocess.run(
            ["git", "show", f"{SKELETON_TAG}:{path}"],
            cwd=root,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
    except FileNotFoundError:
        raise ResetError("git is not installed: --reset needs the skeleton commit.") from None
    if completed.returncode != 0:
        if "unknown revision" in completed.stderr or "not a git repository" in completed.stderr:
            raise ResetError(
                "This project has no skeleton commit (git tag 'skeleton'): --reset needs it."
            )
        return None
    return completed.stdout


def _definitions(tree):
    """Every function and method of a module, by qualified name, innermost last."""
    found = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    found.append((name, child))
                visit(child, f"{name}.")

    visit(tree, "")
    return found


def _span(node):
    start = min([node.lineno, *(item.lineno for item in node.decorator_list)])
    return start, node.end_lineno


def _marked_functions(text, exercise_id):
    """The functions that hold the exercise's markers; None if a marker is outside them."""
    lines = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if exercise_id in TODO_MARKER.findall(line)
    ]
    definitions = _definitions(ast.parse(text))
    marked = []
    for line in lines:
        holders = [name for name, node in definitions if _span(node)[0] <= line <= _span(node)[1]]
        if not holders:
            return None
        marked.append(holders[-1])
    return sorted(set(marked))


def _replace_functions(current, skeleton, names):
    """``current`` with the functions ``names`` as ``skeleton`` has them; None if one is missing."""
    current_nodes = dict(_definitions(ast.parse(current)))
    skeleton_nodes = dict(_definitions(ast.parse(skeleton)))
    lines = current.splitlines(keepends=True)
    skeleton_lines = skeleton.splitlines(keepends=True)
    spans = []
    for name in names:
        if name not in current_nodes:
            return None
        start, end = _span(current_nodes[name])
        old_start, old_end = _span(skeleton_nodes[name])
        spans.append((start, end, skeleton_lines[old_start - 1 : old_end]))
    for start, end, replacement in sorted(spans, reverse=True):
        lines[start - 1 : end] = replacement
    return "".join(lines)


def plan(exercise, root=PROJECT_DIR):
    """What resetting ``exercise`` would write, file by file."""
    resets = []
    for path in exercise.files:
        skeleton = skeleton_text(path, root)
        if skeleton is None:
            continue
        file = Path(root) / path
        current = file.read_text(encoding="utf-8") if file.exists() else ""
        restored, parts = skeleton, ["the whole file"]
        if path.endswith(".py") and current:
            try:
                names = _marked_functions(skeleton, exercise.id)
                replaced = names and _replace_functions(current, skeleton, names)
            except SyntaxError:
                replaced = None
            if replaced:
                restored, parts = replaced, names
        resets.append(FileReset(path, current, restored, parts))
    return resets


def diff(resets, reverse=False):
    """A unified diff of the reset (or, ``reverse``, of getting the learner's version back)."""
    text = []
    for reset in resets:
        before, after = (
            (reset.restored, reset.current) if reverse else (reset.current, reset.restored)
        )
        text += difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            f"a/{reset.path}",
            f"b/{reset.path}",
        )
    return "".join(text)


def apply(exercise, resets, root=PROJECT_DIR):
    """Save the learner's version as a patch, then write the skeleton's; returns the patch."""
    folder = Path(root) / PATCHES
    folder.mkdir(parents=True, exist_ok=True)
    patch = folder / f"{exercise.id}-{time.strftime('%Y%m%d-%H%M%S')}.patch"
    patch.write_text(diff(resets, reverse=True), encoding="utf-8")
    for reset in resets:
        (Path(root) / reset.path).write_text(reset.restored, encoding="utf-8")
    return patch.relative_to(root)
