"""Requests that no page can answer, refused once for the whole site with 400 Bad Request.

PostgreSQL cannot store or compare text holding a NUL character: a search for
``%00`` that reaches the database fails there (a 500), where SQLite lets it pass.
Forms and serializers already refuse NUL in what they validate; what views read
straight from the URL is checked here. And a value the database refuses (a number
too large for its column) is the request's fault, not the site's: 400, not 500.
"""

import logging

from django.db import DataError
from django.http import JsonResponse
from django.shortcuts import render

logger = logging.getLogger("django.security.malformed_request")


def refused_by_the_database(exception):
    """True for errors a database raises about a value it was given, not about the site."""
    if isinstance(exception, DataError):
        return True
    if not isinstance(exception, OverflowError):
        return False
    traceback = exception.__traceback__
    while traceback is not None:  # SQLite's driver overflows on integers too large for it
        if "/django/db/" in traceback.tb_frame.f_code.co_filename.replace("\\", "/"):
            return True
        traceback = traceback.tb_next
    return False


def bad_request(request, message):
    """400 with ``message``: JSON for the API (everything under /api/), a page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400)
    return render(request, "400.html", {"message": message}, status=400)


class RefuseMalformedRequestsMiddleware:
    """400 for a NUL character in the path or the query string, or a value the database refuses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET.lists()
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in query
        ):
            logger.warning("Refused a NUL character in %s", request.path.replace("\x00", "\\0"))
            return bad_request(request, "The address holds a NUL character, which no page accepts.")
        return self.get_response(request)

    def process_exception(self, request, exception):
        if refused_by_the_database(exception):
            logger.warning("The database refused a value from %s: %s", request.path, exception)
            return bad_request(request, "A value in the request is out of range.")
        return None
