"""Grading a "write tests" exercise with planted bugs.

The learner's tests must pass on the project's real code and fail on each planted
bug: a broken version of one function or method. Every grading run, real or
planted, happens in a fresh copy of the project, with the same command and the same
environment. A planted run differs in one thing only: the source of the target
function, rewritten in its own module under its own name. So a test cannot tell a
planted run from a real one by the environment, the process's arguments, or the
function's module, name or identity; only by what the function does, which is the
point.
"""

import ast
import atexit
import functools
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

from exercises.catalog import PROJECT_DIR
from exercises.zygote import Zygote

# Read by the exercise plugin of the graded copy: its own test database, so that a
# PostgreSQL server holding the outer run's test database is no obstacle.
TEST_DATABASE_VARIABLE = "EXERCISES_TEST_DATABASE"
# What a copy of the project leaves out: version control, virtualenvs, caches, data.
LEFT_OUT = frozenset(
    {".git", ".venv", "venv", "env", "node_modules", "media", "staticfiles", "__pycache__"}
)
LEFT_OUT_SUFFIXES = (".sqlite3", ".pyc")


@dataclass(frozen=True)
class PlantedBug:
    """``target`` (``module:attribute.path``) rewritten as ``replacement`` (same form).

    The replacement is a function of ``tests/planted_bugs.py`` style modules; it may
    use the target module's names and its own module's imports, nothing else.
    """

    name: str
    target: str
    replacement: str
    description: str

    def __str__(self):
        return self.name


class PlantingError(ValueError):
    """A planted bug names a function that is not there, or leans on a helper."""


def module_path(root, module_name):
    """The source file of ``module_name`` (a module or a package) under ``root``."""
    base = Path(root, *module_name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    raise PlantingError(f"no module {module_name} under {root}")


def find_definition(tree, qualified_name):
    """The ``def`` of ``Class.method`` or ``function`` in a parsed module."""
    scope = tree
    *owners, name = qualified_name.split(".")
    for owner in owners:
        scope = next(
            (node for node in scope.body if isinstance(node, ast.ClassDef) and node.name == owner),
            None,
        )
        if scope is None:
            raise PlantingError(f"no class {owner} for {qualified_name}")
    for node in scope.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return node
    raise PlantingError(f"no function {qualified_name}")


def _imports_by_name(tree):
    """Each name the module's top-level imports bind, with a statement that binds it alone."""
    imports = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module != "exercises.grading":
            for alias in node.names:
                bound = alias.asname or alias.name
                statement = f"from {'.' * node.level}{node.module or ''} import {alias.name}"
                imports[bound] = statement + (f" as {alias.asname}" if alias.asname else "")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.partition(".")[0]
                imports[bound] = f"import {alias.name}" + (
                    f" as {alias.asname}" if alias.asname else ""
                )
    return imports


def _is_docstring(node):
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _first_line(node):
    """Where a statement starts in the source, its decorators included."""
    return min([node.lineno, *(item.lineno for item in getattr(node, "decorator_list", []))])


def _docstring_lines(lines, function):
    """The lines of ``function``'s docstring, as the source has them (none without one)."""
    if not _is_docstring(function.body[0]):
        return []
    return lines[function.body[0].lineno - 1 : function.body[0].end_lineno]


def replacement_source(root, replacement, target_lines, target):
    """The planted function's source, with the target's name, indentation and docstring.

    Planted functions are module-level functions; the imports they need go inside
    them, so that the target module's own imports stay as they are.
    """
    module_name, _, function_name = replacement.partition(":")
    source = module_path(root, module_name).read_text(encoding="utf-8")
    tree = ast.parse(source)
    function = find_definition(tree, function_name)
    used = {node.id for node in ast.walk(function) if isinstance(node, ast.Name)}
    helpers = sorted(
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in used
    )
    if helpers:
        raise PlantingError(
            f"{replacement} uses {', '.join(helpers)}: a planted function must stand alone"
        )
    lines = source.splitlines()
    body = function.body[1:] if _is_docstring(function.body[0]) else function.body
    header = lines[function.lineno - 1 : _first_line(function.body[0]) - 1]
    header[0] = re.sub(rf"\bdef {function_name}\(", f"def {target.name}(", header[0], count=1)
    body_lines = lines[_first_line(body[0]) - 1 : function.end_lineno]
    imports = _imports_by_name(tree)
    needed = [" " * body[0].col_offset + imports[name] for name in sorted(used & imports.keys())]
    docstring = [line[target.col_offset :] for line in _docstring_lines(target_lines, target)]
    indent = " " * target.col_offset
    return "".join(
        f"{indent}{line}\n" if line.strip() else "\n"
        for line in [*header, *docstring, *needed, *body_lines]
    )


def plant(root, bug):
    """Rewrite ``bug.target`` in the project at ``root`` as the planted replacement."""
    module_name, _, qualified_name = bug.target.partition(":")
    path = module_path(root, module_name)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    target = find_definition(ast.parse("".join(lines)), qualified_name)
    plain_lines = [line.rstrip("\n") for line in lines]
    new_source = replacement_source(root, bug.replacement, plain_lines, target)
    # The target's decorators stay: a planted property is still a property.
    lines[target.lineno - 1 : target.end_lineno] = [new_source]
    path.write_text("".join(lines), encoding="utf-8")


def _left_out(folder, names):
    return {
        name
        for name in names
        if name in LEFT_OUT
        or name.endswith(LEFT_OUT_SUFFIXES)
        or (name.startswith(".") and name.endswith("_cache"))
        or (Path(folder, name, "pyvenv.cfg").exists())
    }


def grading_environment():
    """The environment of every grading run, planted or not: this one, minus what names a test.

    pytest tells each test its own name (and pytest-xdist its worker); the grading's
    runs must not inherit what differs from one grading test to the next.
    """
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTEST_CURRENT_TEST", "PYTEST_XDIST_", "EXERCISES_"))
    }
    if connection.vendor != "sqlite":
        # The outer run holds its test database open; the graded copy needs its own.
        environment[TEST_DATABASE_VARIABLE] = f"{connection.settings_dict['NAME']}_graded"[:63]
    return environment


@functools.cache
def shared_zygote():
    """One warm process per test run, forking every grading run (see exercises.zygote)."""
    zygote = Zygote()
    atexit.register(zygote.close)
    return zygote


def run_tests(test_file, bug=None):
    """Run ``test_file``'s tests in a fresh copy, ``bug`` planted if given: True if they pass."""
    relative = Path(test_file).resolve().relative_to(PROJECT_DIR)
    with tempfile.TemporaryDirectory(prefix="grading-") as folder:
        copy = Path(folder) / PROJECT_DIR.name
        shutil.copytree(PROJECT_DIR, copy, ignore=_left_out)
        if bug is not None:
            plant(copy, bug)
        # Tables straight from the models (--nomigrations): quicker, and these runs test
        # the learner's tests, not the migrations.
        arguments = [relative.as_posix(), "-q", "-x", "-p", "no:cacheprovider", "--nomigrations"]
        output = Path(folder) / "output.txt"
        code = shared_zygote().run(copy, arguments, grading_environment(), output)
    return code == 0


def count_tests(test_file):
    """How many test functions or methods ``test_file`` defines, read without running it."""
    tree = ast.parse(Path(test_file).read_text(encoding="utf-8"))
    return sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name.startswith("test")
    )


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
