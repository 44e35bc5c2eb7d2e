"""How API clients prove who they are: the browser's session, or a token."""

# BEGIN SOLUTION
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
# STUB
from rest_framework.authentication import SessionAuthentication
# END SOLUTION
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
# BEGIN SOLUTION
from rest_framework.response import Response
# STUB

from exercises.stubs import api_not_implemented
# END SOLUTION

# BEGIN SOLUTION
API_AUTHENTICATION = [SessionAuthentication, TokenAuthentication]
# STUB
# TODO(E[token-auth]): let clients authenticate with a token (header "Authorization: Token <key>") too.
API_AUTHENTICATION = [SessionAuthentication]
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
