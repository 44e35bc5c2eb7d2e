"""The Jinja extension every template loads: shared paths and filters for rendering.

Cookiecutter renders hook scripts into temporary files, so a hook cannot find the
repository from its own path. This module is imported from a real file instead, so
``practice_repository`` is the repository root however the template was reached: a
local path (relative or absolute), a git clone, or pytest-cookies.
"""

import re
from pathlib import Path

from jinja2.ext import Extension

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]


def python_string(value):
    """Write ``value`` as a Python string literal the way ``ruff format`` would.

    ``tojson`` turns characters outside the Basic Multilingual Plane into surrogate
    pairs, which are not valid text in Python source; this keeps every character as
    it is and only escapes what a literal needs.
    """
    text = str(value).replace("\\", "\\\\")
    quote = "'" if text.count('"') > text.count("'") else '"'
    text = text.replace(quote, "\\" + quote)
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f"{quote}{text}{quote}"


def directory_name(value):
    """A directory name that stays one safe path component, whatever was typed.

    Cookiecutter creates the project directory before the pre-generation hook can
    refuse the slug, then removes only the last path component: ``a/b`` would leave
    ``a/`` behind and ``..`` would name the parent. A refused slug is mapped to a
    harmless name here, so the refusal cleans up everything it created.
    """
    text = str(value)
    if text.isidentifier():
        return text
    return re.sub(r"[^A-Za-z0-9_-]", "_", text) or "_"


class PracticeExtension(Extension):
    """Adds ``practice_repository`` and the ``python_string`` and ``directory_name`` filters."""

    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["practice_repository"] = str(REPOSITORY_ROOT)
        environment.filters["python_string"] = python_string
        environment.filters["directory_name"] = directory_name
