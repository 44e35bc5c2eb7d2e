"""Forms built from the Task model, so validation lives in one place."""

from django import forms

from tasks import validators
from tasks.models import Task


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["title", "notes", "due_date"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"})}

    def clean_due_date(self):
        """The due-date rule of ``tasks/validators.py``: an edit may keep the task's own date."""
        due_date = self.cleaned_data["due_date"]
        validators.validate_due_date(due_date, current=self.instance.due_date)
        return due_date
