from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"

    def ready(self):
        # Importing the module connects its receivers: signals must be wired at start-up.
        from profiles import signals  # noqa: F401
