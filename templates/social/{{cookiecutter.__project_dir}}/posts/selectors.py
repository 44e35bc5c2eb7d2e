"""Reading posts: the feed, what each person reads."""

from django.contrib.auth.base_user import AbstractBaseUser
# BEGIN SOLUTION
from django.db.models import Q, QuerySet
# STUB
from django.db.models import QuerySet
# END SOLUTION

from posts.models import Post
# BEGIN SOLUTION
from profiles.models import Follow
# END SOLUTION


def post_feed(*, user: AbstractBaseUser) -> QuerySet:
    """What ``user`` reads: posts by the people they follow and their own, newest first."""
    # BEGIN SOLUTION
    followed = Follow.objects.filter(follower=user).values("followed")
    feed = Post.objects.filter(Q(author__in=followed) | Q(author=user)).with_stats(user)
    return feed.order_by("-created_at", "-pk")
    # STUB
    # TODO(E[feed]): posts by people user follows and by user, with_stats, newest first.
    return Post.objects.none()
    # END SOLUTION
