"""The category menu, for any page that shows it."""

from django.utils.functional import SimpleLazyObject

from catalog import selectors


def category_menu(request):
    """Lazy, so that pages without the menu do not pay for it."""
    return {"category_menu": SimpleLazyObject(selectors.category_menu)}
