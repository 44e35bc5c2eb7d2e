"""The JSON API: a ModelViewSet for tasks (routed in api_urls.py) and the token endpoint."""

# BEGIN SOLUTION
from rest_framework import status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from tasks.models import Task
from tasks.permissions import IsOwner
from tasks.serializers import TaskSerializer
# STUB
from rest_framework import viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.authtoken.views import ObtainAuthToken

from exercises.stubs import api_not_implemented
# END SOLUTION

# BEGIN SOLUTION
API_AUTHENTICATION = [TokenAuthentication, SessionAuthentication]
# STUB
# TODO(E[token-auth]): let clients authenticate with a token (header "Authorization: Token <key>") too.
API_AUTHENTICATION = [SessionAuthentication]
# END SOLUTION
# BEGIN SOLUTION


class TaskViewSet(viewsets.ModelViewSet):
    """The signed-in user's tasks: list, create, read, replace, update and delete."""

    serializer_class = TaskSerializer
    authentication_classes = API_AUTHENTICATION
    permission_classes = [IsAuthenticated, IsOwner]

    def get_queryset(self):
        """Other users' tasks are not even found (404), for every action."""
        return Task.objects.owned_by(self.request.user).select_related("owner")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)


class AuthTokenView(ObtainAuthToken):
    """POST a username and password for the user's token; DELETE with the token revokes it."""

    authentication_classes = [TokenAuthentication]

    def get_permissions(self):
        if self.request.method == "DELETE":
            return [IsAuthenticated()]
        return super().get_permissions()

    def delete(self, request, *args, **kwargs):
        request.auth.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
# STUB


class TaskViewSet(viewsets.ViewSet):
    """Answers "not implemented yet" (501) on every route until E[viewset] builds it."""

    authentication_classes = API_AUTHENTICATION

    # TODO(E[viewset]): a ModelViewSet over the signed-in user's own tasks, with TaskSerializer and
    # the IsOwner permission, that makes the user the owner of the tasks they create.
    def list(self, request, *args, **kwargs):
        return api_not_implemented("E[viewset]")

    create = retrieve = update = partial_update = destroy = list


class AuthTokenView(ObtainAuthToken):
    """POST a username and password for the user's token; DELETE with the token revokes it."""

    # TODO(E[token-auth]): answer {"token": "<key>"} for good credentials, the same key every time, and
    # let DELETE with that token revoke it.
    def post(self, request, *args, **kwargs):
        return api_not_implemented("E[token-auth]")
# END SOLUTION
