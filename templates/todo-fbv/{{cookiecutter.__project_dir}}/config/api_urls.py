"""The JSON API, under /api/: the task views and the token endpoint."""

from django.urls import path

from tasks import api

app_name = "api"

urlpatterns = [
    path("tasks/", api.task_collection, name="task-list"),
    path("tasks/<int:pk>/", api.task_item, name="task-detail"),
    path("token/", api.obtain_token, name="token"),
]
