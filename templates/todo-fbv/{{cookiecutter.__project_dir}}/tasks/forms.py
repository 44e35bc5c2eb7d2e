"""Forms built from the Task model, so validation lives in one place."""

from django import forms
# BEGIN SOLUTION
from django.utils import timezone
# END SOLUTION

from tasks.models import Task


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["title", "notes", "due_date"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"})}

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        # BEGIN SOLUTION
        unchanged = self.instance.pk is not None and due_date == self.instance.due_date
        if due_date and due_date < timezone.localdate() and not unchanged:
            raise forms.ValidationError("The due date cannot be in the past.")
        # STUB
        # TODO(E[create-form]): refuse a due date in the past (keeping an unchanged one when editing).
        # END SOLUTION
        return due_date
