"""The shop team's back office for orders."""

# BEGIN SOLUTION
from django.contrib import admin, messages

from orders.models import Order, OrderLine
from orders.services import InvalidTransition, order_change_status


class OrderLineInline(admin.TabularInline):
    """Lines are a record of the sale: shown, never edited."""

    model = OrderLine
    extra = 0
    fields = ["product", "product_name", "unit_price", "quantity"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False
# STUB
from django.contrib import admin

from orders.models import Order
# END SOLUTION


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ["__str__", "customer", "status", "total", "created_at"]
    list_select_related = ["customer"]
    # The status moves only through the workflow's service (the order desk, the actions):
    # a field typed into here would cancel an order without putting its stock back.
    readonly_fields = ["customer", "status", "total", "created_at", "updated_at"]
    # BEGIN SOLUTION
    list_filter = ["status", "created_at"]
    search_fields = ["=id", "customer__email", "email", "lines__product_name"]
    date_hierarchy = "created_at"
    inlines = [OrderLineInline]
    actions = ["mark_shipped"]

    @admin.action(description="Mark selected paid orders as shipped", permissions=["change"])
    def mark_shipped(self, request, queryset):
        """Each order moves through the workflow's service: only the paid ones ship."""
        shipped = skipped = 0
        for order in queryset:
            try:
                order_change_status(order=order, status=Order.Status.SHIPPED)
            except InvalidTransition:
                skipped += 1
            else:
                shipped += 1
        self.message_user(request, f"{shipped} order(s) marked shipped.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request, f"{skipped} order(s) were not paid, so not shipped.", messages.WARNING
            )
    # STUB
    # TODO(E[order-admin]): filter by status and date, search by order number, the customer's
    # email and the order's, and product name, show the lines inline (read-only), and add a
    # "mark shipped" action that moves the selected orders through the workflow's service, so
    # that only the paid ones ship.
    # END SOLUTION
