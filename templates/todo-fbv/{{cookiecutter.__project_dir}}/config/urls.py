"""The site's URLs: the home page, what every project has (config/shared_urls.py), and
each app's own ``urls.py`` under a prefix."""

from django.urls import include, path

from tasks import views as task_views

urlpatterns = [
    path("", task_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("tasks/", include("tasks.urls")),
]
