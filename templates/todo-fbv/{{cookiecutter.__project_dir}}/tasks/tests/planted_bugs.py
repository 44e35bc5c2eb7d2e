"""Broken versions of ``Task.is_overdue`` and ``Task.days_left`` that E[test-due-dates]'s tests must catch."""

from django.utils import timezone

from exercises.grading import PlantedBug


def overdue_on_the_due_date(self, today=None):
    today = today or timezone.localdate()
    return not self.done and self.due_date is not None and self.due_date <= today


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


PLANTED_BUGS = [
    PlantedBug(
        "overdue-on-due-date",
        "tasks.models:Task.is_overdue",
        "tasks.tests.planted_bugs:overdue_on_the_due_date",
        "a task due today counts as overdue.",
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
]
