"""A task belongs to one user, who alone may see and change it."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
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
        constraints = [
            models.CheckConstraint(
                condition=models.Q(done=True) | models.Q(completed_at__isnull=True),
                name="completed_at_only_when_done",
                violation_error_message="Only a done task has a completion time.",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("tasks:detail", args=[self.pk])

    def is_overdue(self, today=None):
        """True for an open task whose due date is before ``today``."""
        today = today or timezone.localdate()
        return not self.done and self.due_date is not None and self.due_date < today
