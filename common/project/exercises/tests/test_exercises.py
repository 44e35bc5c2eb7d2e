"""The exercise machinery itself: manifest, markers and the "not implemented yet" answers."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from config import dotenv
from exercises.catalog import find_markers, load_exercises
from exercises.stubs import api_not_implemented, not_implemented
from exercises.templatetags.exercises import paragraphs


def test_manifest_lists_exercises():
    """exercises.toml loads, with every field filled in."""
    assert load_exercises()


def test_every_marker_names_a_listed_exercise():
    """A TODO(Exx) marker for an exercise the manifest does not list is a typo."""
    listed = {exercise.id for exercise in load_exercises()}
    assert set(find_markers()) <= listed


@pytest.mark.django_db
def test_not_implemented_page_names_the_exercise():
    """An unfinished page answers 501 and says which exercise builds it."""
    exercise = load_exercises()[0]
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = not_implemented(request, exercise.id)
    assert response.status_code == 501
    assert exercise.title in response.content.decode()


def test_api_not_implemented_names_the_exercise():
    """An unfinished endpoint answers 501 with the exercise in the detail."""
    exercise = load_exercises()[0]
    response = api_not_implemented(exercise.id)
    assert response.status_code == 501
    assert exercise.id in response.data["detail"]


def test_statements_read_as_paragraphs_with_code():
    """Hard-wrapped lines join into paragraphs; `code` becomes <code>, and text is escaped."""
    html = paragraphs("Write the\n`task_list` view.\n\nNever <script>.\n")
    assert html == "<p>Write the <code>task_list</code> view.</p>\n<p>Never &lt;script&gt;.</p>"


def test_a_fresh_env_file_is_written_once(tmp_path):
    """`python -m config.dotenv` writes a .env with a new key, and never overwrites one."""
    env_file = tmp_path / ".env"
    assert dotenv.write(env_file).startswith("Wrote")
    first = env_file.read_text()
    assert "DJANGO_SECRET_KEY=" in first and "DJANGO_DEBUG=true" in first
    assert "already there" in dotenv.write(env_file)
    assert env_file.read_text() == first
    assert dotenv.contents() != dotenv.contents()
