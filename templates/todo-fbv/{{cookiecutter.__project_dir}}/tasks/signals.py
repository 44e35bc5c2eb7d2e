"""Signal receivers for tasks, connected in ``TasksConfig.ready``."""

# BEGIN SOLUTION
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import timezone

from tasks.models import Task


@receiver(pre_save, sender=Task)
def stamp_completion(sender, instance, **kwargs):
    """Record when a task is done, wherever it is saved (views, admin, API, shell)."""
    if instance.done and instance.completed_at is None:
        instance.completed_at = timezone.now()
    elif not instance.done:
        instance.completed_at = None
# STUB
# TODO(E[completion-signal]): stamp `completed_at` when a task is saved as done, and clear it when reopened.
# END SOLUTION
