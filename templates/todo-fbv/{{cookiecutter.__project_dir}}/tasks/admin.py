"""The admin: staff find, filter and fix tasks without a line of SQL."""

# BEGIN SOLUTION
from django.contrib import admin

from tasks.models import Task


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "due_date", "done"]
    list_filter = ["done", "due_date"]
    search_fields = ["title", "notes", "owner__username"]
    list_select_related = ["owner"]
    actions = ["mark_done"]

    @admin.action(description="Mark selected tasks as done")
    def mark_done(self, request, queryset):
        # Saving each task (not queryset.update) lets the pre_save signal stamp completed_at.
        tasks = list(queryset.filter(done=False))
        for task in tasks:
            task.done = True
            task.save()
        self.message_user(request, f"{len(tasks)} task(s) marked as done.")
# STUB
# TODO(E[admin]): register Task with a useful list, filters, search and a "mark as done" action.
# END SOLUTION
