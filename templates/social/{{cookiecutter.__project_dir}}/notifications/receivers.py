"""Notifications follow from what people do, wherever they do it (pages, API, shell)."""

# BEGIN SOLUTION
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver

from notifications.models import Notification
from notifications.services import notification_create
from posts.mentions import mentioned_usernames
from posts.models import Comment, Like, Post
from profiles.models import Follow


@receiver(post_save, sender=Follow)
def notify_followed(sender, instance, created, **kwargs):
    if created:
        notification_create(
            recipient=instance.followed, actor=instance.follower, verb=Notification.Verb.FOLLOW
        )


@receiver(post_save, sender=Like)
def notify_liked(sender, instance, created, **kwargs):
    if created:
        notification_create(
            recipient=instance.post.author,
            actor=instance.user,
            verb=Notification.Verb.LIKE,
            post=instance.post,
        )


@receiver(post_save, sender=Comment)
def notify_commented(sender, instance, created, **kwargs):
    if created:
        notification_create(
            recipient=instance.post.author,
            actor=instance.author,
            verb=Notification.Verb.COMMENT,
            post=instance.post,
        )


@receiver(post_save, sender=Post)
def notify_mentioned(sender, instance, created, **kwargs):
    """People named as ``@username`` in a new post hear of it once; unknown names are skipped."""
    if not created:
        return
    usernames = mentioned_usernames(instance.text)
    for person in get_user_model().objects.filter(username__in=usernames):
        notification_create(
            recipient=person, actor=instance.author, verb=Notification.Verb.MENTION, post=instance
        )
# STUB
# TODO(E[notifications]): notify people when someone follows them, likes or comments on their post,
# or mentions them in a new post. Use notification_create() from notifications.services.
# END SOLUTION
