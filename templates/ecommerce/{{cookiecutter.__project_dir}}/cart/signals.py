"""A customer's cart outlives logging out: saved when they leave, merged back when they return."""

# BEGIN SOLUTION
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db import transaction
from django.dispatch import receiver

from cart.cart import Cart
from cart.models import SavedCartLine


@receiver(user_logged_out)
def save_cart_on_logout(sender, request, user, **kwargs):
    """Logging out empties the session, so the cart is kept where the next login finds it."""
    if user is None:
        return
    lines = Cart(request.session).lines()
    with transaction.atomic():
        SavedCartLine.objects.filter(user=user).delete()
        SavedCartLine.objects.bulk_create(
            SavedCartLine(user=user, product=line.product, quantity=line.quantity) for line in lines
        )


@receiver(user_logged_in)
def restore_cart_on_login(sender, request, user, **kwargs):
    """Merge the saved cart into the one built while logged out: the larger quantity wins."""
    cart = Cart(request.session)
    saved = SavedCartLine.objects.filter(user=user, product__is_active=True)
    for line in saved.select_related("product"):
        wanted = max(cart.quantity_of(line.product), line.quantity)
        cart.set(line.product, min(wanted, line.product.stock))
    SavedCartLine.objects.filter(user=user).delete()
# STUB
# TODO(E[cart-signals]): on logout (user_logged_out), save the session's cart as the user's
# SavedCartLine rows; on login (user_logged_in), merge those rows into the session's cart
# (the larger quantity wins, never more than in stock) and delete them.
# END SOLUTION
