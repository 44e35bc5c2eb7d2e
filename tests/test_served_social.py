"""The social network's races under a real server: gunicorn with several workers, on
PostgreSQL, with requests released together (``tests/serving.py``).

A double click sends the same like, or the same follow, twice at once; a retrying app
sends it again while the first is still in flight. Each must leave one row, and every
answer must be an idempotent success or a 4xx: the database's unique constraint settles
the race, never a check in Python, and never a 500.
"""

import json

import pytest

from tests.serving import at_once, fetch, run_script, served

WORKERS = 4
CLICKS = 8  # requests released together for one like or one follow
ROUNDS = 3  # a race is a matter of luck: each round races on a new post and a new person

SETUP = """
import json, sys, django
django.setup()
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from posts.models import Post

User = get_user_model()
clicker = User.objects.create_user("clicker", "clicker@example.com", "a-long-password-42")
people, posts = [], []
for index in range(int(sys.argv[1])):
    person = User.objects.create_user(f"person{index}", f"person{index}@example.com", "pw-42-pw-42")
    people.append(person.username)
    posts.append(Post.objects.create(author=person, text=f"Like me ({index})").pk)
print(json.dumps({"token": Token.objects.create(user=clicker).key, "people": people, "posts": posts}))
"""

COUNT = """
import json, django
django.setup()
from posts.models import Like
from profiles.models import Follow
from notifications.models import Notification
print(json.dumps({
    "likes": sorted(Like.objects.values_list("post_id", flat=True)),
    "follows": sorted(Follow.objects.values_list("followed__username", flat=True)),
    "notifications": Notification.objects.count(),
}))
"""


def script(project, database_url, code, *arguments):
    return json.loads(run_script(project, database_url, code, *arguments))


def statuses(results):
    """The status of each answer; a request that raised is kept as its exception's name."""
    return [result[0] if isinstance(result, tuple) else type(result).__name__ for result in results]


def assert_idempotent(answers, what):
    assert all(isinstance(status, int) for status in answers), f"{what}: {answers}"
    assert not [status for status in answers if status >= 500], f"{what} made a 5xx: {answers}"
    assert all(status == 200 or 400 <= status < 500 for status in answers), f"{what}: {answers}"
    assert 200 in answers, f"{what}: no request succeeded: {answers}"


@pytest.fixture(scope="module")
def social(bake):
    return bake("social", solutions=True, project_slug="served_social")


def test_the_same_like_and_follow_at_once_make_one_row_each(social, postgres_url):
    """CLICKS likes of one post, and CLICKS follows of one person, at once: one row each, no 5xx."""
    with served(social, workers=WORKERS, DATABASE_URL=postgres_url) as (base, log):
        data = script(social, postgres_url, SETUP, str(ROUNDS))
        headers = {"Authorization": f"Token {data['token']}"}

        def post(path):
            return lambda _: fetch(f"{base}{path}", "POST", data=b"", headers=headers)

        for pk, username in zip(data["posts"], data["people"], strict=True):
            liked = statuses(at_once(CLICKS, post(f"/api/posts/{pk}/like/")))
            assert_idempotent(liked, f"liking post {pk} {CLICKS} times at once")
            followed = statuses(at_once(CLICKS, post(f"/api/profiles/{username}/follow/")))
            assert_idempotent(followed, f"following {username} {CLICKS} times at once")
        logged = log.read_text(encoding="utf-8")
    counted = script(social, postgres_url, COUNT)
    assert counted["likes"] == sorted(data["posts"])
    assert counted["follows"] == sorted(data["people"])
    # One notification per like and per follow: a lost race notifies nobody twice.
    assert counted["notifications"] == 2 * ROUNDS
    assert "Traceback" not in logged and "ERROR" not in logged, logged[-3000:]
