"""The learner's loop, as a learner meets it: settings that cannot strand them, errors they
can act on, a watch mode that follows what they work on, and a way to start over."""

import json
import re
import signal
import sys
import textwrap
import tomllib

import pytest

from tests.conftest import run, run_command
from tests.test_tools import command_output, output_of, save_probe, watching

PAGES_SCRIPT = textwrap.dedent(
    """
    import json, re, django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import URLPattern, URLResolver, get_resolver

    setup_test_environment()
    from django.db import connection
    connection.creation.create_test_db(verbosity=0)

    def paths(resolver, prefix=""):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if not route.startswith(("admin", "api")):
                    yield from paths(pattern, route)
            elif "<" not in route and "(" not in route:
                yield "/" + route.lstrip("^").rstrip("$")

    User = get_user_model()
    user = User.objects.create_user(**{User.USERNAME_FIELD: "page@example.com"}, password="pw-12345-long")
    found = {}
    for signed_in in (False, True):
        client = Client()
        if signed_in:
            client.force_login(user)
        for path in sorted(set(paths(get_resolver()))):
            response = client.get(path)
            if response.status_code in (200, 501) and "text/html" in response["Content-Type"]:
                page = response.content.decode()
                title = re.search(r"<title>(.*?)</title>", page, re.S)
                brand = re.search(r'<a class="brand"[^>]*>(.*?)</a>', page, re.S)
                found[f"{path} {'signed in' if signed_in else 'visitor'}"] = [
                    title and title.group(1).strip(), brand and brand.group(1).strip()
                ]
    print(json.dumps(found))
    """
)
PROJECT_NAME = "Practice & Co"


def manifest(project):
    with open(project / "exercises.toml", "rb") as file:
        return tomllib.load(file)["exercises"]


def first_python_file(project):
    """The first exercise's first Python file, and that exercise's id."""
    entry = manifest(project)[0]
    return next(name for name in entry["files"] if name.endswith(".py")), entry["id"]


def test_every_page_shows_the_project_name(bake, template):
    """Each page's title and header name the project, the login page too (not the host)."""
    project = bake(template, project_name=PROJECT_NAME, project_slug="named_practice")
    pages = json.loads(
        output_of(run(project, "-c", PAGES_SCRIPT, DJANGO_SETTINGS_MODULE="config.test_settings"))
    )
    assert any(page.startswith("/accounts/login/") for page in pages), pages
    escaped = PROJECT_NAME.replace("&", "&amp;")
    wrong = {
        page: [title, brand]
        for page, (title, brand) in pages.items()
        if not (title or "").endswith(f"· {escaped}") or brand != escaped
    }
    assert wrong == {}


def test_tests_do_not_depend_on_env(bake, template):
    """Without .env, or with .env.example copied over it, the test suite is as green."""
    project = bake(template, project_slug="no_env_practice")
    (project / ".env").unlink()
    output_of(run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"))
    (project / ".env").write_text((project / ".env.example").read_text(encoding="utf-8"))
    output_of(run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"))


def test_a_missing_env_is_one_line_with_the_command_that_mends_it(bake):
    project = bake("todo-fbv", project_slug="lost_env_practice")
    (project / ".env").unlink()
    completed = run(project, "manage.py", "check")
    assert completed.returncode == 1
    assert completed.stderr.strip().count("\n") == 0, completed.stderr
    assert "python -m config.dotenv" in completed.stderr
    assert "Wrote .env" in output_of(run(project, "-m", "config.dotenv"))
    output_of(run(project, "manage.py", "check"))


def test_a_syntax_error_is_named_with_its_place(bake, template):
    """The runner names the error, the learner's file and line, and what usually causes it."""
    project = bake(template, project_slug="broken_practice")
    path, exercise_id = first_python_file(project)
    broken = project / path
    lines = broken.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([*lines, "def unfinished(request:", ""]), encoding="utf-8")
    for command in (["exercises", exercise_id], ["exercises"]):
        completed = run(project, "manage.py", *command)
        output = completed.stdout + completed.stderr
        assert f"SyntaxError in {path}:{len(lines) + 1}" in output, output
        assert "missing bracket" in output
        assert "Traceback (most recent call last)" not in completed.stderr


def test_the_list_piped_into_a_pager_that_quits_ends_quietly(bake):
    project = bake("todo-fbv")
    pipeline = f"{sys.executable} manage.py exercises | true; exit ${{PIPESTATUS[0]}}"
    completed = run_command(project, "bash", "-c", pipeline)
    assert completed.returncode == 0
    assert "BrokenPipeError" not in completed.stderr and "Traceback" not in completed.stderr


def ignore_ctrl_c():
    """What a shell does to a job it starts in the background."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, as Ctrl-C does in a terminal")
def test_watch_follows_the_exercise_given(bake, template):
    """`--watch E02` checks E02 on every save, even while E01 is not done.

    It is started as a shell starts a background job, with Ctrl-C ignored: Ctrl-C
    stops it all the same.
    """
    project = bake(template, solutions=True, project_slug="follow_practice")
    first, second = (entry["id"] for entry in manifest(project)[:2])
    save_probe(project, first, second)
    with watching(project, second, preexec_fn=ignore_ctrl_c) as output:
        output.wait_for(f"{second} is ready")
        output.wait_for("Watching for saved files")
        output.wait_for(f"{second} is done", meanwhile=lambda: save_probe(project, first))
    assert f"{first} is" not in output.text
    assert f"Start again: python manage.py exercises --watch {second}" in output.text


def test_reset_puts_back_one_exercise_and_keeps_the_learners_version(bake):
    """--reset E06 restores E06's function only; the learner's version is a patch to apply."""
    project = bake("todo-fbv", project_slug="reset_practice")
    views = project / "tasks" / "views.py"
    skeleton = views.read_text(encoding="utf-8")
    entries = {entry["slug"]: entry["id"] for entry in manifest(project)}
    toggle, listing = entries["toggle"], entries["task-list"]
    worked = skeleton.replace(f"# TODO({toggle})", "# my toggle work").replace(
        f"# TODO({listing})", "# my list work"
    )
    views.write_text(worked, encoding="utf-8")
    completed = run(project, "manage.py", "exercises", "--reset", toggle, "--yes")
    output = output_of(completed)
    assert "tasks/views.py: task_toggle" in output
    reset = views.read_text(encoding="utf-8")
    assert f"# TODO({toggle})" in reset and "# my toggle work" not in reset
    assert "# my list work" in reset
    patch = re.search(r"Your version is in (\S+):", output).group(1)
    command_output(project, "git", "apply", patch)
    assert views.read_text(encoding="utf-8") == worked


def test_reset_asks_before_it_changes_anything(bake):
    project = bake("todo-fbv", project_slug="reset_asks_practice")
    toggle = {entry["slug"]: entry["id"] for entry in manifest(project)}["toggle"]
    views = project / "tasks" / "views.py"
    views.write_text(views.read_text(encoding="utf-8").replace(f"TODO({toggle})", "mine"), encoding="utf-8")
    before = views.read_text(encoding="utf-8")
    completed = run(project, "manage.py", "exercises", "--reset", toggle)
    assert completed.returncode == 2
    assert "--yes" in completed.stderr
    assert views.read_text(encoding="utf-8") == before
