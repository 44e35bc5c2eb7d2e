"""Each error a beginner meets most is provoked for real, then named and explained."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.template import engines
from django.template.loader import get_template
from django.test import Client
from django.urls import reverse

from exercises.explain import explain, learner_location


def explained(excinfo):
    """The explanation of an error as pytest would report it in a failure."""
    return explain(str(excinfo.getrepr()))


# Each error provoked for real, and a phrase its explanation must give.
PROVOKED = {
    "SyntaxError": lambda: compile("def view(request:\n", "tasks/views.py", "exec"),
    "NoReverseMatch": lambda: reverse("no-such-page"),
    "TemplateDoesNotExist": lambda: get_template("tasks/no_such_page.html"),
    "TemplateSyntaxError": lambda: engines["django"].from_string("{% if user %}never closed"),
}
ADVICE = {
    "SyntaxError": "missing bracket",
    "NoReverseMatch": "urls.py",
    "TemplateDoesNotExist": "<app>/templates/<app>/",
    "TemplateSyntaxError": "unclosed block",
}


@pytest.mark.parametrize("name", PROVOKED)
def test_an_error_is_named_with_what_usually_causes_it(name):
    with pytest.raises(Exception) as excinfo:
        PROVOKED[name]()
    explanation = explained(excinfo)
    assert explanation.name == name
    assert ADVICE[name] in explanation.advice


def test_import_error():
    with pytest.raises(ImportError) as excinfo:
        from django.shortcuts import render_to_reponse  # noqa: F401
    explanation = explained(excinfo)
    assert explanation.name == "ImportError"
    assert "spelling" in explanation.advice


@pytest.mark.django_db
def test_field_error():
    with pytest.raises(FieldError) as excinfo:
        get_user_model().objects.filter(no_such_field=1).exists()
    explanation = explained(excinfo)
    assert explanation.name == "FieldError"
    assert "models.py" in explanation.advice


@pytest.mark.django_db
def test_integrity_error_from_a_constraint():
    user_model = get_user_model()
    alice = {user_model.USERNAME_FIELD: "alice@example.com"}
    user_model.objects.create_user(**alice)
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        user_model.objects.create_user(**alice)
    explanation = explained(excinfo)
    assert explanation.name == "IntegrityError"
    assert "constraint" in explanation.advice


@pytest.mark.django_db
def test_missing_migration():
    with pytest.raises(DatabaseError) as excinfo, connection.cursor() as cursor:
        cursor.execute("SELECT id FROM tasks_of_a_model_never_migrated")
    explanation = explained(excinfo)
    assert explanation.name.endswith("missing migration")
    assert "makemigrations" in explanation.advice


@pytest.mark.django_db
def test_missing_context_key(client):
    response = client.get(reverse("login"))
    with pytest.raises(KeyError) as excinfo:
        response.context["tasks"]  # noqa: B018 - the lookup is what fails
    explanation = explained(excinfo)
    assert "'tasks'" in explanation.advice


@pytest.mark.django_db
def test_csrf_failure(caplog):
    response = Client(enforce_csrf_checks=True).post(reverse("login"), {"username": "alice"})
    assert response.status_code == 403
    explanation = explain(f"E   assert 403 == 302\n{caplog.text}")
    assert explanation.name == "CSRF failure"
    assert "{% csrf_token %}" in explanation.advice


def test_not_implemented_stub():
    explanation = explain("E       assert 501 == 200\nE        +  where 501 = <HttpResponse>")
    assert explanation.name == "501 Not Implemented"
    assert "stub" in explanation.advice


def test_an_ordinary_failure_is_not_explained():
    assert explain("E       assert 2 == 3") is None


def test_the_place_is_the_learners_code_not_django_or_the_test(tmp_path):
    """A view that raises is pointed at, rather than Django's code or the test calling it."""
    traceback = (
        "tasks/tests/test_list.py:12: in test_list\n    response = client.get(url)\n"
        ".venv/lib/python3.12/site-packages/django/core/handlers/base.py:197: in _get_response\n"
        'tasks/views.py:40: in task_list\n    return render(request, "tasks/lst.html")\n'
        ".venv/lib/python3.12/site-packages/django/template/loader.py:19: in get_template\n"
    )
    assert learner_location(traceback, tmp_path) == "tasks/views.py:40"
