"""The site's URLs: each app keeps its own ``urls.py``, included here under a prefix."""

from django.contrib import admin
from django.urls import include, path

from tasks.views import HomeView

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("", include("config.shared_urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("tasks/", include("tasks.urls")),
    path("api/", include("config.api_urls")),
    path("admin/", admin.site.urls),
]
