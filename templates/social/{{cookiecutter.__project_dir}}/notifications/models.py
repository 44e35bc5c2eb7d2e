"""Telling people what happened to them: follows, likes, comments and mentions."""

from django.conf import settings
from django.db import models


class Notification(models.Model):
    class Verb(models.TextChoices):
        FOLLOW = "follow", "followed you"
        LIKE = "like", "liked your post"
        COMMENT = "comment", "commented on your post"
        MENTION = "mention", "mentioned you"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    verb = models.CharField(max_length=10, choices=Verb)
    post = models.ForeignKey("posts.Post", on_delete=models.CASCADE, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read"])]

    def __str__(self):
        return f"{self.actor} {self.get_verb_display()}"
