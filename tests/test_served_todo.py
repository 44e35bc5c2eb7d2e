"""The to-do apps served for real (gunicorn, several workers, PostgreSQL): requests that
arrive together get the answers that one at a time would get, and never a 5xx."""

import json

import pytest

from tests.serving import at_once, fetch, run_script, served

TODO_TEMPLATES = ["todo-fbv", "todo-cbv"]
CLIENTS = 8
PASSWORD = "a-long-password-42"

USER = f"""
import django
django.setup()
from django.contrib.auth import get_user_model
user = get_user_model().objects.create_user(username="racer", password="{PASSWORD}")
print(user.pk)
"""


def post_json(url, payload, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    status, _, body = fetch(url, method="POST", data=json.dumps(payload).encode(), headers=headers)
    return status, json.loads(body) if body else None


@pytest.fixture
def racer(postgres_url):
    """A user of a fresh PostgreSQL database, who has no token yet."""

    def make(project):
        run_script(project, postgres_url, USER)

    return make


@pytest.mark.parametrize("template", TODO_TEMPLATES)
def test_simultaneous_sign_ins_share_one_token(bake, template, postgres_url, racer):
    """Eight apps that ask for the same user's token at once all get it, and it is one token."""
    project = bake(template, solutions=True, project_slug="race_practice")
    with served(project, workers=4, DATABASE_URL=postgres_url) as (base, _):
        racer(project)
        credentials = {"username": "racer", "password": PASSWORD}
        answers = at_once(CLIENTS, lambda _: post_json(f"{base}/api/token/", credentials))
    assert [status for status, _ in answers] == [200] * CLIENTS, answers
    assert len({body["token"] for _, body in answers}) == 1


def test_simultaneous_completes_stamp_the_task_once(bake, postgres_url, racer):
    """Eight taps on "complete" at once: every answer and the task show the same completion time."""
    project = bake("todo-cbv", solutions=True, project_slug="race_practice")
    with served(project, workers=4, DATABASE_URL=postgres_url) as (base, _):
        racer(project)
        credentials = {"username": "racer", "password": PASSWORD}
        token = post_json(f"{base}/api/token/", credentials)[1]["token"]
        status, task = post_json(f"{base}/api/tasks/", {"title": "Pay rent"}, token)
        assert status == 201, task
        url = f"{base}/api/tasks/{task['id']}/complete/"
        answers = at_once(CLIENTS, lambda _: post_json(url, {}, token))
        signed = {"Authorization": f"Token {token}"}
        _, _, stored = fetch(f"{base}/api/tasks/{task['id']}/", headers=signed)
    assert [status for status, _ in answers] == [200] * CLIENTS, answers
    stamps = {body["completed_at"] for _, body in answers}
    assert stamps == {json.loads(stored)["completed_at"]}, "the answers disagree on when it was done"
