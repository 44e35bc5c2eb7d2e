"""The cart page and the POST-only actions that change the cart."""

# BEGIN SOLUTION
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cart.cart import MAX_QUANTITY, Cart
from catalog.exceptions import NotEnoughStock
from catalog.models import Product
# STUB
from django.shortcuts import render

from cart.cart import Cart
from exercises.stubs import not_implemented
# END SOLUTION


def cart_detail(request):
    """What is in the visitor's cart, and what it costs."""
    cart = Cart(request.session)
    return render(request, "cart/cart_detail.html", {"lines": cart.lines(), "total": cart.total()})
# BEGIN SOLUTION


def _quantity(request, minimum, default):
    """The posted quantity as an int from ``minimum`` to MAX_QUANTITY, or None."""
    try:
        quantity = int(request.POST.get("quantity", default))
    except ValueError:
        return None
    return quantity if minimum <= quantity <= MAX_QUANTITY else None


def _change_cart(request, product_id, change, minimum, default=""):
    """Apply ``change(cart, product, quantity)``, report how it went, back to the cart."""
    product = get_object_or_404(Product.objects.active(), pk=product_id)
    quantity = _quantity(request, minimum, default)
    if quantity is None:
        messages.error(request, f"Choose a quantity from {minimum} to {MAX_QUANTITY}.")
        return redirect("cart:detail")
    try:
        change(Cart(request.session), product, quantity)
    except NotEnoughStock as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Your cart is up to date.")
    return redirect("cart:detail")


@require_POST
def cart_add(request, product_id):
    """Add the posted quantity of a product (1 by default) to the cart."""
    return _change_cart(request, product_id, Cart.add, minimum=1, default="1")


@require_POST
def cart_update(request, product_id):
    """Set a product's quantity; zero takes it out."""
    return _change_cart(request, product_id, Cart.set, minimum=0)


@require_POST
def cart_remove(request, product_id):
    """Take a product out of the cart."""
    product = get_object_or_404(Product, pk=product_id)
    Cart(request.session).remove(product)
    messages.success(request, f"“{product}” removed from your cart.")
    return redirect("cart:detail")
# STUB


def cart_add(request, product_id):
    # TODO(E[cart-post]): POST only: add `quantity` (default 1, at most cart.cart.MAX_QUANTITY)
    # of an on-sale product, within stock, then redirect to the cart with a message saying
    # what happened.
    return not_implemented(request, "E[cart-post]")


def cart_update(request, product_id):
    # TODO(E[cart-post]): POST only: set the product's quantity (0 takes it out), within stock.
    return not_implemented(request, "E[cart-post]")


def cart_remove(request, product_id):
    # TODO(E[cart-post]): POST only: take the product out of the cart.
    return not_implemented(request, "E[cart-post]")
# END SOLUTION
