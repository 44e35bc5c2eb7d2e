"""Signal receivers for profiles, connected in ``ProfilesConfig.ready``."""

# BEGIN SOLUTION
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from profiles.models import Follow, Profile
from profiles.selectors import suggestions_cache_key


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    """Every new user gets a profile, however the user was created."""
    if created and not raw:
        Profile.objects.create(user=instance)


@receiver([post_save, post_delete], sender=Follow)
def forget_suggestions(sender, instance, **kwargs):
    """Following or unfollowing someone changes whom to suggest to the follower."""
    cache.delete(suggestions_cache_key(instance.follower_id))
# STUB
# TODO(E[profile-signal]): give every new user a Profile as soon as the user is created.
# TODO(E[cache-suggestions]): when someone follows or unfollows, forget their cached suggestions.
# END SOLUTION
