"""The shop managers' pages, under /manage/."""

from django.urls import path

from orders import views

app_name = "manage"

urlpatterns = [
    path("orders/", views.order_desk, name="orders"),
    path("orders/<int:pk>/status/", views.order_set_status, name="order-status"),
    path("reports/", views.report_page, name="reports"),
]
