"""Keep cached catalog data true: a change to a product or a category clears it."""

# BEGIN SOLUTION
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from catalog.models import Category, Product
from catalog.selectors import MENU_CACHE_KEY


@receiver([post_save, post_delete], sender=Product)
@receiver([post_save, post_delete], sender=Category)
def forget_category_menu(sender, **kwargs):
    """The menu counts products per category, so a change to either may alter it."""
    cache.delete(MENU_CACHE_KEY)
# STUB
# TODO(E[menu-cache]): forget the cached category menu when a product or a category is saved or deleted.
# END SOLUTION
