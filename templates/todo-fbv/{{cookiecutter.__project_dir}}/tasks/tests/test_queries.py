"""E[due-queries]: queryset methods for due dates and a one-query summary."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[due-queries]")]


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def test_open_leaves_out_done_tasks(make_task):
    """open() keeps only the tasks not done."""
    still_open = make_task()
    make_task(done=True)
    assert list(Task.objects.open()) == [still_open]


def test_overdue_means_open_and_past_its_date(make_task):
    """overdue(): open tasks due before today; not today's, not done ones, not undated."""
    late = make_task(due_date=in_days(-1))
    make_task(due_date=in_days(0))
    make_task(due_date=in_days(-5), done=True)
    make_task(due_date=None)
    assert list(Task.objects.overdue()) == [late]


def test_due_within_is_soonest_first(make_task):
    """due_within(7): open tasks due from today to a week ahead, soonest first."""
    in_three_days = make_task(due_date=in_days(3))
    today = make_task(due_date=in_days(0))
    next_week = make_task(due_date=in_days(7))
    make_task(due_date=in_days(8))
    make_task(due_date=in_days(-1))
    make_task(due_date=in_days(2), done=True)
    make_task(due_date=None)
    assert list(Task.objects.due_within(7)) == [today, in_three_days, next_week]


def test_summary_counts_in_one_query(make_task, django_assert_num_queries):
    """summary() counts total, completed and overdue tasks with a single query."""
    make_task(due_date=in_days(-2))
    make_task(due_date=in_days(-2), done=True)
    make_task()
    with django_assert_num_queries(1):
        summary = Task.objects.all().summary()
    assert summary == {"total": 3, "completed": 1, "overdue": 1}


def test_methods_chain_with_owned_by(make_task, other_user):
    """The methods combine with owned_by(), as the home page uses them."""
    mine = make_task(due_date=in_days(-1))
    make_task(due_date=in_days(-1), owner=other_user)
    assert list(Task.objects.owned_by(mine.owner).overdue()) == [mine]
