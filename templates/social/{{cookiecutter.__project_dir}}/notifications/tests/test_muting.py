"""E[mute-context]: muted_notifications(), a context manager."""

import pytest

from notifications.models import Notification
from notifications.services import muted_notifications, notification_create

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[mute-context]")]

FOLLOW = Notification.Verb.FOLLOW


def test_nothing_is_notified_inside_the_block(user, other_user):
    """Inside the block notification_create() makes nothing; after it, notifications flow again."""
    with muted_notifications():
        notification_create(recipient=user, actor=other_user, verb=FOLLOW)
    assert not Notification.objects.exists()
    notification_create(recipient=user, actor=other_user, verb=FOLLOW)
    assert Notification.objects.count() == 1


def test_an_error_in_the_block_still_unmutes(user, other_user):
    """An exception leaving the block does not leave notifications muted."""
    with pytest.raises(RuntimeError), muted_notifications():
        notification_create(recipient=user, actor=other_user, verb=FOLLOW)
        raise RuntimeError("import failed")
    notification_create(recipient=user, actor=other_user, verb=FOLLOW)
    assert Notification.objects.count() == 1


def test_nested_blocks_stay_muted_until_the_outer_one_ends(user, other_user):
    """Leaving an inner block keeps the outer one muted."""
    with muted_notifications():
        with muted_notifications():
            pass
        notification_create(recipient=user, actor=other_user, verb=FOLLOW)
    assert not Notification.objects.exists()
