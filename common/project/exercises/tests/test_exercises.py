"""The exercise machinery itself: manifest, markers and the "not implemented yet" answers."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from exercises.catalog import find_markers, load_exercises
from exercises.stubs import api_not_implemented, not_implemented


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
