"""The JSON API, under /api/: the router writes the task URLs from the viewset's actions."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from tasks import api

app_name = "api"

router = DefaultRouter()
router.register("tasks", api.TaskViewSet, basename="task")

urlpatterns = [
    path("", include(router.urls)),
    path("token/", api.AuthTokenView.as_view(), name="token"),
]
