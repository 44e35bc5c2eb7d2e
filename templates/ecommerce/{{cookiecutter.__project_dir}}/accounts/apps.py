from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from accounts.roles import create_shop_managers

        # After the orders app migrates, every permission the group needs exists.
        post_migrate.connect(create_shop_managers, sender=apps.get_app_config("orders"))
