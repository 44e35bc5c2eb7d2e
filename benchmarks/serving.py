"""How fast the reference solutions answer when served for real, as p95 ratios to a bare page.

For each template, the solution project is generated, migrated on a PostgreSQL of its
own, filled by ``seed --rows 100`` (a hundred of every row a list shows; ``--rows`` sets
another number; in the shop the demo customer manages it too, so its staff pages are
measured as well), and served by gunicorn with DEBUG off (the project's own
``gunicorn.conf.py``). The demo user signs in, and every page and API list the project
has (the URL patterns that take no argument) is requested ``--requests`` times, one
request at a time, on loopback only, the pages taken in turn; so is a bare Django
template view added for the run (nothing but a template and the base page), which is the
reference. It prints, per template and page, the 95th percentile of the response times
and its ratio to the bare view's, measured in the same run. The target is at most 3x.

Run it from the repository root: ``python -m benchmarks.serving [template ...]``.
"""

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from cookiecutter.main import cookiecutter

from tests.conftest import run
from tests.postgres import start_server
from tests.serving import fetch, prepare, served

REPOSITORY = Path(__file__).resolve().parents[1]
TEMPLATES = ["todo-fbv", "todo-cbv", "ecommerce", "social"]
# A page, or "POST only" (405) where a URL takes no GET: anything else is not the page.
MEASURED = {200, 405}
# Every worker serves every page a few times first (its first request of a page loads
# templates and fills its own locmem cache).
WARM_UP_ROUNDS = 30
BARE = "/benchmark-bare/"
BENCHMARK_SETTINGS = """
from config.settings import *  # noqa: F403

ROOT_URLCONF = "config.benchmark_urls"
"""
BENCHMARK_URLS = """
from django.urls import include, path
from django.views.generic import TemplateView

urlpatterns = [
    path("benchmark-bare/", TemplateView.as_view(template_name="benchmark_bare.html")),
    path("", include("config.urls")),
]
"""
BARE_TEMPLATE = '{% extends "base.html" %}{% block content %}<p>Bare.</p>{% endblock %}\n'
PAGES_AND_SESSION = """
import json, sys, django
from io import StringIO
from django.core.management import call_command
django.setup()
from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.urls import URLResolver, get_resolver

def paths(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if not route.startswith("admin/"):
                yield from paths(pattern, route)
        elif "<" not in route and "(" not in route and not route.startswith(SKIPPED):
            yield "/" + route

SKIPPED = ("benchmark", "api/schema", "api/docs", "accounts/")

call_command("seed", rows=int(sys.argv[1]), stdout=StringIO())
user = get_user_model().objects.filter(is_staff=False).order_by("pk").first()
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "config.auth.LockoutModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({"paths": sorted(set(paths(get_resolver()))), "session": session.session_key}))
"""


def p95(times):
    return statistics.quantiles(times, n=20)[-1]


def timed_rounds(base, paths, cookie, rounds):
    """``rounds`` rounds of one GET of every path in turn: their times (seconds) and statuses.

    Taking the pages in turn, rather than one page's requests in a row, puts the
    reference and every page under the same conditions: a moment when the machine is
    busy elsewhere slows a request of each, not all the requests of one page.
    """
    times = {path: [] for path in paths}
    statuses = {path: set() for path in paths}
    for _ in range(rounds):
        for path in paths:
            start = time.perf_counter()
            status, _, _ = fetch(base + path, headers={"Cookie": cookie})
            times[path].append(time.perf_counter() - start)
            statuses[path].add(status)
    return times, statuses


def measure(template, folder, server, count, rows):
    project = Path(
        cookiecutter(
            str(REPOSITORY / "templates" / template),
            no_input=True,
            output_dir=str(folder),
            extra_context={"include_solutions": True, "git_init": False},
        )
    )
    (project / "config" / "benchmark_settings.py").write_text(BENCHMARK_SETTINGS)
    (project / "config" / "benchmark_urls.py").write_text(BENCHMARK_URLS)
    (project / "templates" / "benchmark_bare.html").write_text(BARE_TEMPLATE)
    database = server.database_url(server.create_database())
    environment = {"DATABASE_URL": database, "DJANGO_SETTINGS_MODULE": "config.benchmark_settings"}
    settings = prepare(project, **environment)
    # seed refuses to run with DEBUG off: this database is the benchmark's own.
    seeding = {**settings, **environment, "DJANGO_DEBUG": "true"}
    seeded = run(project, "-c", PAGES_AND_SESSION, str(rows), **seeding)
    assert seeded.returncode == 0, seeded.stderr
    found = json.loads(seeded.stdout.strip().splitlines()[-1])
    cookie = f"sessionid={found['session']}"
    paths = [BARE, *found["paths"]]
    with served(project, **environment) as (base, _):
        timed_rounds(base, paths, cookie, WARM_UP_ROUNDS)
        times, statuses = timed_rounds(base, paths, cookie, count)
    rows = [(path, p95(times[path]), statuses[path]) for path in found["paths"]]
    return p95(times[BARE]), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100, help="requests per page (default 100)")
    parser.add_argument("--rows", type=int, default=100, help="seed --rows N (default 100)")
    parser.add_argument("templates", nargs="*", default=TEMPLATES)
    options = parser.parse_args()
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            for template in options.templates:
                bare, rows = measure(template, Path(folder), server, options.requests, options.rows)
                print(f"\n{template}: bare template view p95 {bare * 1000:.1f} ms")
                print("| page | statuses | p95 (ms) | ratio |")
                print("| --- | --- | --- | --- |")
                for path, value, statuses in rows:
                    codes = ",".join(str(status) for status in sorted(statuses))
                    print(f"| `{path}` | {codes} | {value * 1000:.1f} | {value / bare:.2f}x |")
                refused = [path for path, _, statuses in rows if not statuses <= MEASURED]
                if refused:
                    print(f"Not measured (the demo user is refused or sent away): {refused}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
