"""URLs every project has, included by each root URLconf.

The health check, accounts (sign-up, then Django's login, logout and password pages),
the API's own description and the routes of ``config/api_urls.py``, the admin, and
uploaded files while DEBUG is on. ``config/urls.py`` (written from the template's
``_home_view`` and ``_urls``) adds the home page and the apps.
"""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from config import health

urlpatterns = [
    path("health/", health.health, name="health"),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("api/", include("config.api")),
    path("api/", include("config.api_urls")),
    path("admin/", admin.site.urls),
]

# Uploaded pictures, in development only (static() adds nothing with DEBUG off): in
# production the web server or a storage serves them.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
