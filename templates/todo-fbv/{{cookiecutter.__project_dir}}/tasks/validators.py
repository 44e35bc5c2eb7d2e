"""Rules on a task's fields, written once for every way in: the form and the API's serializer."""

from datetime import date

# BEGIN SOLUTION
from django.core.exceptions import ValidationError
from django.utils import timezone

# END SOLUTION

def validate_due_date(due_date: date | None, *, current: date | None = None) -> None:
    """Refuse a due date in the past, unless it is ``current``, the one the task already has.

    People edit overdue tasks to fix a typo in the title: the date they had must not
    stand in the way. Raises ``ValidationError``, which forms and serializers both show
    next to the field.
    """
    # BEGIN SOLUTION
    if due_date and due_date < timezone.localdate() and due_date != current:
        raise ValidationError("The due date cannot be in the past.")
    # STUB
    # TODO(E[create-form]): refuse a due date in the past, except `current` (an edited task's own date).
    # END SOLUTION
