"""URLs every project has, included by each root URLconf: the health check and the API docs."""

from django.urls import include, path

from config import health

urlpatterns = [
    path("health/", health.health, name="health"),
    path("api/", include("config.api")),
]
