"""How tasks look as JSON, and what the API accepts."""

from rest_framework import serializers

# BEGIN SOLUTION
from tasks import validators
# END SOLUTION
from tasks.models import Task


class TaskSerializer(serializers.ModelSerializer):
    # BEGIN SOLUTION
    owner = serializers.ReadOnlyField(source="owner.username")
    overdue = serializers.SerializerMethodField()

    # END SOLUTION
    class Meta:
        model = Task
        # BEGIN SOLUTION
        fields = ["id", "title", "notes", "done", "due_date", "completed_at", "owner", "overdue"]
        read_only_fields = ["completed_at"]
        # STUB
        # TODO(E[serializer]): the fields a client needs; `owner` (a username) and `overdue` read-only.
        fields = ["id", "title"]
        # END SOLUTION
    # BEGIN SOLUTION

    def get_overdue(self, task) -> bool:
        """The model's own rule; the return type tells the API's schema it is a boolean."""
        return task.is_overdue()

    def validate_due_date(self, due_date):
        current = self.instance.due_date if self.instance else None
        validators.validate_due_date(due_date, current=current)
        return due_date
    # STUB

    # TODO(E[serializer]): refuse a due date in the past with the rule of tasks/validators.py
    # (an unchanged one is fine on update).
    # END SOLUTION


class TaskPageSerializer(serializers.Serializer):
    """One page of the task list, as ``TaskPagination`` answers it.

    A function view has no ``pagination_class`` for the API's schema to read, so the
    list's ``extend_schema`` names this instead.
    """

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = TaskSerializer(many=True)
