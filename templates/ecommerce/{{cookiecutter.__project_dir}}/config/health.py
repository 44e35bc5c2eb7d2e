"""A health check for whatever hosts the site: a load balancer, a platform, an uptime monitor.

An instance is healthy when it can serve pages: its database answers, and (DEBUG off)
its static files were collected, without which no page can link its stylesheet.
"""

# BEGIN SOLUTION
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Every page links it: if its URL cannot be made, no page can be rendered.
STYLESHEET = "css/site.css"


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def static_files_collected():
    """With DEBUG off, static URLs come from collectstatic's manifest; without it, none."""
    try:
        staticfiles_storage.url(STYLESHEET)
    except ValueError:
        return False
    return True


@never_cache
@require_safe
def health(request):
    """200 while the site can serve pages, 503 when it cannot; never cached."""
    checks = {
        "database": "ok" if database_answers() else "unreachable",
        "static": "ok" if static_files_collected() else "missing",
    }
    if set(checks.values()) != {"ok"}:
        return JsonResponse({"status": "error", **checks}, status=503)
    return JsonResponse({"status": "ok", **checks})
# STUB
from exercises.stubs import not_implemented


def health(request):
    """Tell the host whether this instance can serve traffic."""
    # TODO(E[health-check]): answer JSON with 200 when the database answers and the static
    # files were collected, 503 when either is wrong.
    return not_implemented(request, "E[health-check]")
# END SOLUTION
