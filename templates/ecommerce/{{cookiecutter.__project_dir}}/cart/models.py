"""The cart lives in the session; a customer's cart is also kept here while they are away."""

from django.conf import settings
from django.db import models


class SavedCartLine(models.Model):
    """One product of the cart a customer had when they last logged out."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_cart_lines"
    )
    product = models.ForeignKey("catalog.Product", on_delete=models.CASCADE, related_name="+")
    quantity = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "product"], name="one_saved_line_per_product"),
        ]

    def __str__(self):
        return f"{self.quantity} × {self.product}"
