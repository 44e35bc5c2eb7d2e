"""The JSON API, under /api/: one router writes the URLs of the viewsets' actions."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from tasks import api

app_name = "api"


class Router(DefaultRouter):
    """DRF's router, writing path() patterns (not regular expressions), so that a viewset's
    ``lookup_value_converter`` types the ids in its URLs for Django and the API's schema
    alike; and no ``.json`` twin of every route, which the schema would list twice."""

    include_format_suffixes = False


router = Router(use_regex_path=False)
router.register("tasks", api.TaskViewSet, basename="task")

urlpatterns = [
    path("token/", api.AuthTokenView.as_view(), name="token"),
    path("token/revoke/", api.RevokeTokenView.as_view(), name="revoke-token"),
    *router.urls,
]
