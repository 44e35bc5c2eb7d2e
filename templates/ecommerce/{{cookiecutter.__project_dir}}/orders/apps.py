from django.apps import AppConfig
from django.db.models.signals import post_migrate


class OrdersConfig(AppConfig):
    name = "orders"

    def ready(self):
        from orders.roles import create_shop_managers

        # post_migrate comes app by app in INSTALLED_APPS order, the catalog's before this
        # one's: by then every permission the group needs exists.
        post_migrate.connect(create_shop_managers, sender=self)
