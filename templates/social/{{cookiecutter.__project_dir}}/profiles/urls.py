from django.urls import path

from profiles import views

app_name = "profiles"

# A person's own page, people/<username>/, lists their posts: it is posts:author.

urlpatterns = [
    path("", views.search, name="search"),
    path("me/edit/", views.profile_edit, name="edit"),
    path("me/friends/", views.friends, name="friends"),
    path("<str:username>/followers/", views.followers, name="followers"),
    path("<str:username>/following/", views.following, name="following"),
    path("<str:username>/follow/", views.follow, name="follow"),
    path("<str:username>/unfollow/", views.unfollow, name="unfollow"),
]
