"""The site's URLs: each app keeps its own ``urls.py``, included here under a prefix."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from catalog import views as catalog_views

urlpatterns = [
    path("", catalog_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("products/", include("catalog.urls")),
    path("cart/", include("cart.urls")),
    path("orders/", include("orders.urls")),
    path("manage/", include("orders.manage_urls")),
    path("api/", include("config.api_urls")),
    path("admin/", admin.site.urls),
]
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
