"""Template filters for showing tasks."""

from django import template

register = template.Library()


@register.filter
def due_label(task):
    """How soon a task is due, in words: "Due today", "Due in 3 days", "2 days late"."""
    # BEGIN SOLUTION
    days = task.days_left()
    if task.done:
        return "Done"
    if days is None:
        return "No due date"
    if days < 0:
        late = -days
        return f"{late} day{'s' if late != 1 else ''} late"
    if days == 0:
        return "Due today"
    if days == 1:
        return "Due tomorrow"
    return f"Due in {days} days"
    # STUB
    # TODO(E[detail-page]): "Done", "No due date", "Due today", "Due tomorrow", "Due in N days", "N days late".
    return ""
    # END SOLUTION
