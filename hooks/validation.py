"""Checks on the answers to a template's questions, each returning what to type instead."""

import keyword
import re
import sys

# Top-level modules every generated project imports or contains, besides its apps.
PROJECT_MODULES = frozenset(
    {
        "accounts",
        "axes",
        "config",
        "conftest",
        "django",
        "drf_spectacular",
        "drf_spectacular_sidecar",
        "environ",
        "exercises",
        "gunicorn",
        "manage",
        "psycopg",
        "pytest",
        "pytest_django",
        "rest_framework",
        "site",
        "test",
        "tests",
        "whitenoise",
    }
)


def suggest_slug(text):
    """A slug close to ``text`` that passes every check (used in refusal messages)."""
    slug = re.sub(r"\W+", "_", str(text), flags=re.ASCII).strip("_").lower()
    if not slug:
        return "my_project"
    if slug[0].isdigit() or keyword.iskeyword(slug):
        slug = f"project_{slug}"
    return slug


def slug_problem(slug, app_names=()):
    """Why ``slug`` cannot name the project, or None when it can.

    The slug names the project directory and its Python distribution, so like
    Django's ``startproject`` it must be an identifier that imports nothing else.
    """
    taken = PROJECT_MODULES | set(app_names) | set(sys.stdlib_module_names)
    if not slug.isidentifier() or not slug.isascii():
        reason = "is not a Python identifier (letters, digits and underscores, not starting with a digit)"
    elif keyword.iskeyword(slug) or keyword.issoftkeyword(slug):
        reason = "is a Python keyword"
    elif slug.lower() in taken:
        reason = "would shadow a module the project imports"
    else:
        return None
    suggestion = suggest_slug(slug)
    if suggestion.lower() in taken:
        suggestion = f"my_{suggestion}"
    return f"project_slug {slug!r} {reason}. Type a name like {suggestion!r} instead."


def project_name_problem(name):
    """Why ``name`` cannot be the project's display name, or None when it can."""
    if not name.strip():
        return "project_name is empty. Type a short name, such as 'My To-do App'."
    if "\n" in name or "\r" in name:
        return "project_name spans several lines. Type it on one line."
    return None
