"""How tasks look as JSON, and what the API accepts."""

# BEGIN SOLUTION
from django.utils import timezone
# END SOLUTION
from rest_framework import serializers

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

    def get_overdue(self, task):
        return task.is_overdue()

    def validate_due_date(self, due_date):
        unchanged = self.instance is not None and due_date == self.instance.due_date
        if due_date and due_date < timezone.localdate() and not unchanged:
            raise serializers.ValidationError("The due date cannot be in the past.")
        return due_date
    # STUB

    # TODO(E[serializer]): refuse a due date in the past (an unchanged one is fine on update).
    # END SOLUTION
