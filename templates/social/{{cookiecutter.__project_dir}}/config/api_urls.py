"""The JSON API, under /api/: a router for the viewsets, plus the feed and tokens."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from accounts.api import ObtainToken, revoke_token
from posts.api import FeedView, PostViewSet
from profiles.api import ProfileViewSet

app_name = "api"

# Path converters (not regular expressions) type the ids, <int:pk> for posts; the API
# speaks JSON only, so no format suffixes (posts/1.json).
router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("posts", PostViewSet, basename="post")
router.register("profiles", ProfileViewSet, basename="profile")

urlpatterns = [
    path("feed/", FeedView.as_view(), name="feed"),
    path("token/", ObtainToken.as_view(), name="token"),
    path("token/revoke/", revoke_token, name="revoke-token"),
    *router.urls,
]
