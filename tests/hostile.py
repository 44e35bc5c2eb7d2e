"""Run inside a generated project: every page and endpoint, fed hostile input, must answer < 500.

``python hostile.py`` (with ``DJANGO_SETTINGS_MODULE=config.test_settings`` and the
project as working directory) builds a test database with the demo data (``manage.py
seed``), walks every URL pattern of the project (with the primary key of a real row,
or an absurd one, where a pattern takes an argument), and sends, as a visitor and as
a demo user, what a careless or hostile client would: NUL characters, numbers too
large for any column, wrong types, non-UTF-8 bytes, unknown parameters, JSON nested
thousands deep, forged pagination cursors.
It prints a JSON list of the requests answered with a 5xx (none, when all is well).
"""

import base64
import json
import os
import re
import sys

sys.path.insert(0, os.getcwd())  # the generated project, whose modules Django imports

import django  # noqa: E402

django.setup()

import contextlib  # noqa: E402
import io  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402
from django.urls import URLPattern, URLResolver, get_resolver  # noqa: E402

HUGE = "9" * 30
NUL = "\x00"
QUERIES = [
    {"q": NUL},
    {"q": "x" * 5000},
    {"page": HUGE},
    {"page": "-1"},
    {"page": "abc"},
    {"cursor": "not-a-cursor"},
    {"cursor": base64.b64encode(b"p=not-a-date&o=1").decode()},
    {"cursor": base64.b64encode(f"p={HUGE}".encode()).decode()},
    {"ordering": NUL},
    {"min_price": "abc", "max_price": HUGE, "category": NUL, "tag": HUGE},
    {"unknown": "1", "__proto__": "x"},
]
FORM = {
    "title": NUL,
    "name": NUL,
    "text": NUL,
    "body": NUL,
    "q": NUL,
    "next": f"/{NUL}",
    "quantity": HUGE,
    "price": HUGE,
    "stock": "-" + HUGE,
    "username": NUL,
    "password": NUL,
    "email": f"a{NUL}@example.com",
    "status": NUL,
}
NESTED = "[" * 5000 + "]" * 5000
RAW_QUERY = "q=%FF%FE%00&page=%FF"


def routes(resolver=None, prefix=""):
    """Every URL pattern as a path template: ``tasks/<int:pk>/edit/``."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if not route.startswith("admin/"):
                yield from routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield "/" + route.lstrip("^").rstrip("$").replace("\\Z", "")


def concrete(route, value):
    """The route with every ``<converter:name>`` (or regex group) replaced by ``value``."""
    path = re.sub(r"<(?:\w+:)?\w+>", value, route)
    path = re.sub(r"\(\?P<\w+>[^)]*\)", value, path)
    return path if "(" not in path and "[" not in path else None


def main():
    setup_test_environment()
    original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    # seed refuses to run with DEBUG off, as the tests' settings have it: the test database
    # is this script's own, so the demo password is no risk here.
    with contextlib.redirect_stdout(io.StringIO()), override_settings(DEBUG=True):
        call_command("seed")
    user = get_user_model().objects.filter(is_superuser=False).order_by("pk").first()
    anonymous = Client(raise_request_exception=False)
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(user)
    failures = []

    def send(client, method, path, **options):
        response = getattr(client, method)(path, **options)
        if response.status_code >= 500:
            who = "signed in" if client is signed_in else "anonymous"
            shown = {key: value for key, value in options.items() if key != "content_type"}
            failures.append(f"{response.status_code} {method.upper()} {path} {who} {shown!r}"[:300])

    paths = set()
    for route in sorted(set(routes())):
        for value in ("1", HUGE, "0"):
            path = concrete(route, value)
            if path:
                paths.add(path)
    for client in (anonymous, signed_in):
        send(client, "get", "/%00/")
        send(client, "get", f"/tasks/{NUL}/")
    for path in sorted(paths):
        for client in (anonymous, signed_in):
            for query in QUERIES:
                send(client, "get", path, data=query)
            send(client, "get", f"{path}?{RAW_QUERY}")
            send(client, "post", path, data=FORM)
            if path.startswith("/api/"):
                for method in ("post", "put", "patch"):
                    send(client, method, path, data=NESTED, content_type="application/json")
                    send(client, method, path, data=b"\xff\xfe{", content_type="application/json")
                    send(client, method, path, data=json.dumps(FORM), content_type="application/json")
    connection.creation.destroy_test_db(original_name, verbosity=0)
    print(json.dumps(failures))


if __name__ == "__main__":
    main()
