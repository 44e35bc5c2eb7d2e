"""E[cache-counts]: the home page counts come from the cache, and a change to a task refreshes them."""

import time

import pytest
from django.core.cache import cache

from tasks.selectors import SUMMARY_TIMEOUT, cached_summary, summary_cache_key

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[cache-counts]")]


def test_counts_are_read_from_the_cache(user, make_task, django_assert_num_queries):
    """The second read costs no query, and gives the same counts."""
    make_task()
    first = cached_summary(user)
    with django_assert_num_queries(0):
        assert cached_summary(user) == first
    assert cache.get(summary_cache_key(user.pk)) == first


def test_counts_live_for_the_timeout(user, make_task, settings, monkeypatch):
    """Cached counts last SUMMARY_TIMEOUT seconds: still there just before, computed again after."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    make_task()
    start = time.time()
    cached_summary(user)
    key = summary_cache_key(user.pk)
    monkeypatch.setattr(time, "time", lambda: start + SUMMARY_TIMEOUT - 5)
    assert cache.get(key) is not None, "the counts left the cache before SUMMARY_TIMEOUT"
    monkeypatch.setattr(time, "time", lambda: start + SUMMARY_TIMEOUT + 5)
    assert cache.get(key) is None, "the counts outlive SUMMARY_TIMEOUT"


def test_saving_a_task_refreshes_the_counts(user, make_task, django_assert_num_queries):
    """After a task is added or ticked off, the counts are fresh, and cached again."""
    assert cached_summary(user)["total"] == 0
    task = make_task()
    assert cached_summary(user)["total"] == 1
    task.done = True
    task.save()
    assert cached_summary(user)["completed"] == 1
    with django_assert_num_queries(0):
        cached_summary(user)


def test_deleting_a_task_refreshes_the_counts(user, make_task, django_assert_num_queries):
    """After a task is deleted, the counts are fresh, and cached again."""
    task = make_task()
    assert cached_summary(user)["total"] == 1
    task.delete()
    assert cached_summary(user)["total"] == 0
    with django_assert_num_queries(0):
        cached_summary(user)


def test_each_user_has_their_own_counts(user, other_user, make_task):
    """One user's change leaves another user's cached counts alone."""
    make_task()
    cached_summary(user)
    cached_summary(other_user)
    make_task(owner=other_user)
    assert cache.get(summary_cache_key(user.pk)) == {"total": 1, "completed": 0, "overdue": 0}
    assert cached_summary(other_user)["total"] == 1


def test_the_owners_counts_are_forgotten_whatever_the_tasks_id(user, other_user, make_task):
    """The key forgotten is the task's owner's, not one that happens to share the task's id."""
    for number in range(3):
        make_task(title=f"Older task {number}")
    cached_summary(other_user)
    key = summary_cache_key(other_user.pk)
    assert cache.get(key) is not None
    task = make_task(owner=other_user)
    assert task.pk != other_user.pk
    assert cache.get(key) is None
