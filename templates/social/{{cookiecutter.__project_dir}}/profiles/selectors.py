"""Reading the follow graph: lists of people, friends and suggestions."""

from django.contrib.auth import get_user_model
# BEGIN SOLUTION
from django.core.cache import cache
from django.db.models import Count
# END SOLUTION

SUGGESTIONS_TIMEOUT = 60 * 15


def following_of(user):
    """The people ``user`` follows."""
    return get_user_model().objects.filter(followers__follower=user)


def followers_of(user):
    """The people who follow ``user``."""
    return get_user_model().objects.filter(following__followed=user)


def friends_of(user):
    """People who follow ``user`` and whom ``user`` follows back."""
    # BEGIN SOLUTION
    return following_of(user).filter(following__followed=user)
    # STUB
    # TODO(E[suggestions]): mutual follows, as a queryset of users.
    return get_user_model().objects.none()
    # END SOLUTION


def suggestions_for(user, limit=5):
    """Whom to follow: people ``user``'s friends follow, most friends in common first."""
    # BEGIN SOLUTION
    return (
        get_user_model()
        .objects.filter(followers__follower__in=friends_of(user))
        .exclude(pk=user.pk)
        .exclude(followers__follower=user)
        .annotate(in_common=Count("followers"))
        .select_related("profile")
        .order_by("-in_common", "username")[:limit]
    )
    # STUB
    # TODO(E[suggestions]): people followed by user's friends, not yet followed, annotated `in_common`.
    return get_user_model().objects.none()
    # END SOLUTION


def suggestions_cache_key(user_id):
    return f"profiles:suggestions:{user_id}"


def cached_suggestions(user):
    """``suggestions_for(user)`` as a list, kept in the cache between page views."""
    # BEGIN SOLUTION
    return cache.get_or_set(
        suggestions_cache_key(user.pk), lambda: list(suggestions_for(user)), SUGGESTIONS_TIMEOUT
    )
    # STUB
    # TODO(E[cache-suggestions]): keep the list in the cache under suggestions_cache_key(user.pk).
    return list(suggestions_for(user))
    # END SOLUTION
