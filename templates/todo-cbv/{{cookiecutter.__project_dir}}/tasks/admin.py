"""The admin: staff find, filter and fix tasks without a line of SQL."""

from django.contrib import admin

from tasks.models import Task


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "due_date", "done"]
    list_filter = ["done", "due_date"]
    search_fields = ["title", "notes", "owner__username"]
    list_select_related = ["owner"]
    readonly_fields = ["completed_at"]
