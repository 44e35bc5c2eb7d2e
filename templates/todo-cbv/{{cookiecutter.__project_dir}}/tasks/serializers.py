"""How tasks look as JSON, and what the API accepts."""

# BEGIN SOLUTION
from django.contrib.auth import get_user_model
# END SOLUTION
from django.utils import timezone
from rest_framework import serializers

from tasks.models import Task
# BEGIN SOLUTION


class OwnerSerializer(serializers.ModelSerializer):
    """The public face of a user inside a task: never their email or password hash."""

    class Meta:
        model = get_user_model()
        fields = ["id", "username"]
# END SOLUTION


class TaskSerializer(serializers.ModelSerializer):
    # BEGIN SOLUTION
    owner = OwnerSerializer(read_only=True)
    overdue = serializers.SerializerMethodField()

    # END SOLUTION
    class Meta:
        model = Task
        # BEGIN SOLUTION
        fields = ["id", "title", "notes", "done", "due_date", "completed_at", "owner", "overdue"]
        read_only_fields = ["completed_at"]
        # STUB
        # TODO(E[nested-serializer]): add what clients read: `completed_at`, `overdue`, and `owner`
        # nested as {id, username}; all three read-only.
        fields = ["id", "title", "notes", "done", "due_date"]
        # END SOLUTION
    # BEGIN SOLUTION

    def get_overdue(self, task):
        return task.is_overdue()
    # END SOLUTION

    def validate_due_date(self, due_date):
        """No due date in the past, except the one an old task already has."""
        unchanged = self.instance is not None and due_date == self.instance.due_date
        if due_date and due_date < timezone.localdate() and not unchanged:
            raise serializers.ValidationError("The due date cannot be in the past.")
        return due_date
