"""How orders look in the API, and what a client may send to place one."""

from rest_framework import serializers

# BEGIN SOLUTION
from cart.cart import MAX_QUANTITY
from catalog.models import Product
from orders.models import Order, OrderLine


class OrderLineSerializer(serializers.ModelSerializer):
    product = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    subtotal = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)

    class Meta:
        model = OrderLine
        fields = ["product", "product_name", "unit_price", "quantity", "subtotal"]
        read_only_fields = fields


class OrderSerializer(serializers.ModelSerializer):
    """An order as its customer sees it: every figure is the server's, none is writable."""

    lines = OrderLineSerializer(many=True, read_only=True)

    class Meta:
        model = Order
        fields = ["id", "status", "total", "created_at", "lines"]
        read_only_fields = fields


class OrderLineInputSerializer(serializers.Serializer):
    product = serializers.SlugRelatedField(slug_field="slug", queryset=Product.objects.active())
    quantity = serializers.IntegerField(min_value=1, max_value=MAX_QUANTITY)


class OrderCreateSerializer(serializers.Serializer):
    """What a client sends to place an order: products and quantities, never prices."""

    lines = OrderLineInputSerializer(many=True, allow_empty=False)

    def validate_lines(self, lines):
        products = [line["product"] for line in lines]
        if len(set(products)) != len(products):
            raise serializers.ValidationError("List each product once, with its quantity.")
        return lines
# STUB
# TODO(E[orders-api]): OrderSerializer shows an order (id, status, total, created_at) with its
# nested `lines` (product slug, product_name, unit_price, quantity, subtotal), all
# read-only. OrderCreateSerializer accepts `lines`: a non-empty list of {product: slug of
# a product on sale, quantity: 1 to cart.cart.MAX_QUANTITY}, each product once.


class OrderSerializer(serializers.Serializer):
    pass


class OrderCreateSerializer(serializers.Serializer):
    pass
# END SOLUTION
