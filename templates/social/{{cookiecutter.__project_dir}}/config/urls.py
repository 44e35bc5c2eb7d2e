"""The site's URLs: each app keeps its own ``urls.py``, included here under a prefix."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from posts import views as post_views

urlpatterns = [
    path("", post_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("", include("posts.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("people/", include("profiles.urls")),
    path("notifications/", include("notifications.urls")),
    path("api/", include("config.api_urls")),
    path("admin/", admin.site.urls),
]

# Uploaded avatars and pictures; in production the web server or a storage serves them.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
