"""What the test runs recorded holds until something that can change an outcome changes."""

import pytest

from exercises import record

# Written in two parts: the whole marker here would leave E01 pending in every project.
MARKER = "TODO" + "(E01)"


@pytest.fixture
def project(tmp_path):
    """A tiny project: a view, a template, two test files; one run recorded for E01."""
    (tmp_path / "tasks/tests").mkdir(parents=True)
    (tmp_path / "tasks/templates/tasks").mkdir(parents=True)
    (tmp_path / "tasks/views.py").write_text(f"def view():\n    return 1  # {MARKER}: work\n")
    (tmp_path / "tasks/templates/tasks/page.html").write_text("<p>{{ x }}</p>\n")
    (tmp_path / "tasks/templates/tasks/other.html").write_text("<p>other</p>\n")
    (tmp_path / "tasks/tests/test_view.py").write_text("def test_view():\n    assert True\n")
    (tmp_path / "tasks/tests/test_other.py").write_text("def test_other():\n    assert True\n")
    test = {
        "exercise": "E01",
        "outcome": "passed",
        "message": "",
        "rule": "",
        "file": "tasks/tests/test_view.py",
        "templates": ["tasks/templates/tasks/page.html"],
        "whole_project": False,
    }
    nodeid = "tasks/tests/test_view.py::test_view"
    record.record_run(
        record.snapshot(tmp_path), 1.0, {nodeid: test}, {"E01": [nodeid]}, root=tmp_path
    )
    return tmp_path


def fresh(project):
    return set(record.fresh_exercises(project)[0])


def edit(path, old, new):
    path.write_text(path.read_text().replace(old, new))


def test_nothing_changed_keeps_the_recording(project):
    assert fresh(project) == {"E01"}


def test_a_comment_or_a_marker_removed_changes_nothing(project):
    """Taking out a TODO marker, or writing a comment, changes no outcome."""
    edit(project / "tasks/views.py", f"  # {MARKER}: work", "  # done")
    edit(project / "tasks/templates/tasks/page.html", "<p>", "{# a note #}<p>")
    assert fresh(project) == {"E01"}


def test_a_code_change_makes_the_outcome_stale(project):
    edit(project / "tasks/views.py", "return 1", "return 2")
    assert fresh(project) == set()


def test_a_template_the_test_rendered_makes_it_stale(project):
    edit(project / "tasks/templates/tasks/page.html", "<p>", "<div>")
    assert fresh(project) == set()


def test_a_template_the_test_never_rendered_does_not(project):
    edit(project / "tasks/templates/tasks/other.html", "other", "else")
    assert fresh(project) == {"E01"}


def test_a_changed_test_file_affects_its_own_tests_and_the_lists(project):
    """Another test file may have gained a test of E01: the list is read again."""
    edit(project / "tasks/tests/test_other.py", "assert True", "assert 1")
    assert fresh(project) == set()


def test_a_new_file_makes_every_outcome_stale(project):
    (project / "tasks/forms.py").write_text("FORM = 1\n")
    assert fresh(project) == set()


def test_a_grading_test_depends_on_the_whole_project(project):
    test = record.load(project)["tests"]["tasks/tests/test_view.py::test_view"]
    grading = {**test, "whole_project": True}
    edit(project / "tasks/templates/tasks/other.html", "other", "else")
    runs = record.load(project)["runs"]
    assert not record.is_fresh(grading, runs, record.snapshot(project))


def test_a_file_that_does_not_tokenize_still_counts_every_edit(project):
    view = project / "tasks/views.py"
    view.write_text("def view(:\n")
    before = record.code_fingerprint(view)
    view.write_text("def view(:\n# a comment\n")
    assert record.code_fingerprint(view) != before
