"""Messages to customers about their orders."""

from django.core.mail import send_mail

from orders.models import Order


def send_order_confirmation(order: Order) -> None:
    """Tell the customer what they ordered and what it costs."""
    if not order.email:
        return
    lines = "\n".join(
        f"  {line.quantity} × {line.product_name} at {line.unit_price}"
        for line in order.lines.all()
    )
    send_mail(
        subject=f"Your order #{order.pk} is placed",
        message=f"Thank you for your order #{order.pk}.\n\n{lines}\n\nTotal: {order.total}\n",
        from_email=None,
        recipient_list=[order.email],
    )
