"""The JSON API, under /api/: the apps' viewsets on one router, and the token endpoint."""

from django.urls import path
from rest_framework.authtoken.views import obtain_auth_token

from catalog.api import CategoryViewSet, ProductViewSet
from config.api import ApiRouter
from orders.api import OrderViewSet

app_name = "api"

router = ApiRouter()
router.register("products", ProductViewSet, basename="product")
router.register("categories", CategoryViewSet, basename="category")
router.register("orders", OrderViewSet, basename="order")

urlpatterns = [
    path("token/", obtain_auth_token, name="token"),
    *router.urls,
]
