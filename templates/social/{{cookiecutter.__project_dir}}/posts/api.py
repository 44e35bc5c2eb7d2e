"""The posts API: a viewset for posts (with like and unlike) and the feed."""

# BEGIN SOLUTION
# STUB
from drf_spectacular.utils import OpenApiResponse, extend_schema
# END SOLUTION
from rest_framework import generics, viewsets
# BEGIN SOLUTION
from rest_framework.decorators import action
from rest_framework.pagination import CursorPagination
# END SOLUTION
from rest_framework.permissions import IsAuthenticated
# BEGIN SOLUTION
from rest_framework.response import Response
# END SOLUTION

from config.api_authentication import API_AUTHENTICATION
# BEGIN SOLUTION
from posts.models import Post
from posts.permissions import IsAuthorOrReadOnly
from posts.selectors import post_feed
from posts.serializers import PostSerializer
from posts.services import like_create, like_delete
# STUB
from exercises.stubs import api_not_implemented
# END SOLUTION
# BEGIN SOLUTION


class NewestFirstPagination(CursorPagination):
    """Stable pages of a list that grows at the top: no post shown twice, none skipped."""

    ordering = "-created_at"
    page_size = 20


class PostViewSet(viewsets.ModelViewSet):
    """Posts: anyone signed in reads them; only the author edits or deletes."""

    serializer_class = PostSerializer
    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated, IsAuthorOrReadOnly]
    pagination_class = NewestFirstPagination
    lookup_value_converter = "int"

    def get_queryset(self):
        return Post.objects.with_stats(self.request.user)

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)

    def perform_update(self, serializer):
        serializer.save()
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def like(self, request, pk=None):
        """Like the post (again changes nothing) and answer it with fresh counts."""
        like_create(user=request.user, post=self.get_object())
        return Response(self.get_serializer(self.get_object()).data)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def unlike(self, request, pk=None):
        like_delete(user=request.user, post=self.get_object())
        return Response(self.get_serializer(self.get_object()).data)


class FeedView(generics.ListAPIView):
    """The signed-in user's feed, a cursor page at a time."""

    serializer_class = PostSerializer
    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated]
    pagination_class = NewestFirstPagination

    def get_queryset(self):
        return post_feed(user=self.request.user)
# STUB

NOT_IMPLEMENTED = OpenApiResponse(description="Not implemented yet.")


class PostViewSet(viewsets.ViewSet):
    """TODO(E[viewsets]): a ModelViewSet for posts (authors only change theirs), with like/unlike."""

    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={501: NOT_IMPLEMENTED})
    def list(self, request):
        return api_not_implemented("E[viewsets]")


class FeedView(generics.GenericAPIView):
    """TODO(E[feed-api]): the user's feed (posts.selectors.post_feed), in cursor pages, newest first."""

    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={501: NOT_IMPLEMENTED})
    def get(self, request):
        return api_not_implemented("E[feed-api]")
# END SOLUTION
