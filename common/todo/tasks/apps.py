from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "tasks"

    def ready(self):
        # Importing the module connects its receivers: signals must be wired at start-up.
        from tasks import signals  # noqa: F401
