"""completed_at follows the done flag, wherever a task is saved: given code, in tasks/signals.py."""

import pytest

pytestmark = pytest.mark.django_db


def test_done_stamps_and_reopening_clears(make_task):
    """Saving a task as done stamps completed_at; reopening clears it."""
    task = make_task()
    assert task.completed_at is None
    task.done = True
    task.save()
    task.refresh_from_db()
    assert task.completed_at is not None
    task.done = False
    task.save()
    task.refresh_from_db()
    assert task.completed_at is None


def test_first_completion_time_is_kept(make_task):
    """Saving a done task again keeps the time it was first done."""
    task = make_task(done=True)
    stamped = task.completed_at
    assert stamped is not None
    task.title = "Renamed"
    task.save()
    task.refresh_from_db()
    assert task.completed_at == stamped
