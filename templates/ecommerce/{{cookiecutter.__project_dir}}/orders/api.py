"""Customers' orders in the API: place one, list yours, read one of yours."""

# BEGIN SOLUTION
from rest_framework import mixins, status, viewsets
# STUB
from rest_framework import viewsets
# END SOLUTION
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
# BEGIN SOLUTION
from rest_framework.exceptions import ValidationError
# END SOLUTION
from rest_framework.permissions import IsAuthenticated
# BEGIN SOLUTION
from rest_framework.response import Response

from cart.cart import CartLine
from catalog.exceptions import NotEnoughStock
from orders.serializers import OrderCreateSerializer, OrderSerializer
from orders.services import order_place


class OrderViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """The signed-in customer's orders; anyone else's answer 404."""

    authentication_classes = [SessionAuthentication, TokenAuthentication]
    permission_classes = [IsAuthenticated]
    serializer_class = OrderSerializer

    def get_queryset(self):
        return self.request.user.orders.prefetch_related("lines__product")

    def create(self, request):
        """Place an order with the same service as the checkout page."""
        wanted = OrderCreateSerializer(data=request.data)
        wanted.is_valid(raise_exception=True)
        lines = [
            CartLine(line["product"], line["quantity"]) for line in wanted.validated_data["lines"]
        ]
        try:
            order = order_place(customer=request.user, lines=lines)
        except NotEnoughStock as error:
            raise ValidationError({"lines": [str(error)]}) from error
        return Response(OrderSerializer(order).data, status=status.HTTP_201_CREATED)
# STUB

from exercises.stubs import api_not_implemented


class OrderViewSet(viewsets.ViewSet):
    # TODO(E[orders-api]): list and retrieve the signed-in customer's own orders (404 for anyone
    # else's) with OrderSerializer; create validates with OrderCreateSerializer and places
    # the order with orders.services.order_place, answering 201 with the new order.
    authentication_classes = [SessionAuthentication, TokenAuthentication]
    permission_classes = [IsAuthenticated]

    def list(self, request):
        return api_not_implemented("E[orders-api]")

    def retrieve(self, request, pk=None):
        return api_not_implemented("E[orders-api]")

    def create(self, request):
        return api_not_implemented("E[orders-api]")
# END SOLUTION
