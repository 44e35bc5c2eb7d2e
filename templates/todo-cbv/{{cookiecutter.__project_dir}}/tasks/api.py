"""The JSON API: a ModelViewSet for tasks (routed in config/api_urls.py) and the token endpoint."""

# BEGIN SOLUTION
from django.db import transaction
from drf_spectacular.utils import extend_schema
from rest_framework import filters, status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tasks.filters import DoneFilter
from tasks.models import Task
from tasks.pagination import TaskPagination
from tasks.permissions import IsOwner
from tasks.serializers import TaskSerializer
# STUB
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from exercises.stubs import api_not_implemented
# END SOLUTION

# Token first: a request without credentials is then told to authenticate (401), not 403.
API_AUTHENTICATION = [TokenAuthentication, SessionAuthentication]
# BEGIN SOLUTION


class TaskViewSet(viewsets.ModelViewSet):
    """The signed-in user's tasks: list, create, read, replace, update and delete.

    The list comes a page at a time, searched, sorted and filtered from its query
    string: ``?search=milk&ordering=-due_date&done=false&page=2``.
    """

    serializer_class = TaskSerializer
    pagination_class = TaskPagination
    authentication_classes = API_AUTHENTICATION
    lookup_value_converter = "int"
    permission_classes = [IsAuthenticated, IsOwner]
    filter_backends = [DoneFilter, filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["title", "notes"]
    ordering_fields = ["due_date", "title", "created_at"]

    def get_queryset(self):
        """Other users' tasks are not even found (404), for every action."""
        return Task.objects.owned_by(self.request.user).select_related("owner")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    @extend_schema(request=None, responses=TaskSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        """Mark the task done; a task already done stays as it was, first stamp and all."""
        return self._set_done(True)

    @extend_schema(request=None, responses=TaskSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        """Mark the task open again."""
        return self._set_done(False)

    def _set_done(self, done):
        """Save the task (found as every route finds it) under a lock on its row: taps that
        arrive together take turns, so the first stamps it and the others find it done."""
        with transaction.atomic():
            task = self.get_object()
            task = self.get_queryset().select_for_update(of=("self",)).get(pk=task.pk)
            task.done = done
            task.save()
        return Response(self.get_serializer(task).data)
# STUB


@extend_schema(exclude=True)
class TaskViewSet(viewsets.ViewSet):
    """Answers "not implemented yet" (501) on every route until E[viewset] builds it.

    Until then the API's schema leaves it out: it describes only what the API does.
    """

    authentication_classes = API_AUTHENTICATION
    # The router types the ids in the URLs with it: /api/tasks/<int:pk>/.
    lookup_value_converter = "int"

    # TODO(E[viewset]): a ModelViewSet over the signed-in user's own tasks, with TaskSerializer and
    # the IsOwner permission, that makes the user the owner of the tasks they create, and lists
    # them a page at a time (TaskPagination) in a constant number of queries.
    # TODO(E[complete-reopen-actions]): then POST-only routes that mark one task done, or open again.
    # TODO(E[api-filters]): then ?search=, ?ordering= and ?done= on the list, with filter backends.
    def list(self, request, *args, **kwargs):
        return api_not_implemented("E[viewset]")

    create = retrieve = update = partial_update = destroy = list
# END SOLUTION


class AuthTokenView(ObtainAuthToken):
    """POST a username and password for the user's token."""


class RevokeTokenView(APIView):
    """A POST revokes the user's token: the app signs out, and the token is refused after."""

    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def post(self, request, *args, **kwargs):
        Token.objects.filter(user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
