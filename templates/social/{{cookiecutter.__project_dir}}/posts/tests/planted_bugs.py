"""Broken versions of ``post_feed`` and ``with_stats`` that E[test-feed]'s tests must catch.

Each stands alone: the grading rewrites it in place of the real function. Each rule
the exercise names has a bug that only a test of that rule catches.
"""

from django.db.models import Count, Exists, OuterRef, Q

from exercises.grading import PlantedBug
from posts.models import Like, Post
from profiles.models import Follow


def feed_of_own_posts_only(*, user):
    return Post.objects.filter(author=user).with_stats(user).order_by("-created_at", "-pk")


def feed_without_own_posts(*, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    feed = Post.objects.filter(author__in=followed).with_stats(user)
    return feed.order_by("-created_at", "-pk")


def feed_of_everyone(*, user):
    return Post.objects.with_stats(user).order_by("-created_at", "-pk")


def feed_with_followers_too(*, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    followers = Follow.objects.filter(followed=user).values("follower")
    feed = Post.objects.filter(Q(author__in=followed) | Q(author__in=followers) | Q(author=user))
    return feed.with_stats(user).order_by("-created_at", "-pk")


def feed_of_followers(*, user):
    followers = Follow.objects.filter(followed=user).values("follower")
    feed = Post.objects.filter(Q(author__in=followers) | Q(author=user)).with_stats(user)
    return feed.order_by("-created_at", "-pk")


def feed_oldest_first(*, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    feed = Post.objects.filter(Q(author__in=followed) | Q(author=user)).with_stats(user)
    return feed.order_by("created_at", "pk")


def stats_counting_likes_per_comment(self, viewer):
    liked = Like.objects.filter(post=OuterRef("pk"), user=viewer)
    return self.select_related("author__profile").annotate(
        like_count=Count("likes"),
        comment_count=Count("comments", distinct=True),
        liked=Exists(liked),
    )


def stats_counting_comments_per_like(self, viewer):
    liked = Like.objects.filter(post=OuterRef("pk"), user=viewer)
    return self.select_related("author__profile").annotate(
        like_count=Count("likes", distinct=True),
        comment_count=Count("comments"),
        liked=Exists(liked),
    )


def stats_liked_by_anyone(self, viewer):
    return self.select_related("author__profile").annotate(
        like_count=Count("likes", distinct=True),
        comment_count=Count("comments", distinct=True),
        liked=Exists(Like.objects.filter(post=OuterRef("pk"))),
    )


FEED = "posts.selectors:post_feed"
STATS = "posts.models:PostQuerySet.with_stats"


def _bug(name, target, replacement, description):
    return PlantedBug(name, target, f"posts.tests.planted_bugs:{replacement}", description)


PLANTED_BUGS = [
    _bug(
        "no-followed-posts",
        FEED,
        "feed_of_own_posts_only",
        "the feed leaves out the posts of people you follow.",
    ),
    _bug("no-own-posts", FEED, "feed_without_own_posts", "your own posts are missing."),
    _bug("leaks-strangers", FEED, "feed_of_everyone", "the feed shows everybody's posts."),
    _bug(
        "leaks-fans",
        FEED,
        "feed_with_followers_too",
        "the feed also shows people who follow you but whom you do not follow.",
    ),
    _bug(
        "followers-not-followed",
        FEED,
        "feed_of_followers",
        "the feed shows people who follow you instead of people you follow.",
    ),
    _bug("oldest-first", FEED, "feed_oldest_first", "the feed is oldest first."),
    _bug(
        "likes-counted-per-comment",
        STATS,
        "stats_counting_likes_per_comment",
        "likes are counted once per comment on a post with comments.",
    ),
    _bug(
        "comments-counted-per-like",
        STATS,
        "stats_counting_comments_per_like",
        "comments are counted once per like on a post with likes.",
    ),
    _bug(
        "liked-by-anyone",
        STATS,
        "stats_liked_by_anyone",
        "`liked` is true when anybody likes the post, not only the viewer.",
    ),
]
