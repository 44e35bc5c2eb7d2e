"""Customers' orders in the API: place one, list yours, read one of yours."""

# BEGIN SOLUTION
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
# STUB
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import viewsets
# END SOLUTION
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
# BEGIN SOLUTION
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
# END SOLUTION
from rest_framework.permissions import IsAuthenticated
# BEGIN SOLUTION
from rest_framework.response import Response

from cart.cart import CartLine
from catalog.exceptions import NotEnoughStock
from orders.models import Order
from orders.serializers import OrderCreateSerializer, OrderSerializer
from orders.services import order_place


class OrderPagination(PageNumberPagination):
    """A customer's history grows with every order: the API hands it out a page at a time."""

    page_size = 20


class OrderViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """The signed-in customer's orders; anyone else's answer 404."""

    authentication_classes = [SessionAuthentication, TokenAuthentication]
    permission_classes = [IsAuthenticated]
    serializer_class = OrderSerializer
    pagination_class = OrderPagination
    # The lines and their products come in two queries, however many orders a page holds.
    queryset = Order.objects.prefetch_related("lines__product")

    def get_queryset(self):
        return super().get_queryset().filter(customer=self.request.user)

    # The input is not the output: the schema cannot guess that a client sends lines.
    @extend_schema(request=OrderCreateSerializer, responses={201: OrderSerializer})
    def create(self, request, *args, **kwargs):
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


# What the API schema says of an endpoint still to build: it answers 501.
@extend_schema(request=None, responses={501: OpenApiResponse(description="Not implemented yet")})
class OrderViewSet(viewsets.ViewSet):
    # TODO(E[orders-api]): list and retrieve the signed-in customer's own orders (404 for anyone
    # else's), 20 a page, in the same few queries however many orders, with OrderSerializer;
    # create validates with OrderCreateSerializer and places the order with
    # orders.services.order_place, answering 201 with the new order. Describe what the
    # schema cannot guess (see the statement).
    authentication_classes = [SessionAuthentication, TokenAuthentication]
    permission_classes = [IsAuthenticated]
    lookup_value_converter = "int"

    def list(self, request, *args, **kwargs):
        return api_not_implemented("E[orders-api]")

    def retrieve(self, request, *args, **kwargs):
        return api_not_implemented("E[orders-api]")

    def create(self, request, *args, **kwargs):
        return api_not_implemented("E[orders-api]")
# END SOLUTION
