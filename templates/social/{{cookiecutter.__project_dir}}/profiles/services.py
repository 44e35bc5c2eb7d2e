"""Changing profiles and the follow graph, for the HTML views, the API and other apps alike."""

from django.contrib.auth.base_user import AbstractBaseUser
# BEGIN SOLUTION
from django.core.exceptions import ValidationError

from profiles.models import Follow, Profile
# STUB

from profiles.models import Profile
# END SOLUTION


def profile_update(*, user: AbstractBaseUser, display_name: str) -> Profile:
    """``user``'s profile shows ``display_name`` from now on (an empty one shows the username)."""
    profile = Profile.objects.for_user(user)
    profile.display_name = display_name
    profile.save()
    return profile


def follow_create(*, follower: AbstractBaseUser, followed: AbstractBaseUser) -> bool:
    """``follower`` follows ``followed``; following again changes nothing.

    Returns True when a new follow was made. Following yourself is a ValidationError.
    """
    # BEGIN SOLUTION
    if follower == followed:
        raise ValidationError("You cannot follow yourself.")
    _, created = Follow.objects.get_or_create(follower=follower, followed=followed)
    return created
    # STUB
    # TODO(E[follow-views]): create the Follow unless it exists; refuse following yourself.
    raise NotImplementedError("E[follow-views]: follow_create")
    # END SOLUTION


def follow_delete(*, follower: AbstractBaseUser, followed: AbstractBaseUser) -> bool:
    """``follower`` stops following ``followed``; True when there was a follow to undo."""
    # BEGIN SOLUTION
    deleted, _ = Follow.objects.filter(follower=follower, followed=followed).delete()
    return bool(deleted)
    # STUB
    # TODO(E[follow-views]): delete the Follow if there is one.
    raise NotImplementedError("E[follow-views]: follow_delete")
    # END SOLUTION
