"""The unread count in the navigation bar, on every page."""

from notifications.models import Notification


def unread_notifications(request):
    """Nothing for visitors (or requests without a user, as in some tests): no query."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    unread = Notification.objects.filter(recipient=user, read=False).count()
    return {"unread_notification_count": unread}
