"""The queries on tasks that views, the API and the home page share, as ``Task.objects``."""

# BEGIN SOLUTION
from datetime import timedelta

# END SOLUTION
from django.db import models
# BEGIN SOLUTION
from django.utils import timezone
# END SOLUTION


class TaskQuerySet(models.QuerySet):
    """Reusable filters, so views and the API ask for tasks the same way."""

    def owned_by(self, user):
        return self.filter(owner=user)

    def open(self):
        # BEGIN SOLUTION
        return self.filter(done=False)
        # STUB
        # TODO(E[due-queries]): only the tasks that are not done.
        return self.none()
        # END SOLUTION

    def overdue(self):
        # BEGIN SOLUTION
        return self.open().filter(due_date__lt=timezone.localdate())
        # STUB
        # TODO(E[due-queries]): open tasks whose due date has passed.
        return self.none()
        # END SOLUTION

    def due_within(self, days):
        """Open tasks due from today to ``days`` days ahead, soonest first."""
        # BEGIN SOLUTION
        today = timezone.localdate()
        return (
            self.open()
            .filter(due_date__range=(today, today + timedelta(days=days)))
            .order_by("due_date")
        )
        # STUB
        # TODO(E[due-queries]): open tasks due between today and `days` days from now, soonest first.
        return self.none()
        # END SOLUTION

    def summary(self):
        """Counts for a dashboard, computed by the database in a single query."""
        # BEGIN SOLUTION
        today = timezone.localdate()
        return self.aggregate(
            total=models.Count("pk"),
            completed=models.Count("pk", filter=models.Q(done=True)),
            overdue=models.Count("pk", filter=models.Q(done=False, due_date__lt=today)),
        )
        # STUB
        # TODO(E[due-queries]): total, completed and overdue counts in one query (aggregate with filters).
        return {"total": 0, "completed": 0, "overdue": 0}
        # END SOLUTION
