"""The public, read-only catalog API: anyone may browse, nobody may change it here."""

# BEGIN SOLUTION
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination
# STUB
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import viewsets
# END SOLUTION
from rest_framework.permissions import AllowAny
# BEGIN SOLUTION

from catalog import selectors
from catalog.models import Category
from catalog.serializers import CategorySerializer, ProductSerializer


class CatalogPagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


# The selector reads the query string itself, so the schema cannot see the filters: say them.
PRODUCT_FILTERS = [
    OpenApiParameter("q", str, description="Words in the name, the description or a tag"),
    OpenApiParameter("category", str, description="A category's slug"),
    OpenApiParameter("tag", str, description="A tag's slug"),
    OpenApiParameter("min_price", OpenApiTypes.DECIMAL, description="The lowest price, included"),
    OpenApiParameter("max_price", OpenApiTypes.DECIMAL, description="The highest price, included"),
    OpenApiParameter("in_stock", str, description="Any value: only products in stock"),
    OpenApiParameter("sort", str, enum=list(selectors.ORDERINGS), description="The order"),
]


@extend_schema_view(list=extend_schema(parameters=PRODUCT_FILTERS))
class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    """Products on sale, filtered by the same query string as the product list page."""

    serializer_class = ProductSerializer
    permission_classes = [AllowAny]
    pagination_class = CatalogPagination
    lookup_field = "slug"

    def get_queryset(self):
        return selectors.product_list(params=self.request.query_params)


class CategoryViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Category.objects.all()
    serializer_class = CategorySerializer
    permission_classes = [AllowAny]
    pagination_class = CatalogPagination
    lookup_field = "slug"
# STUB

from exercises.stubs import api_not_implemented


@extend_schema(responses={501: OpenApiResponse(description="Not implemented yet")})
class ReadOnlyStub(viewsets.ViewSet):
    """A read-only endpoint by slug, open to anyone, still to build: it answers 501."""

    permission_classes = [AllowAny]
    lookup_field = "slug"
    lookup_value_converter = "slug"

    def list(self, request, *args, **kwargs):
        return api_not_implemented("E[catalog-api]")

    def retrieve(self, request, *args, **kwargs):
        return api_not_implemented("E[catalog-api]")


class ProductViewSet(ReadOnlyStub):
    """Products on sale."""

    # TODO(E[catalog-api]): a read-only model viewset of products on sale, open to anyone, paginated
    # (20 a page), looked up by slug and filtered like the product list page.


class CategoryViewSet(ReadOnlyStub):
    """The categories."""

    # TODO(E[catalog-api]): a read-only model viewset of categories, open to anyone, by slug.
# END SOLUTION
