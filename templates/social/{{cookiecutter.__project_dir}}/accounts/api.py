"""Tokens for apps: an app trades a password for its token, and signs itself out."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
# BEGIN SOLUTION
from rest_framework import serializers, status
# STUB
from rest_framework import serializers
# END SOLUTION
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.decorators import api_view, authentication_classes, permission_classes
# BEGIN SOLUTION
from rest_framework.permissions import AllowAny, IsAuthenticated
# STUB
from rest_framework.permissions import AllowAny
# END SOLUTION
from rest_framework.response import Response

# BEGIN SOLUTION
from config.api_authentication import API_AUTHENTICATION
# STUB
from exercises.stubs import api_not_implemented
# END SOLUTION


@extend_schema(
    request=AuthTokenSerializer,
    responses=inline_serializer("Token", {"token": serializers.CharField()}),
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def obtain_token(request):
    """Trade a username and password for the user's API token: the same one until revoked."""
    serializer = AuthTokenSerializer(data=request.data, context={"request": request})
    serializer.is_valid(raise_exception=True)
    token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
    return Response({"token": token.key})


# BEGIN SOLUTION
@extend_schema(request=None, responses={204: OpenApiResponse(description="The token is deleted.")})
# STUB
@extend_schema(request=None, responses={501: OpenApiResponse(description="Not implemented yet.")})
# END SOLUTION
@api_view(["POST"])
# BEGIN SOLUTION
@authentication_classes(API_AUTHENTICATION)
@permission_classes([IsAuthenticated])
# END SOLUTION
def revoke_token(request):
    """An app signs itself out: its token is deleted, and refused from then on."""
    # BEGIN SOLUTION
    Token.objects.filter(user=request.user).delete()
    return Response(status=status.HTTP_204_NO_CONTENT)
    # STUB
    # TODO(E[token-auth]): delete the token of the user who signed this request (by token or session).
    return api_not_implemented("E[token-auth]")
    # END SOLUTION
