"""The shared hook logic: refusals leave nothing behind; regions, filters and layers behave."""

import json
import re

import pytest

from hooks.jinja import directory_name, python_string
from hooks.numbering import NumberingError, exercise_numbers, number_manifest, resolve_references
from hooks.regions import TEXT_SUFFIXES, RegionError, keep_variant
from hooks.validation import slug_problem, suggest_slug
from tests.conftest import REPOSITORY, TEMPLATES, TEMPLATES_DIR

REFUSED_SLUGS = {
    "a/b": "is not a Python identifier",
    "..": "is not a Python identifier",
    "my-project": "is not a Python identifier",
    "2do": "is not a Python identifier",
    "café": "is not a Python identifier",
    "class": "is a Python keyword",
    "django": "would shadow a module",
    "rest_framework": "would shadow a module",
    "test": "would shadow a module",
    "site": "would shadow a module",
    "config": "would shadow a module",
    "exercises": "would shadow a module",
    "json": "would shadow a module",
}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(("slug", "reason"), REFUSED_SLUGS.items())
def test_bad_slug_is_refused_and_leaves_nothing(cookies, capfd, tmp_path, template, slug, reason):
    """The refusal comes first, says why and what to type instead, and writes no file."""
    result = cookies.bake(template=str(TEMPLATES_DIR / template), extra_context={"project_slug": slug})
    assert result.exit_code != 0
    error = capfd.readouterr().err
    assert f"ERROR: project_slug {slug!r} {reason}" in error
    assert "Type a name like" in error
    output_dir = tmp_path / "cookies"
    assert list(output_dir.glob("bake*/*")) == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_app_names_are_refused_as_slugs(cookies, capfd, template):
    """A slug named like one of the template's own apps would shadow it."""
    apps = json.loads((TEMPLATES_DIR / template / "cookiecutter.json").read_text())["_apps"]
    result = cookies.bake(template=str(TEMPLATES_DIR / template), extra_context={"project_slug": apps[-1]})
    assert result.exit_code != 0
    assert "would shadow a module" in capfd.readouterr().err


def test_empty_project_name_is_refused(cookies, capfd):
    result = cookies.bake(
        template=str(TEMPLATES_DIR / TEMPLATES[0]),
        extra_context={"project_name": "  ", "project_slug": "fine_slug"},
    )
    assert result.exit_code != 0
    assert "project_name is empty" in capfd.readouterr().err


@pytest.mark.parametrize("slug", REFUSED_SLUGS)
def test_suggestions_pass_the_checks(slug):
    """What a refusal tells the learner to type is itself accepted."""
    assert slug_problem(suggest_slug(slug)) is None or slug_problem(f"my_{suggest_slug(slug)}") is None


@pytest.mark.parametrize("slug", ["todo", "my_shop", "Project2"])
def test_good_slugs_pass(slug):
    assert slug_problem(slug) is None


@pytest.mark.parametrize(
    "name", ["My app", 'Say "hi"', "It's", "Both ' and \"", "Back\\slash", "Rocket 🚀", "Ünïcødé"]
)
def test_python_string_round_trips(name):
    """Any display name becomes a literal that evaluates back to itself."""
    literal = python_string(name)
    assert eval(literal) == name  # noqa: S307 - the point of the test
    assert literal.startswith('"') or '"' in name


@pytest.mark.parametrize(("slug", "expected"), [("todo", "todo"), ("a/b", "a_b"), ("..", "__"), ("", "_")])
def test_directory_name_is_one_safe_component(slug, expected):
    assert directory_name(slug) == expected


LEARNER = """\
keep = 1
# BEGIN SOLUTION
answer = 42
# STUB
# TODO(E01): compute the answer.
answer = None
# END SOLUTION
{# BEGIN SOLUTION #}
<p>{{ answer }}</p>
{# END SOLUTION #}
"""


def test_regions_keep_the_stub_for_learners():
    expected = "keep = 1\n# TODO(E01): compute the answer.\nanswer = None\n"
    assert keep_variant(LEARNER, solutions=False) == expected


def test_regions_keep_the_solution_for_mentors():
    assert keep_variant(LEARNER, solutions=True) == "keep = 1\nanswer = 42\n<p>{{ answer }}</p>\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# BEGIN SOLUTION\n# BEGIN SOLUTION\n# END SOLUTION\n", "inside the region opened at line 1"),
        ("# STUB\n", "STUB outside"),
        ("# END SOLUTION\n", "without BEGIN"),
        ("# BEGIN SOLUTION\nx = 1\n", "never ended"),
    ],
)
def test_misplaced_markers_are_errors(text, problem):
    with pytest.raises(RegionError, match=problem):
        keep_variant(text, solutions=False, source="f.py")


MANIFEST = """\
[[exercises]]
slug = "task-list"
title = "List"

[[exercises]]
slug = "toggle"
title = "Toggle, after E[task-list]"
"""


def test_exercises_are_numbered_in_manifest_order():
    """The learner reads E01, E02... in the order the manifest lists the slugs."""
    numbers = exercise_numbers(MANIFEST)
    assert numbers == {"task-list": "E01", "toggle": "E02"}
    numbered = resolve_references(number_manifest(MANIFEST, numbers), numbers)
    assert 'id = "E02"\nslug = "toggle"\ntitle = "Toggle, after E01"' in numbered


def test_inserting_an_exercise_renumbers_what_follows():
    """A new exercise between two others shifts the later numbers, with no id typed anywhere."""
    edit = '[[exercises]]\nslug = "edit"\n\n'
    inserted = MANIFEST.replace('[[exercises]]\nslug = "toggle"', edit + '[[exercises]]\nslug = "toggle"')
    assert exercise_numbers(inserted) == {"task-list": "E01", "edit": "E02", "toggle": "E03"}
    assert resolve_references('exercise("E[toggle]")', exercise_numbers(inserted)) == 'exercise("E03")'


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('slug = "Toggle"\n', "is not lowercase words"),
        ('slug = "a"\nslug = "a"\n', "listed twice"),
    ],
)
def test_bad_slugs_are_errors(text, problem):
    with pytest.raises(NumberingError, match=problem):
        exercise_numbers(text)


def test_a_reference_to_no_exercise_is_an_error_with_its_place():
    with pytest.raises(NumberingError, match=r"views.py:2: E\[tgogle\] names no exercise"):
        resolve_references("ok\n# TODO(E[tgogle])\n", {"toggle": "E01"}, source="views.py")


LITERAL_ID = re.compile(r"\bE\d{2}\b")


@pytest.mark.parametrize("template", TEMPLATES)
def test_templates_name_exercises_by_slug_only(template):
    """No exercise number is typed in a template: E[slug] everywhere, numbered when generated."""
    literal = [
        f"{path.relative_to(TEMPLATES_DIR)}:{number}"
        for path in sorted((TEMPLATES_DIR / template).rglob("*"))
        if path.is_file() and path.suffix in TEXT_SUFFIXES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if LITERAL_ID.search(line)
    ]
    assert literal == []


def test_shared_layers_carry_no_todo_marker():
    """A marker in a shared file would leave an exercise pending in every project, solutions too."""
    marker = re.compile(r"TODO\(E\d+\)")
    found = [
        str(path.relative_to(REPOSITORY))
        for path in sorted((REPOSITORY / "common").rglob("*"))
        if path.is_file() and marker.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert found == []
