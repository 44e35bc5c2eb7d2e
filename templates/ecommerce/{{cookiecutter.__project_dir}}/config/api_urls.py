"""The JSON API, under /api/: the apps' viewsets on one router, and the token endpoint."""

from django.urls import path
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from catalog.api import CategoryViewSet, ProductViewSet
from orders.api import OrderViewSet

app_name = "api"

# path() routes, like the rest of the site's URLs; a viewset's ``lookup_value_converter``
# (slug, int...) types its detail URL, for Django and for the API's schema alike. One URL
# per resource: no ``.json`` twins, which the schema would list as operations of their own.
router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("products", ProductViewSet, basename="product")
router.register("categories", CategoryViewSet, basename="category")
router.register("orders", OrderViewSet, basename="order")

urlpatterns = [
    path("token/", obtain_auth_token, name="token"),
    *router.urls,
]
