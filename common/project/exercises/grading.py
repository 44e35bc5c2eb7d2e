"""Grading a "write tests" exercise with planted bugs.

The learner's tests must pass on the project's real code and fail on each planted
bug: a broken version of one function or method, swapped in while only the
learner's tests run, in a pytest process of their own.
"""

import ast
import importlib
import os
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from exercises.catalog import PROJECT_DIR
from exercises.pytest_plugin import PLANTED_BUG_VARIABLE


@dataclass(frozen=True)
class PlantedBug:
    """``target`` (``module:attribute.path``) replaced by ``replacement`` (same form)."""

    name: str
    target: str
    replacement: str
    description: str

    @property
    def spec(self):
        return f"{self.target}={self.replacement}"

    def __str__(self):
        return self.name


def _resolve(dotted):
    """The object at ``module:attr.attr`` and its owner, for swapping it."""
    module_name, _, attribute_path = dotted.partition(":")
    owner = importlib.import_module(module_name)
    *parents, name = attribute_path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, name


@contextmanager
def swapped_in(spec):
    """Put the replacement named in ``spec`` (``target=replacement``) in place, then restore."""
    target, _, replacement = spec.partition("=")
    owner, name = _resolve(target)
    replacement_owner, replacement_name = _resolve(replacement)
    original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
    setattr(owner, name, getattr(replacement_owner, replacement_name))
    try:
        yield
    finally:
        setattr(owner, name, original)


def count_tests(test_file):
    """How many test functions or methods ``test_file`` defines, read without running it."""
    tree = ast.parse(Path(test_file).read_text(encoding="utf-8"))
    return sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name.startswith("test")
    )


def run_tests(test_file, bug=None):
    """Run only ``test_file``'s tests, with ``bug`` planted if given; True when they pass."""
    environment = dict(os.environ)
    environment.pop(PLANTED_BUG_VARIABLE, None)
    if bug is not None:
        environment[PLANTED_BUG_VARIABLE] = bug.spec
    command = [sys.executable, "-m", "pytest", str(test_file), "-q", "-x", "-p", "no:cacheprovider"]
    result = subprocess.run(
        command, cwd=PROJECT_DIR, env=environment, capture_output=True, text=True
    )
    return result.returncode == 0


def check_learner_tests(test_file, bug=None):
    """Assert that the learner's tests pass on the real code, or catch ``bug``."""
    relative = Path(test_file).relative_to(PROJECT_DIR).as_posix()
    assert count_tests(test_file), f"{relative} has no tests yet: write some test_ functions there."
    if bug is None:
        assert run_tests(test_file), (
            f"Your tests in {relative} fail on the correct code: run pytest {relative}"
        )
    else:
        assert not run_tests(test_file, bug), (
            f"Your tests in {relative} still pass with a planted bug: {bug.description}"
        )
