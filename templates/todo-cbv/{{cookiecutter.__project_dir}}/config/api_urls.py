"""The JSON API, under /api/: one router writes the URLs of the viewsets' actions."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from tasks import api

app_name = "api"

router = DefaultRouter()
router.register("tasks", api.TaskViewSet, basename="task")

urlpatterns = [
    path("token/", api.AuthTokenView.as_view(), name="token"),
    *router.urls,
]
