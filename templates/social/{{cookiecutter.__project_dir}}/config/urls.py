"""The site's URLs: the home page, what every project has (config/shared_urls.py), and
each app's own ``urls.py`` under a prefix."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path

from posts import views as post_views

urlpatterns = [
    path("", post_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("", include("posts.urls")),
    path("people/", include("profiles.urls")),
    path("notifications/", include("notifications.urls")),
]

# Uploaded avatars and pictures; in production the web server or a storage serves them.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
