"""The JSON API, under /api/: a router for the viewsets, plus the feed and tokens."""

from django.urls import path

from accounts.api import ObtainToken, revoke_token
from config.api import ApiRouter
from posts.api import FeedView, PostViewSet
from profiles.api import ProfileViewSet

app_name = "api"

router = ApiRouter()
router.register("posts", PostViewSet, basename="post")
router.register("profiles", ProfileViewSet, basename="profile")

urlpatterns = [
    path("feed/", FeedView.as_view(), name="feed"),
    path("token/", ObtainToken.as_view(), name="token"),
    path("token/revoke/", revoke_token, name="revoke-token"),
    *router.urls,
]
