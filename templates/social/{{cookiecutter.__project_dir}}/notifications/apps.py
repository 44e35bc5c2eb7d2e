from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self):
        # Importing the module connects its receivers: signals must be wired at start-up.
        from notifications import receivers  # noqa: F401
