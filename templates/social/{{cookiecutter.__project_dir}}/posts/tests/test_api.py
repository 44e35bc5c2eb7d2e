"""The posts API: the viewset with its actions (E[viewsets]) and the cursor-paginated feed (E[feed-api])."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from posts.models import Like, Post
from posts.tests.factories import make_post
from profiles.tests.factories import follow, image_upload, make_user, text_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(api_client, user):
    """A client signed in with a real session, as a browser is: the API's authentication runs."""
    api_client.force_login(user)
    return api_client


@pytest.mark.exercise("E[viewsets]")
def test_create_takes_the_author_from_the_request(signed_in, user, other_user):
    """A new post belongs to the client's user, whatever the payload says (201)."""
    payload = {"text": "From the app", "author": other_user.pk, "like_count": 99, "liked": True}
    response = signed_in.post("/api/posts/", payload)
    assert response.status_code == 201
    data = response.json()
    assert data["author"]["username"] == "alice"
    assert (data["like_count"], data["comment_count"], data["liked"]) == (0, 0, False)
    assert Post.objects.get().author == user


@pytest.mark.exercise("E[viewsets]")
@pytest.mark.parametrize(
    "picture", [lambda: text_upload("x.png"), lambda: image_upload("x.png", "BMP")]
)
def test_a_picture_sent_to_the_api_is_checked_as_on_the_page(signed_in, picture):
    """The API refuses what the form refuses (not an image, a format not allowed): 400, no post."""
    response = signed_in.post(
        "/api/posts/", {"text": "Look", "image": picture()}, format="multipart"
    )
    assert response.status_code == 400
    assert "image" in response.json()
    assert not Post.objects.exists()


@pytest.mark.exercise("E[viewsets]")
def test_the_schema_types_a_posts_id_as_an_integer(api_schema):
    """/api/posts/{id}/ says its id is an integer: clients and fuzzers send one, not any text."""
    parameters = api_schema["paths"]["/api/posts/{id}/"]["get"]["parameters"]
    assert [
        parameter["schema"]["type"] for parameter in parameters if parameter["name"] == "id"
    ] == ["integer"]


@pytest.mark.exercise("E[viewsets]")
def test_list_shows_posts_with_their_stats(signed_in, user, other_user):
    """The list has everyone's posts, each with its counts and whether you like it."""
    post = make_post(other_user, "Hello", minutes_ago=5)
    make_post(user, "Mine")
    Like.objects.create(user=user, post=post)
    response = signed_in.get("/api/posts/")
    assert response.status_code == 200
    results = {item["text"]: item for item in response.json()["results"]}
    assert set(results) == {"Hello", "Mine"}
    assert (results["Hello"]["like_count"], results["Hello"]["liked"]) == (1, True)
    assert (results["Mine"]["like_count"], results["Mine"]["liked"]) == (0, False)


@pytest.mark.exercise("E[viewsets]")
def test_anyone_signed_in_reads_a_post(signed_in, other_user):
    """Reading someone else's post is fine."""
    post = make_post(other_user, "Public")
    response = signed_in.get(f"/api/posts/{post.pk}/")
    assert response.status_code == 200
    assert response.json()["text"] == "Public"


@pytest.mark.exercise("E[viewsets]")
def test_only_the_author_changes_a_post(signed_in, user, other_user):
    """Others get 403 on update and delete; the author may do both."""
    theirs = make_post(other_user, "Theirs")
    mine = make_post(user, "Mine")
    assert signed_in.patch(f"/api/posts/{theirs.pk}/", {"text": "Hacked"}).status_code == 403
    assert signed_in.delete(f"/api/posts/{theirs.pk}/").status_code == 403
    assert signed_in.patch(f"/api/posts/{mine.pk}/", {"text": "Edited"}).status_code == 200
    assert signed_in.delete(f"/api/posts/{mine.pk}/").status_code == 204
    assert list(Post.objects.values_list("text", flat=True)) == ["Theirs"]


@pytest.mark.exercise("E[viewsets]")
def test_like_and_unlike_actions(signed_in, user, other_user):
    """POST like and unlike answer the post with fresh counts; liking twice counts once."""
    post = make_post(other_user)
    liked = signed_in.post(f"/api/posts/{post.pk}/like/")
    assert liked.status_code == 200
    assert (liked.json()["like_count"], liked.json()["liked"]) == (1, True)
    again = signed_in.post(f"/api/posts/{post.pk}/like/")
    assert (again.json()["like_count"], again.json()["liked"]) == (1, True)
    unliked = signed_in.post(f"/api/posts/{post.pk}/unlike/")
    assert (unliked.json()["like_count"], unliked.json()["liked"]) == (0, False)
    assert not Like.objects.exists()


@pytest.mark.exercise("E[viewsets]")
def test_like_and_unlike_need_a_post(signed_in, user, other_user):
    """Like and unlike change state: a GET is 405 and changes nothing."""
    post = make_post(other_user)
    assert signed_in.get(f"/api/posts/{post.pk}/like/").status_code == 405
    assert not Like.objects.exists()
    Like.objects.create(user=user, post=post)
    assert signed_in.get(f"/api/posts/{post.pk}/unlike/").status_code == 405
    assert Like.objects.exists()


@pytest.mark.exercise("E[feed-api]")
def test_feed_api_pages_with_cursors(signed_in, user, other_user):
    """Following `next` links walks the whole feed once, newest first, without page numbers."""
    follow(user, other_user)
    posts = [make_post(other_user, f"Post {number}", minutes_ago=number) for number in range(25)]
    make_post(make_user("stranger"), "Not for you")
    first = signed_in.get("/api/feed/").json()
    assert "cursor=" in first["next"]
    assert first["previous"] is None
    second = signed_in.get(first["next"]).json()
    assert second["next"] is None
    assert "cursor=" in second["previous"]
    seen = [item["id"] for item in first["results"] + second["results"]]
    assert seen == [post.pk for post in posts]


@pytest.mark.exercise("E[feed-api]")
def test_feed_api_shows_each_post_once_while_new_ones_arrive(signed_in, user, other_user):
    """A post written while the client scrolls does not push an old one onto the next page."""
    follow(user, other_user)
    posts = [make_post(other_user, f"Post {number}", minutes_ago=number) for number in range(1, 31)]
    first = signed_in.get("/api/feed/").json()
    make_post(other_user, "Just now")
    second = signed_in.get(first["next"]).json()
    seen = [item["id"] for item in first["results"] + second["results"]]
    assert seen == [post.pk for post in posts]


@pytest.mark.exercise("E[feed-api]")
def test_feed_api_queries_do_not_grow(signed_in, user, django_assert_num_queries):
    """The feed API costs the same queries for 5 or 50 posts and followed people."""

    def add(count, start):
        for number in range(start, start + count):
            person = make_user(f"person{number}")
            follow(user, person)
            Like.objects.create(user=person, post=make_post(person, minutes_ago=number))

    add(5, 0)
    signed_in.get("/api/feed/")
    with CaptureQueriesContext(connection) as five:
        assert signed_in.get("/api/feed/").status_code == 200
    add(45, 5)
    with django_assert_num_queries(len(five)):
        signed_in.get("/api/feed/")
