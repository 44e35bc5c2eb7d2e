"""The JSON API, under /api/: one router writes the URLs of the viewsets' actions."""

from django.urls import path

from config.api import ApiRouter
from tasks import api

app_name = "api"

router = ApiRouter()
router.register("tasks", api.TaskViewSet, basename="task")

urlpatterns = [
    path("token/", api.AuthTokenView.as_view(), name="token"),
    path("token/revoke/", api.RevokeTokenView.as_view(), name="revoke-token"),
    *router.urls,
]
