"""Customers' checkout and order history; the shop managers' order desk and reports."""

# BEGIN SOLUTION
from django.contrib import messages
# END SOLUTION
from django.contrib.auth.decorators import login_required, permission_required
# BEGIN SOLUTION
from django.core.paginator import Paginator
from django.db.models import Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from cart.cart import Cart
from catalog.exceptions import NotEnoughStock
from orders import reports
from orders.models import Order
from orders.services import EmptyOrder, InvalidTransition, order_change_status, order_place
# STUB
from django.shortcuts import render

from exercises.stubs import not_implemented
from orders import reports
# END SOLUTION

# A report is read at a glance: its first rows, however big the shop grows.
REPORT_ROWS = 20


@login_required
def checkout(request):
    """GET: review the cart before buying. POST: place the order, then show it."""
    # BEGIN SOLUTION
    cart = Cart(request.session)
    if request.method == "POST":
        try:
            order = order_place(customer=request.user, lines=cart.lines())
        except (EmptyOrder, NotEnoughStock) as error:
            messages.error(request, str(error))
            return redirect("cart:detail")
        cart.clear()
        messages.success(request, f"Thank you! {order} is placed.")
        return redirect(order)
    lines = cart.lines()
    if not lines:
        messages.info(request, "Your cart is empty.")
        return redirect("cart:detail")
    return render(request, "orders/checkout.html", {"lines": lines, "total": cart.total()})
    # STUB
    # TODO(E[checkout-page]): GET renders orders/checkout.html with the cart's `lines` and `total`
    # (an empty cart goes back to the cart page). POST places the order with
    # orders.services.order_place, empties the cart and redirects to the new order;
    # when stock runs short it says so and goes back to the cart.
    return not_implemented(request, "E[checkout-page]")
    # END SOLUTION


@login_required
def order_list(request):
    """The signed-in customer's orders, newest first."""
    # BEGIN SOLUTION
    # Meta.ordering does not apply to a query that annotate() groups: order explicitly.
    orders = request.user.orders.annotate(item_count=Sum("lines__quantity")).order_by(
        "-created_at", "-pk"
    )
    page = Paginator(orders, 20).get_page(request.GET.get("page"))
    return render(request, "orders/order_list.html", {"page_obj": page, "orders": page.object_list})
    # STUB
    # TODO(E[order-history]): render orders/order_list.html with this customer's `orders` (and nobody
    # else's), newest first, each with its `item_count`, in a constant number of queries.
    return not_implemented(request, "E[order-history]")
    # END SOLUTION


@login_required
def order_detail(request, pk):
    """One of the customer's own orders with its lines; anyone else's is not found."""
    # BEGIN SOLUTION
    order = get_object_or_404(request.user.orders.prefetch_related("lines"), pk=pk)
    return render(request, "orders/order_detail.html", {"order": order})
    # STUB
    # TODO(E[order-history]): render orders/order_detail.html with the `order`; another customer's
    # order answers 404.
    return not_implemented(request, "E[order-history]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@permission_required("orders.change_order", raise_exception=True)
# END SOLUTION
def order_desk(request):
    """Shop managers' list of every order, filtered by `status`."""
    # BEGIN SOLUTION
    orders = (
        Order.objects.select_related("customer")
        .annotate(item_count=Sum("lines__quantity"))
        .order_by("-created_at", "-pk")
    )
    status = request.GET.get("status")
    if status in Order.Status.values:
        orders = orders.filter(status=status)
    page = Paginator(orders, 25).get_page(request.GET.get("page"))
    context = {"page_obj": page, "orders": page.object_list, "statuses": Order.Status.choices}
    return render(request, "orders/order_desk.html", context)
    # STUB
    # TODO(E[order-desk]): only users with the orders.change_order permission (403 for others):
    # render orders/order_desk.html with all `orders`, filtered by ?status=.
    return not_implemented(request, "E[order-desk]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@permission_required("orders.change_order", raise_exception=True)
@require_POST
# END SOLUTION
def order_set_status(request, pk):
    """Move an order along the workflow (paid, shipped, cancelled), then back to the desk."""
    # BEGIN SOLUTION
    order = get_object_or_404(Order, pk=pk)
    try:
        order = order_change_status(order=order, status=request.POST.get("status"))
    except InvalidTransition as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{order} is now {order.get_status_display().lower()}.")
    return redirect("manage:orders")
    # STUB
    # TODO(E[order-desk]): POST only, managers only: order_change_status, with a message either way.
    return not_implemented(request, "E[order-desk]")
    # END SOLUTION


@login_required
@permission_required("orders.view_order", raise_exception=True)
def report_page(request):
    """The managers' reports, one query each, each its first REPORT_ROWS rows."""
    context = {
        "best_sellers": reports.best_sellers(),
        "revenue_per_category": reports.revenue_per_category()[:REPORT_ROWS],
        "never_ordered": reports.products_never_ordered()[:REPORT_ROWS],
        "low_stock": reports.low_stock()[:REPORT_ROWS],
        "low_stock_threshold": reports.LOW_STOCK,
    }
    return render(request, "orders/reports.html", context)
