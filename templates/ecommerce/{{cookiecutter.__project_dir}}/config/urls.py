"""The site's URLs: the home page, what every project has (config/shared_urls.py), and
each app's own ``urls.py`` under a prefix."""

from django.urls import include, path

from catalog import views as catalog_views

urlpatterns = [
    path("", catalog_views.home, name="home"),
    path("", include("config.shared_urls")),
    path("products/", include("catalog.urls")),
    path("cart/", include("cart.urls")),
    path("orders/", include("orders.urls")),
    path("manage/", include("orders.manage_urls")),
]
