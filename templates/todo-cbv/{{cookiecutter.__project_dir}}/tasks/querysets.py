"""The queries on tasks that views, the API and the cache share, as ``Task.objects``."""

from datetime import timedelta

from django.db import models
from django.utils import timezone


class TaskQuerySet(models.QuerySet):
    """Reusable filters, so views, the API and the cache ask for tasks the same way."""

    def owned_by(self, user):
        return self.filter(owner=user)

    def open(self):
        return self.filter(done=False)

    def overdue(self):
        return self.open().filter(due_date__lt=timezone.localdate())

    def due_within(self, days):
        """Open tasks due from today to ``days`` days ahead, soonest first."""
        today = timezone.localdate()
        return (
            self.open()
            .filter(due_date__range=(today, today + timedelta(days=days)))
            .order_by("due_date")
        )

    def search(self, query):
        """Tasks whose title or notes contain every word of ``query``, in any case.

        An empty query filters nothing, so a search box left blank shows every task.
        NUL characters, which PostgreSQL text cannot hold, are left out.
        """
        queryset = self
        for word in query.replace("\x00", "").split():
            queryset = queryset.filter(
                models.Q(title__icontains=word) | models.Q(notes__icontains=word)
            )
        return queryset

    def summary(self):
        """Counts for a dashboard, computed by the database in a single query."""
        today = timezone.localdate()
        return self.aggregate(
            total=models.Count("pk"),
            completed=models.Count("pk", filter=models.Q(done=True)),
            overdue=models.Count("pk", filter=models.Q(done=False, due_date__lt=today)),
        )
