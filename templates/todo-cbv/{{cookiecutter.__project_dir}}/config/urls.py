"""The site's URLs: the home page, what every project has (config/shared_urls.py), and
each app's own ``urls.py`` under a prefix."""

from django.urls import include, path

from tasks.views import HomeView

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("", include("config.shared_urls")),
    path("tasks/", include("tasks.urls")),
]
