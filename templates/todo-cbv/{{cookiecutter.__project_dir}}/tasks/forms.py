"""Forms built from the Task model, so validation lives in one place."""

from django import forms
from django.utils import timezone

from tasks.models import Task


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["title", "notes", "due_date"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"})}

    def clean_due_date(self):
        """No due date in the past, except an unchanged one: people fix typos in overdue tasks."""
        due_date = self.cleaned_data["due_date"]
        unchanged = self.instance.pk is not None and due_date == self.instance.due_date
        if due_date and due_date < timezone.localdate() and not unchanged:
            raise forms.ValidationError("The due date cannot be in the past.")
        return due_date
