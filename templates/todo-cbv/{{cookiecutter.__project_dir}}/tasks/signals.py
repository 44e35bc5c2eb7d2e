"""Signal receivers for tasks, connected in ``TasksConfig.ready``."""

# BEGIN SOLUTION
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save, pre_save
# STUB
from django.db.models.signals import pre_save
# END SOLUTION
from django.dispatch import receiver
from django.utils import timezone

from tasks.models import Task
# BEGIN SOLUTION
from tasks.selectors import summary_cache_key
# END SOLUTION


@receiver(pre_save, sender=Task)
def stamp_completion(sender, instance, **kwargs):
    """Record when a task is done, wherever it is saved (views, admin, API, shell)."""
    if instance.done and instance.completed_at is None:
        instance.completed_at = timezone.now()
    elif not instance.done:
        instance.completed_at = None


# BEGIN SOLUTION
@receiver([post_save, post_delete], sender=Task)
def forget_cached_summary(sender, instance, **kwargs):
    """A saved or deleted task changes its owner's counts: drop the cached ones."""
    cache.delete(summary_cache_key(instance.owner_id))
# STUB
# TODO(E[cache-counts]): forget the owner's cached counts whenever one of their tasks is saved or deleted.
# END SOLUTION
