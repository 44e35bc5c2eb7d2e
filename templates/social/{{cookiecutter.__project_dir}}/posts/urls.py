from django.urls import path

from posts import views

app_name = "posts"

urlpatterns = [
    path("feed/", views.feed, name="feed"),
    # A person's page lists their posts, so posts serves it, beside the profiles' people/ pages.
    path("people/<str:username>/", views.author_detail, name="author"),
    path("posts/new/", views.post_create, name="create"),
    path("posts/<int:pk>/", views.post_detail, name="detail"),
    path("posts/<int:pk>/edit/", views.post_edit, name="edit"),
    path("posts/<int:pk>/delete/", views.post_delete, name="delete"),
    path("posts/<int:pk>/like/", views.like, name="like"),
    path("posts/<int:pk>/unlike/", views.unlike, name="unlike"),
    path("posts/<int:pk>/comment/", views.comment, name="comment"),
]
