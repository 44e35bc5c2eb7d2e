"""A generated project served for real: gunicorn, DEBUG off, on loopback, stopped after.

``served(project, **environment)`` collects the static files, migrates, starts
gunicorn with a few workers on a free port of 127.0.0.1, waits until it answers and
yields the base URL; the server is stopped when the block ends, whatever
happened. Requests send ``X-Forwarded-Proto: https``, as the TLS proxy in front of a
real deployment would, so the production hardening (HTTPS redirect, secure cookies)
stays on.
"""

import contextlib
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from tests.conftest import project_environment, run

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_LOGIN_FAILURE_LIMIT": "1000",
}
HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "practice-tests"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, method="GET", data=None, headers=None, timeout=30):
    """``(status, headers, body)`` of one request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=data, method=method, headers={**HEADERS, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def run_script(project, database_url, code, *arguments):
    """Run Python ``code`` in ``project`` as the served site is set up, on ``database_url``
    (to make or count rows beside a running server); the last line it printed."""
    settings = {**PRODUCTION, "DJANGO_SETTINGS_MODULE": "config.settings", "DATABASE_URL": database_url}
    completed = run(project, "-c", code, *arguments, **settings)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout.strip().splitlines()[-1]


def prepare(project, **environment):
    """collectstatic and migrate, as a deployment does before it starts the server."""
    settings = {**PRODUCTION, **environment}
    for command in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        completed = run(project, "manage.py", *command, **settings)
        assert completed.returncode == 0, completed.stdout + completed.stderr
    return settings


@contextlib.contextmanager
def served(project, workers=3, **environment):
    """The project under gunicorn; yields ``(base URL, server log file)``."""
    settings = prepare(project, **environment)
    port = free_port()
    log = project / "gunicorn.log"
    with open(log, "w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--timeout",
                "60",
            ],  # fmt: skip
            cwd=project,
            env=project_environment(**settings),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, log.read_text(encoding="utf-8")
            try:
                fetch(f"{base}/health/", timeout=5)
                break  # any answer: the server is up
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer in time"
            time.sleep(0.3)
        yield base, log
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def at_once(count, request, timeout=120):
    """Call ``request(index)`` from ``count`` threads released together; their results, in order.

    A barrier lines the threads up so that their requests reach the server together,
    which is how two clicks, or two buyers of the last item, race in real life.
    """
    barrier = threading.Barrier(count)
    results = [None] * count

    def worker(index):
        barrier.wait(timeout=timeout)
        try:
            results[index] = request(index)
        except Exception as error:  # a refused connection is a result too
            results[index] = error

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(thread.is_alive() for thread in threads), "a request never came back"
    return results
