"""Reading the follow graph: one person, lists of people, friends and suggestions.

Users are reached through ``get_user_model()``, so the hints name Django's
``AbstractBaseUser``, the class every user model extends.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
# BEGIN SOLUTION
from django.core.cache import cache
from django.db.models import Count, QuerySet
# STUB
from django.db.models import QuerySet
# END SOLUTION
from django.shortcuts import get_object_or_404

from profiles.models import Profile

SUGGESTIONS_TIMEOUT = 60 * 15


def user_get(*, username: str) -> AbstractBaseUser:
    """The user called ``username``, whose profile is made now if missing; 404 for nobody."""
    user = get_object_or_404(get_user_model(), username=username)
    Profile.objects.for_user(user)
    return user


def user_following(*, user: AbstractBaseUser) -> QuerySet:
    """The people ``user`` follows."""
    return get_user_model().objects.filter(followers__follower=user)


def user_followers(*, user: AbstractBaseUser) -> QuerySet:
    """The people who follow ``user``."""
    return get_user_model().objects.filter(following__followed=user)


def user_friends(*, user: AbstractBaseUser) -> QuerySet:
    """People who follow ``user`` and whom ``user`` follows back."""
    # BEGIN SOLUTION
    return user_following(user=user).filter(following__followed=user)
    # STUB
    # TODO(E[suggestions]): mutual follows, as a queryset of users.
    return get_user_model().objects.none()
    # END SOLUTION


def user_suggestions(*, user: AbstractBaseUser, limit: int = 5) -> QuerySet:
    """Whom to follow: people ``user``'s friends follow, most friends in common first."""
    # BEGIN SOLUTION
    return (
        get_user_model()
        .objects.filter(followers__follower__in=user_friends(user=user))
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


def suggestions_cache_key(user_id: int) -> str:
    return f"profiles:suggestions:{user_id}"


def user_suggestions_cached(*, user: AbstractBaseUser) -> list:
    """``user_suggestions(user=user)`` as a list, kept in the cache between page views."""
    # BEGIN SOLUTION
    return cache.get_or_set(
        suggestions_cache_key(user.pk),
        lambda: list(user_suggestions(user=user)),
        SUGGESTIONS_TIMEOUT,
    )
    # STUB
    # TODO(E[cache-suggestions]): keep the list in the cache under suggestions_cache_key(user.pk).
    return list(user_suggestions(user=user))
    # END SOLUTION
