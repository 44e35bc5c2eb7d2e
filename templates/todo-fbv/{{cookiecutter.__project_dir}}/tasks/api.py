"""The JSON API, written as function-based DRF views with ``@api_view``.

A function view tells drf-spectacular little about itself, so each one says with
``extend_schema`` what it accepts and answers: that is what /api/schema/ publishes.
"""

# BEGIN SOLUTION
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
# STUB
from drf_spectacular.utils import extend_schema
from rest_framework.authentication import SessionAuthentication
# END SOLUTION
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
# BEGIN SOLUTION
from rest_framework.response import Response

from tasks.models import Task
from tasks.pagination import TaskPagination
from tasks.serializers import TaskPageSerializer, TaskSerializer
# STUB

from exercises.stubs import api_not_implemented
# END SOLUTION

# BEGIN SOLUTION
API_AUTHENTICATION = [SessionAuthentication, TokenAuthentication]
# STUB
# TODO(E[token-auth]): let clients authenticate with a token (header "Authorization: Token <key>") too.
API_AUTHENTICATION = [SessionAuthentication]
# END SOLUTION


# BEGIN SOLUTION
@extend_schema(
    methods=["GET"],
    operation_id="tasks_list",
    parameters=[OpenApiParameter("page", int, description="Which page of the list, from 1.")],
    responses=TaskPageSerializer,
)
@extend_schema(methods=["POST"], request=TaskSerializer, responses={201: TaskSerializer})
# STUB
# TODO(E[api-views]): say what GET and POST answer (extend_schema); until then the schema leaves them out.
@extend_schema(exclude=True)
# END SOLUTION
@api_view(["GET", "POST"])
@authentication_classes(API_AUTHENTICATION)
@permission_classes([IsAuthenticated])
def task_collection(request):
    """GET: a page of the signed-in user's tasks. POST: create one for them."""
    # BEGIN SOLUTION
    if request.method == "POST":
        serializer = TaskSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save(owner=request.user)
        return Response(serializer.data, status=status.HTTP_201_CREATED)
    tasks = Task.objects.owned_by(request.user).select_related("owner")
    paginator = TaskPagination()
    page = paginator.paginate_queryset(tasks, request)
    return paginator.get_paginated_response(TaskSerializer(page, many=True).data)
    # STUB
    # TODO(E[api-views]): answer a page of the user's own tasks (TaskPagination) in a constant
    # number of queries; create a task owned by the user (201).
    return api_not_implemented("E[api-views]")
    # END SOLUTION


# BEGIN SOLUTION
@extend_schema(request=TaskSerializer, responses=TaskSerializer)
# STUB
# TODO(E[api-views]): say what the methods take and answer (extend_schema).
@extend_schema(exclude=True)
# END SOLUTION
@api_view(["GET", "PUT", "PATCH", "DELETE"])
@authentication_classes(API_AUTHENTICATION)
@permission_classes([IsAuthenticated])
def task_item(request, pk):
    """One of the user's tasks: read, replace, update or delete it."""
    # BEGIN SOLUTION
    task = get_object_or_404(Task.objects.owned_by(request.user), pk=pk)
    if request.method == "DELETE":
        task.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
    if request.method in ("PUT", "PATCH"):
        serializer = TaskSerializer(task, data=request.data, partial=request.method == "PATCH")
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data)
    return Response(TaskSerializer(task).data)
    # STUB
    # TODO(E[api-views]): GET returns the task, PUT/PATCH validate and save it, DELETE answers 204.
    return api_not_implemented("E[api-views]")
    # END SOLUTION


# BEGIN SOLUTION
@extend_schema(request=AuthTokenSerializer, responses=AuthTokenSerializer)
# STUB
# TODO(E[token-auth]): say what the endpoint takes and answers (extend_schema).
@extend_schema(exclude=True)
# END SOLUTION
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def obtain_token(request):
    """Trade a username and password for the user's API token."""
    # BEGIN SOLUTION
    serializer = AuthTokenSerializer(data=request.data, context={"request": request})
    serializer.is_valid(raise_exception=True)
    token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
    return Response({"token": token.key})
    # STUB
    # TODO(E[token-auth]): check the credentials and answer {"token": "<key>"}, the same key every time.
    return api_not_implemented("E[token-auth]")
    # END SOLUTION
