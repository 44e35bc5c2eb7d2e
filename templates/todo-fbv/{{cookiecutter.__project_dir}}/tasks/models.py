"""A task belongs to one user, who alone may see and change it."""

# BEGIN SOLUTION
from datetime import timedelta

# END SOLUTION
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


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


class Task(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tasks"
    )
    title = models.CharField(max_length=200)
    notes = models.TextField(blank=True)
    done = models.BooleanField(default=False)
    due_date = models.DateField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["done", models.F("due_date").asc(nulls_last=True), "-created_at"]
        indexes = [models.Index(fields=["owner", "done"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("tasks:detail", args=[self.pk])

    def is_overdue(self, today=None):
        """True for an open task whose due date is before ``today``."""
        today = today or timezone.localdate()
        return not self.done and self.due_date is not None and self.due_date < today

    def days_left(self, today=None):
        """Days until the due date (negative once late), or None without a due date."""
        if self.due_date is None:
            return None
        today = today or timezone.localdate()
        return (self.due_date - today).days
