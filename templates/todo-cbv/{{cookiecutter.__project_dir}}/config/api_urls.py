"""The JSON API, under /api/: one router writes the URLs of the viewsets' actions."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from tasks import api

app_name = "api"

# Routes as path() patterns, not regular expressions: the viewsets' lookup_value_converter
# ("int") then types the ids in the URLs, for Django and for the API's schema alike.
router = DefaultRouter(use_regex_path=False)
router.register("tasks", api.TaskViewSet, basename="task")

urlpatterns = [
    path("token/", api.AuthTokenView.as_view(), name="token"),
    *router.urls,
]
