"""Small builders for test data: people and who follows whom."""

from django.contrib.auth import get_user_model

from profiles.models import Follow, Profile


def make_user(username, display_name=""):
    """A user with a profile, whether or not the profile signal (E[profile-signal]) is written yet."""
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    profile = Profile.objects.for_user(user)
    if display_name:
        profile.display_name = display_name
        profile.save()
    return user


def follow(follower, *people):
    """``follower`` follows each of ``people``."""
    for followed in people:
        Follow.objects.create(follower=follower, followed=followed)
