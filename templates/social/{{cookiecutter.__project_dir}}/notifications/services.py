"""Making notifications, and a way to stay quiet while making lots of data at once."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth.base_user import AbstractBaseUser

from notifications.models import Notification
from posts.models import Post

_muted = ContextVar("notifications_muted", default=False)


def notifications_muted():
    """True inside a ``muted_notifications()`` block."""
    return _muted.get()


@contextmanager
def muted_notifications():
    """Make no notifications inside the block (seeding, imports), whatever happens in it."""
    # BEGIN SOLUTION
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)
    # STUB
    # TODO(E[mute-context]): mute notifications for the block, and unmute after it, even on an error.
    yield
    # END SOLUTION


def notification_create(
    *,
    recipient: AbstractBaseUser,
    actor: AbstractBaseUser,
    verb: Notification.Verb,
    post: Post | None = None,
) -> Notification | None:
    """Tell ``recipient`` what ``actor`` did, unless muted or they did it to themselves."""
    if notifications_muted() or recipient == actor:
        return None
    return Notification.objects.create(recipient=recipient, actor=actor, verb=verb, post=post)
