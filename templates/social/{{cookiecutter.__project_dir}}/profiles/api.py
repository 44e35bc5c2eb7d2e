"""The profiles API: read people, and follow or unfollow them."""

from django.contrib.auth import get_user_model
# BEGIN SOLUTION
from django.core.exceptions import ValidationError
# END SOLUTION
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from rest_framework import viewsets
from rest_framework.decorators import action
# BEGIN SOLUTION
from rest_framework.exceptions import ValidationError as APIValidationError
# END SOLUTION
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import IsAuthenticated
# BEGIN SOLUTION
from rest_framework.response import Response
# END SOLUTION

from config.api_authentication import API_AUTHENTICATION
# BEGIN SOLUTION
from profiles.models import Follow
from profiles.serializers import ProfileSerializer
from profiles.services import follow_create, follow_delete
# STUB
from exercises.stubs import api_not_implemented
from profiles.models import Follow
from profiles.serializers import ProfileSerializer
# END SOLUTION


def follow_count(side):
    """How many follows have the outer user as their ``side`` ("followed" or "follower").

    A subquery for each user of the page: two ``Count`` over two joins would multiply
    every follower by every followed person first, and only then group them.
    """
    follows = Follow.objects.filter(**{side: OuterRef("pk")}).order_by().values(side)
    return Coalesce(Subquery(follows.annotate(count=Count("pk")).values("count")), 0)


class PeoplePagination(PageNumberPagination):
    page_size = 20


class ProfileViewSet(viewsets.ReadOnlyModelViewSet):
    """People, found by username, with follow and unfollow actions."""

    serializer_class = ProfileSerializer
    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated]
    lookup_field = "username"
    lookup_value_converter = "str"  # any username without a slash (dots included)
    pagination_class = PeoplePagination

    def get_queryset(self):
        return (
            get_user_model()
            .objects.select_related("profile")
            .annotate(
                follower_count=follow_count("followed"),
                following_count=follow_count("follower"),
            )
            .order_by("username")
        )

    @action(detail=True, methods=["post"])
    def follow(self, request, username=None):
        """Follow this person (again changes nothing); yourself is a 400."""
        # BEGIN SOLUTION
        try:
            follow_create(follower=request.user, followed=self.get_object())
        except ValidationError as error:
            raise APIValidationError({"detail": error.messages}) from error
        return Response(self.get_serializer(self.get_object()).data)
        # STUB
        # TODO(E[viewsets]): follow with follow_create(); answer the profile with its new counts.
        return api_not_implemented("E[viewsets]")
        # END SOLUTION

    @action(detail=True, methods=["post"])
    def unfollow(self, request, username=None):
        # BEGIN SOLUTION
        follow_delete(follower=request.user, followed=self.get_object())
        return Response(self.get_serializer(self.get_object()).data)
        # STUB
        # TODO(E[viewsets]): unfollow with follow_delete(); answer the profile with its new counts.
        return api_not_implemented("E[viewsets]")
        # END SOLUTION
