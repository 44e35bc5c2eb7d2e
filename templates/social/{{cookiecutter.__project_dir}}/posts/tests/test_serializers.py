"""E[post-serializer]: the post serializer: nested author, read-only counts, validation."""

import pytest

from posts.models import Like, Post
from posts.serializers import PostSerializer
from posts.tests.factories import make_post
from profiles.tests.factories import image_upload, make_user, text_upload

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[post-serializer]")]


def test_a_post_shows_its_author_card_and_stats(user):
    """The author is nested (username, display name, avatar); counts and `liked` come along."""
    author = make_user("dana", display_name="Dana D.")
    post = make_post(author, "Hello")
    Like.objects.create(user=user, post=post)
    data = PostSerializer(Post.objects.with_stats(user).get()).data
    assert data["author"]["username"] == "dana"
    assert data["author"]["display_name"] == "Dana D."
    assert data["author"]["avatar_url"].endswith("avatar.svg")
    assert (data["like_count"], data["comment_count"], data["liked"]) == (1, 0, True)
    assert data["text"] == "Hello"
    assert set(data) == {
        "id",
        "text",
        "image",
        "created_at",
        "updated_at",
        "author",
        "like_count",
        "comment_count",
        "liked",
    }


def test_an_author_without_a_display_name_shows_the_username(user):
    """`display_name` falls back to the username, as on the pages."""
    make_post(user, "Hello")
    data = PostSerializer(Post.objects.with_stats(user).get()).data
    assert data["author"]["display_name"] == "alice"


def test_counts_come_from_with_stats_without_a_query_per_post(user, django_assert_num_queries):
    """A list of posts is serialized from the one query of `with_stats`: no query per post."""
    for number in range(5):
        post = make_post(make_user(f"author{number}"), f"Post {number}")
        Like.objects.create(user=user, post=post)
    posts = list(Post.objects.with_stats(user))
    with django_assert_num_queries(0):
        data = PostSerializer(posts, many=True).data
    assert [item["like_count"] for item in data] == [1] * 5


def test_clients_cannot_set_author_or_counts(user, other_user):
    """Author and counts in the input are ignored: they are read-only."""
    serializer = PostSerializer(
        data={"text": "Hi", "author": other_user.pk, "like_count": 99, "liked": True}
    )
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == {"text": "Hi"}
    assert {"author", "like_count", "comment_count", "liked"} <= set(serializer.fields)


def test_too_many_mentions_are_refused():
    """Text naming more people than MAX_MENTIONS is invalid, as in the HTML form."""
    serializer = PostSerializer(data={"text": "@a @b @c @d @e @f hello"})
    assert not serializer.is_valid()
    assert "text" in serializer.errors


@pytest.mark.parametrize(
    "picture", [lambda: text_upload("x.png"), lambda: image_upload("x.png", "TIFF")]
)
def test_the_picture_is_checked_by_the_shared_rule(picture):
    """The serializer keeps the model field's check (config.uploads): a bad picture is refused."""
    serializer = PostSerializer(data={"text": "Look", "image": picture()})
    assert not serializer.is_valid()
    assert "image" in serializer.errors
