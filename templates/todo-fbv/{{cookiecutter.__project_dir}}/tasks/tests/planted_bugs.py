"""Broken versions of ``Task.is_overdue`` and ``Task.days_left`` that E[test-due-dates]'s tests must catch."""

from datetime import timedelta

from django.utils import timezone

from exercises.grading import PlantedBug


def overdue_on_the_due_date(self, today=None):
    today = today or timezone.localdate()
    return not self.done and self.due_date is not None and self.due_date <= today


def overdue_only_from_the_second_day(self, today=None):
    today = today or timezone.localdate()
    last_on_time = today - timedelta(days=1)
    return not self.done and self.due_date is not None and self.due_date < last_on_time


def overdue_even_when_done(self, today=None):
    today = today or timezone.localdate()
    return self.due_date is not None and self.due_date < today


def overdue_without_a_due_date(self, today=None):
    today = today or timezone.localdate()
    return not self.done and (self.due_date is None or self.due_date < today)


def days_left_off_by_one(self, today=None):
    if self.due_date is None:
        return None
    today = today or timezone.localdate()
    return (self.due_date - today).days + 1


def days_left_zero_without_a_due_date(self, today=None):
    if self.due_date is None:
        return 0
    today = today or timezone.localdate()
    return (self.due_date - today).days


PLANTED_BUGS = [
    PlantedBug(
        "overdue-on-due-date",
        "tasks.models:Task.is_overdue",
        "tasks.tests.planted_bugs:overdue_on_the_due_date",
        "a task due today counts as overdue.",
    ),
    PlantedBug(
        "not-overdue-the-day-after",
        "tasks.models:Task.is_overdue",
        "tasks.tests.planted_bugs:overdue_only_from_the_second_day",
        "a task due yesterday does not count as overdue yet.",
    ),
    PlantedBug(
        "overdue-when-done",
        "tasks.models:Task.is_overdue",
        "tasks.tests.planted_bugs:overdue_even_when_done",
        "a done task whose date has passed still counts as overdue.",
    ),
    PlantedBug(
        "overdue-without-date",
        "tasks.models:Task.is_overdue",
        "tasks.tests.planted_bugs:overdue_without_a_due_date",
        "an open task with no due date counts as overdue.",
    ),
    PlantedBug(
        "days-left-off-by-one",
        "tasks.models:Task.days_left",
        "tasks.tests.planted_bugs:days_left_off_by_one",
        "days_left() counts one day too many.",
    ),
    PlantedBug(
        "days-left-zero-without-date",
        "tasks.models:Task.days_left",
        "tasks.tests.planted_bugs:days_left_zero_without_a_due_date",
        "days_left() answers 0, not None, for a task with no due date.",
    ),
]
