"""Changing the follow graph, for the HTML views and the API alike."""
# BEGIN SOLUTION

from django.core.exceptions import ValidationError

from profiles.models import Follow
# END SOLUTION


def follow_user(follower, followed):
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
    raise NotImplementedError("E[follow-views]: follow_user")
    # END SOLUTION


def unfollow_user(follower, followed):
    """``follower`` stops following ``followed``; True when there was a follow to undo."""
    # BEGIN SOLUTION
    deleted, _ = Follow.objects.filter(follower=follower, followed=followed).delete()
    return bool(deleted)
    # STUB
    # TODO(E[follow-views]): delete the Follow if there is one.
    raise NotImplementedError("E[follow-views]: unfollow_user")
    # END SOLUTION
