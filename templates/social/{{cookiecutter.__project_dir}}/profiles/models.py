"""People on the network: a profile per user, and who follows whom."""

from django.conf import settings
from django.db import models
# BEGIN SOLUTION
from django.db.models import F, Q
# END SOLUTION
from django.templatetags.static import static
# BEGIN SOLUTION

from config.uploads import RandomName, validate_image
# END SOLUTION

DEFAULT_AVATAR = "img/avatar.svg"


class ProfileManager(models.Manager):
    def for_user(self, user):
        """The user's profile; users made without signals (``bulk_create``) get one here."""
        profile, _ = self.get_or_create(user=user)
        return profile


class Profile(models.Model):
    """What people show of themselves: a name to display, a bio and an avatar."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(max_length=60, blank=True)
    bio = models.TextField(max_length=500, blank=True)
    # BEGIN SOLUTION
    avatar = models.ImageField(
        upload_to=RandomName("avatars"), validators=[validate_image], blank=True
    )
    # STUB
    # TODO(E[avatar]): check uploads with config.uploads and store them under generated names.
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    # END SOLUTION
    last_seen = models.DateTimeField(null=True, blank=True)

    objects = ProfileManager()

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The display name, or the username for people who have not chosen one."""
        return self.display_name or self.user.username

    @property
    def avatar_url(self):
        return self.avatar.url if self.avatar else static(DEFAULT_AVATAR)


class Follow(models.Model):
    """``follower`` follows ``followed``: one row per pair, never oneself."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="following"
    )
    followed = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        # BEGIN SOLUTION
        constraints = [
            models.UniqueConstraint(fields=["follower", "followed"], name="unique_follow"),
            models.CheckConstraint(condition=~Q(follower=F("followed")), name="no_self_follow"),
        ]
        # STUB
        # TODO(E[follow-model]): let the database refuse following someone twice, or following yourself.
        # END SOLUTION

    def __str__(self):
        return f"{self.follower} follows {self.followed}"
