"""How tasks look as JSON, and what the API accepts."""

# BEGIN SOLUTION
from django.contrib.auth import get_user_model
# END SOLUTION
from rest_framework import serializers

from tasks import validators
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

    def validate_due_date(self, due_date):
        """The due-date rule of tasks/validators.py, as the form applies it."""
        current = self.instance.due_date if self.instance else None
        validators.validate_due_date(due_date, current=current)
        return due_date
    # BEGIN SOLUTION

    def get_overdue(self, task) -> bool:
        """The model's own rule; the return type tells the API's schema it is a boolean."""
        return task.is_overdue()
    # END SOLUTION
