"""How API clients prove who they are: the browser's session, or an app's token.

Every view of the API lists these as its ``authentication_classes``: DRF sets
authentication per view, and a view that forgets them falls back to the project's
defaults. They live here, below every app, because every app's API uses them.
"""

# BEGIN SOLUTION
from rest_framework.authentication import SessionAuthentication, TokenAuthentication

API_AUTHENTICATION = [SessionAuthentication, TokenAuthentication]
# STUB
from rest_framework.authentication import SessionAuthentication

# TODO(E[token-auth]): let clients authenticate with a token (header "Authorization: Token <key>") too.
API_AUTHENTICATION = [SessionAuthentication]
# END SOLUTION
