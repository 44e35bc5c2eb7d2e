"""Tests for ``Task.is_overdue`` and ``Task.days_left``, written by the learner (exercise E[test-due-dates])."""

# BEGIN SOLUTION
from datetime import date

from tasks.models import Task

TODAY = date(2030, 6, 15)


def task(due_date=None, done=False):
    return Task(title="Water the plants", due_date=due_date, done=done)


def test_open_task_due_yesterday_is_overdue():
    """An open task whose due date has passed is overdue."""
    assert task(date(2030, 6, 14)).is_overdue(today=TODAY)


def test_task_due_today_is_not_overdue():
    """A task is not late on its due date."""
    assert not task(TODAY).is_overdue(today=TODAY)


def test_done_task_is_never_overdue():
    """Finishing a late task stops it being overdue."""
    assert not task(date(2030, 6, 1), done=True).is_overdue(today=TODAY)


def test_task_without_due_date_is_never_overdue():
    """No due date, no deadline to miss."""
    assert not task(None).is_overdue(today=TODAY)


def test_days_left_counts_whole_days():
    """Tomorrow is one day away; today is zero; yesterday is minus one."""
    assert task(date(2030, 6, 16)).days_left(today=TODAY) == 1
    assert task(TODAY).days_left(today=TODAY) == 0
    assert task(date(2030, 6, 14)).days_left(today=TODAY) == -1


def test_days_left_without_due_date_is_none():
    """Without a due date there is nothing to count."""
    assert task(None).days_left(today=TODAY) is None
# STUB
# TODO(E[test-due-dates]): test Task.is_overdue() and Task.days_left() here, edges included.
# END SOLUTION
