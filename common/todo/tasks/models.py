"""A task belongs to one user, who alone may see and change it.

The queries that pages and the API share are methods of ``TaskQuerySet``
(``tasks/querysets.py``), reached as ``Task.objects``.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from tasks.querysets import TaskQuerySet


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

    def days_left(self, today=None):
        """Days until the due date (negative once late), or None without a due date."""
        if self.due_date is None:
            return None
        today = today or timezone.localdate()
        return (self.due_date - today).days
