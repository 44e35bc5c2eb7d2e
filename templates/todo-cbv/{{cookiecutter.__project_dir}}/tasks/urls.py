from django.urls import path

from tasks import views

app_name = "tasks"

urlpatterns = [
    path("", views.TaskListView.as_view(), name="list"),
    path("new/", views.TaskCreateView.as_view(), name="create"),
    path("<int:pk>/", views.TaskDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.TaskUpdateView.as_view(), name="update"),
    path("<int:pk>/delete/", views.TaskDeleteView.as_view(), name="delete"),
    path("<int:pk>/toggle/", views.TaskToggleView.as_view(), name="toggle"),
    path("done/", views.CompletedTaskArchiveView.as_view(), name="archive"),
    path(
        "done/<int:year>/<int:month>/",
        views.CompletedTaskMonthView.as_view(),
        name="archive-month",
    ),
]
