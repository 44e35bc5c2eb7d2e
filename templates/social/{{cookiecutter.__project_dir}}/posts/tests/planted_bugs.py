"""Broken versions of ``feed_for`` and ``with_stats`` that E[test-feed]'s tests must catch.

Each stands alone: the grading rewrites it in place of the real method. Each rule
the exercise names has a bug that only a test of that rule catches.
"""

from django.db.models import Count, Exists, OuterRef, Q

from exercises.grading import PlantedBug
from posts.models import Like
from profiles.models import Follow


def feed_of_own_posts_only(self, user):
    return self.filter(author=user).with_stats(user).order_by("-created", "-pk")


def feed_without_own_posts(self, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    feed = self.filter(author__in=followed).with_stats(user)
    return feed.order_by("-created", "-pk")


def feed_of_everyone(self, user):
    return self.with_stats(user).order_by("-created", "-pk")


def feed_with_followers_too(self, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    followers = Follow.objects.filter(followed=user).values("follower")
    feed = self.filter(Q(author__in=followed) | Q(author__in=followers) | Q(author=user))
    return feed.with_stats(user).order_by("-created", "-pk")


def feed_of_followers(self, user):
    followers = Follow.objects.filter(followed=user).values("follower")
    feed = self.filter(Q(author__in=followers) | Q(author=user)).with_stats(user)
    return feed.order_by("-created", "-pk")


def feed_oldest_first(self, user):
    followed = Follow.objects.filter(follower=user).values("followed")
    feed = self.filter(Q(author__in=followed) | Q(author=user)).with_stats(user)
    return feed.order_by("created", "pk")


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


def _bug(name, method, replacement, description):
    return PlantedBug(
        name,
        f"posts.models:PostQuerySet.{method}",
        f"posts.tests.planted_bugs:{replacement}",
        description,
    )


PLANTED_BUGS = [
    _bug(
        "no-followed-posts",
        "feed_for",
        "feed_of_own_posts_only",
        "the feed leaves out the posts of people you follow.",
    ),
    _bug("no-own-posts", "feed_for", "feed_without_own_posts", "your own posts are missing."),
    _bug("leaks-strangers", "feed_for", "feed_of_everyone", "the feed shows everybody's posts."),
    _bug(
        "leaks-fans",
        "feed_for",
        "feed_with_followers_too",
        "the feed also shows people who follow you but whom you do not follow.",
    ),
    _bug(
        "followers-not-followed",
        "feed_for",
        "feed_of_followers",
        "the feed shows people who follow you instead of people you follow.",
    ),
    _bug("oldest-first", "feed_for", "feed_oldest_first", "the feed is oldest first."),
    _bug(
        "likes-counted-per-comment",
        "with_stats",
        "stats_counting_likes_per_comment",
        "likes are counted once per comment on a post with comments.",
    ),
    _bug(
        "comments-counted-per-like",
        "with_stats",
        "stats_counting_comments_per_like",
        "comments are counted once per like on a post with likes.",
    ),
    _bug(
        "liked-by-anyone",
        "with_stats",
        "stats_liked_by_anyone",
        "`liked` is true when anybody likes the post, not only the viewer.",
    ),
]
