"""Efficient at any size: every list page and endpoint of a reference solution runs the
same number of queries with 5 rows per table as with 500.

In the solution project, on a database of its own, ``seed --rows N`` fills every list
the demo user sees with about N rows; the demo user (the first non-staff user) signs
in, and every URL pattern that takes no argument (pages and API lists) is requested
with the cache cleared, counting queries. A count that grows with the rows is an N+1,
or a list without bound.
"""

import json

from tests.conftest import run

SIZES = (5, 500)
# What a GET of an argument-free URL may answer: a page, a redirect, or "POST only" (405).
ANSWERED = {200, 301, 302, 405}
COUNT_QUERIES = """
import json, sys, django
from io import StringIO
django.setup()
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from django.urls import URLResolver, get_resolver

SKIPPED = ("admin/", "accounts/", "api/schema", "api/docs", "health")


def paths(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from paths(pattern, route)
        elif "<" not in route and "(" not in route and not route.startswith(SKIPPED):
            yield "/" + route


setup_test_environment()
counted = {}
for rows in map(int, sys.argv[1:]):
    call_command("flush", interactive=False, verbosity=0)
    call_command("seed", rows=rows, stdout=StringIO())
    client = Client()
    client.force_login(get_user_model().objects.filter(is_staff=False).order_by("pk").first())
    for path in sorted(set(paths(get_resolver()))):
        client.get(path)  # the first request of a process fills Django's own caches
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        counted.setdefault(path, {})[rows] = [status, len(queries)]
print(json.dumps(counted))
"""


def test_every_list_runs_the_same_queries_at_any_size(bake, template, tmp_path):
    """5 rows or 500: the same statuses and the same number of queries, on every list."""
    project = bake(template, solutions=True)
    settings = {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "true",
        "DJANGO_SECRET_KEY": "query-counts-only",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'counts.sqlite3'}",
    }
    migrated = run(project, "manage.py", "migrate", "--noinput", **settings)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    completed = run(project, "-c", COUNT_QUERIES, *map(str, SIZES), **settings)
    assert completed.returncode == 0, completed.stderr[-3000:]
    counted = json.loads(completed.stdout.strip().splitlines()[-1])
    table = describe(counted)
    assert any(sizes[str(SIZES[0])][0] == 200 for sizes in counted.values()), f"no list answered 200\n{table}"
    growing = [
        path
        for path, sizes in counted.items()
        if sizes[str(SIZES[0])] != sizes[str(SIZES[1])] or sizes[str(SIZES[0])][0] not in ANSWERED
    ]
    assert growing == [], f"lists that fail or grow with the rows: {growing}\n{table}"


def describe(counted):
    """One line per URL: its status and query count at each size."""
    lines = []
    for path, sizes in counted.items():
        measured = [f"{rows} rows {status} in {queries} queries" for rows, (status, queries) in sizes.items()]
        lines.append(f"{path}: {', '.join(measured)}")
    return "\n".join(lines)
