"""Remembering when each person was last active, for the "last seen" on profiles."""
# BEGIN SOLUTION

from datetime import datetime, timedelta

from django.utils import timezone

from profiles.models import Profile

LAST_SEEN_SESSION_KEY = "profiles:last_seen"
LAST_SEEN_EVERY = timedelta(minutes=5)
# END SOLUTION


class LastSeenMiddleware:
    """Stamp ``Profile.last_seen`` for signed-in users, at most once every few minutes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # BEGIN SOLUTION
        if request.user.is_authenticated:
            self.stamp(request)
        # STUB
        # TODO(E[last-seen]): stamp the signed-in user's Profile.last_seen, without a write per request.
        # END SOLUTION
        return self.get_response(request)
    # BEGIN SOLUTION

    def stamp(self, request):
        """Write ``last_seen`` when the session says the last stamp is old enough."""
        now = timezone.now()
        stamped = request.session.get(LAST_SEEN_SESSION_KEY)
        if stamped and now - datetime.fromisoformat(stamped) < LAST_SEEN_EVERY:
            return
        Profile.objects.filter(user=request.user).update(last_seen=now)
        request.session[LAST_SEEN_SESSION_KEY] = now.isoformat()
    # END SOLUTION
