from django.contrib import admin

from notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["recipient", "actor", "verb", "created_at", "read"]
    list_filter = ["verb", "read"]
    list_select_related = ["recipient", "actor"]
