"""Tokens for apps: an app trades a password for its token, and signs itself out."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
# BEGIN SOLUTION
from rest_framework import status
from rest_framework.authtoken.models import Token
# END SOLUTION
from rest_framework.authtoken.views import ObtainAuthToken
# BEGIN SOLUTION
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
# STUB
from rest_framework.decorators import api_view
# END SOLUTION

# BEGIN SOLUTION
from config.api_authentication import API_AUTHENTICATION
# STUB
from exercises.stubs import api_not_implemented
# END SOLUTION


class ObtainToken(ObtainAuthToken):
    """Trade a username and password for the user's API token: the same one until revoked."""

    # DRF's own view, which drf-spectacular describes; without authentication, a browser
    # signed in to the site asks for a token with no CSRF token to send.
    authentication_classes = []


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
