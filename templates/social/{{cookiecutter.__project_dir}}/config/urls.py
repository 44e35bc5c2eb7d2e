"""The site's URLs: the home page, what every project has (config/shared_urls.py), and
each app's own ``urls.py`` under a prefix."""

from django.urls import include, path

from posts import views as post_views

urlpatterns = [
    path("", post_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("", include("posts.urls")),
    path("people/", include("profiles.urls")),
    path("notifications/", include("notifications.urls")),
]
