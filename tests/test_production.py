"""Production parity: served by gunicorn with DEBUG off, described by its own schema, and
never a 5xx, whatever a client sends, on SQLite and on PostgreSQL."""

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import run
from tests.serving import fetch, run_script, served

HOSTILE = Path(__file__).with_name("hostile.py")


def test_no_input_makes_a_server_error(solution_project, database):
    """Every page and endpoint answers NUL bytes, huge numbers, nested JSON... with a 4xx."""
    completed = run(solution_project, str(HOSTILE), DJANGO_SETTINGS_MODULE="config.test_settings", **database)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert json.loads(completed.stdout) == []


def test_the_skeleton_answers_hostile_input_with_no_5xx_but_its_stubs(learner_project):
    """Pages still to build answer 501 by design; nothing else answers a 5xx."""
    completed = run(learner_project, str(HOSTILE), DJANGO_SETTINGS_MODULE="config.test_settings")
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert [failure for failure in json.loads(completed.stdout) if not failure.startswith("501 ")] == []


def test_served_by_gunicorn_with_debug_off(bake, template):
    """A page, a static file with a hashed name, the health check, the API's docs and schema."""
    project = bake(template, solutions=True, project_slug="served_practice")
    with served(project) as (base, log):
        status, _, body = fetch(f"{base}/")
        assert status == 200
        page = body.decode()
        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page)
        assert stylesheet, "the page links no hashed stylesheet"
        status, headers, css = fetch(base + stylesheet.group(1))
        assert status == 200 and b"body" in css
        assert "max-age=315360000" in headers.get("Cache-Control", "")
        status, _, body = fetch(f"{base}/health/")
        assert (status, json.loads(body)["status"]) == (200, "ok")
        status, _, body = fetch(f"{base}/api/docs/")
        assert status == 200 and b"swagger-ui" in body
        assert b"cdn.jsdelivr" not in body and b"unpkg" not in body
        status, _, body = fetch(f"{base}/api/schema/")
        assert status == 200 and body.startswith(b"openapi: 3")
        assert fetch(f"{base}/no-such-page/")[0] == 404
    logged = log.read_text(encoding="utf-8")
    assert "WARNING django.request: Not Found: /no-such-page/" in logged
    # gunicorn.conf.py was read: the views were loaded and frozen before the workers forked.
    frozen = re.search(r"Loaded (\d+) URL patterns; (\d+) objects frozen for the workers", logged)
    assert frozen and int(frozen[1]) > 0 and int(frozen[2]) > 10_000, logged[-2000:]


def test_the_api_matches_its_schema(bake, template, postgres_url, tmp_path):
    """schemathesis, against the served API with a token: no 5xx, no answer off its schema."""
    project = bake(template, solutions=True, project_slug="schema_practice")
    with served(project, DATABASE_URL=postgres_url) as (base, _):
        token = create_token(project, postgres_url)
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{base}/api/schema/",
                "--url",
                base,
                "--checks",
                "not_a_server_error,response_schema_conformance,status_code_conformance",
                "--max-examples",
                "15",
                "--seed",
                "1",
                "--header",
                f"Authorization: Token {token}",
                "--header",
                "X-Forwarded-Proto: https",
                "--request-timeout",
                "20",
                # Signing out deletes the one token the fuzzer has; its own tests check it.
                "--exclude-path",
                "/api/token/revoke/",
                "--workers",
                "1",
            ],  # fmt: skip
            capture_output=True,
            text=True,
            timeout=900,
            cwd=tmp_path,
        )
    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-2000:]
    # Answers that only ever refuse the token test nothing beyond the refusal.
    assert "Authentication failed" not in completed.stdout, completed.stdout[-6000:]


TOKEN = """
import django
django.setup()
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
User = get_user_model()
user, _ = User.objects.get_or_create(**{User.USERNAME_FIELD: "schema@example.com"})
user.set_password("a-long-password-42")
user.save()
print(Token.objects.get_or_create(user=user)[0].key)
"""


def create_token(project, database_url):
    """A user of the served database, and their API token."""
    return run_script(project, database_url, TOKEN)
