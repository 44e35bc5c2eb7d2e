"""How fast the reference solutions answer when served for real, as p95 ratios to a bare page.

For each template, the solution project is generated, migrated on a PostgreSQL of
its own, filled by its ``seed`` command, and served by gunicorn with DEBUG off. A
demo user signs in, and every page and API list the project has (the URL patterns
that take no argument) is requested ``--requests`` times, one request at a time, on
loopback only; so is a bare Django template view added for the run (nothing but a
template and the base page), which is the reference. It prints, per template and
page, the 95th percentile of the response times and its ratio to the bare view's,
measured in the same run. The target is at most 3x.

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
import json, django
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

call_command("seed", stdout=StringIO())
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


def timed_requests(url, cookie, count):
    """The response times of ``count`` GETs of ``url``, one after the other, in seconds."""
    times, statuses = [], set()
    for _ in range(count):
        start = time.perf_counter()
        status, _, _ = fetch(url, headers={"Cookie": cookie})
        times.append(time.perf_counter() - start)
        statuses.add(status)
    return times, statuses


def measure(template, folder, server, count):
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
    seeded = run(project, "-c", PAGES_AND_SESSION, **{**settings, **environment, "DJANGO_DEBUG": "true"})
    assert seeded.returncode == 0, seeded.stderr
    found = json.loads(seeded.stdout.strip().splitlines()[-1])
    cookie = f"sessionid={found['session']}"
    rows = []
    with served(project, **environment) as (base, _):
        timed_requests(base + BARE, cookie, 20)  # warm every worker up
        reference, _ = timed_requests(base + BARE, cookie, count)
        for path in found["paths"]:
            timed_requests(base + path, cookie, 30)  # warm every worker up on this page too
            times, statuses = timed_requests(base + path, cookie, count)
            rows.append((path, p95(times), statuses))
    return p95(reference), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100, help="requests per page (default 100)")
    parser.add_argument("templates", nargs="*", default=TEMPLATES)
    options = parser.parse_args()
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            for template in options.templates:
                bare, rows = measure(template, Path(folder), server, options.requests)
                print(f"\n{template}: bare template view p95 {bare * 1000:.1f} ms")
                print("| page | statuses | p95 (ms) | ratio |")
                print("| --- | --- | --- | --- |")
                for path, value, statuses in rows:
                    codes = ",".join(str(status) for status in sorted(statuses))
                    print(f"| `{path}` | {codes} | {value * 1000:.1f} | {value / bare:.2f}x |")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
