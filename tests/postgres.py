"""A PostgreSQL server of the tests' own, on loopback, started and stopped by them.

Every generated project must be green on PostgreSQL as well as on SQLite, so these
tests need a real server. ``PRACTICE_POSTGRES_URL`` (``postgres://user@host:port``)
names one to use; without it, a throwaway cluster is made with the server binaries
of the machine (Debian's ``postgresql`` package: ``apt-get install postgresql``),
tuned for speed rather than durability, and removed at the end. Running as root,
the cluster runs as the ``postgres`` user, since PostgreSQL refuses to run as root.
Without binaries or a URL the tests that need PostgreSQL fail: they never skip.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

SERVER_VARIABLE = "PRACTICE_POSTGRES_URL"
# Settings for a test cluster: data may be lost on a crash, which is all right here.
FAST_SETTINGS = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"]
MISSING = (
    "PostgreSQL is needed for these tests: install its server "
    "(Debian or Ubuntu: apt-get install postgresql) or set "
    f"{SERVER_VARIABLE}=postgres://USER:PASSWORD@HOST:PORT to use a running one."
)


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries and no server URL."""


def server_binaries():
    """The folder of ``initdb`` and ``pg_ctl``, newest version first; None if there is none."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda path: int(Path(path).parent.name))
    candidates = [*reversed(candidates)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    return next((Path(folder) for folder in candidates if (Path(folder) / "pg_ctl").exists()), None)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """A running server, and the databases the tests make on it."""

    def __init__(self, url):
        self.url = url.rstrip("/")

    def database_url(self, name):
        return f"{self.url}/{name}"

    def execute(self, statement):
        import psycopg

        with psycopg.connect(self.database_url("postgres"), autocommit=True) as connection:
            connection.execute(statement)

    def create_database(self):
        """A new, empty database with a name of its own; returns the name."""
        name = f"practice_{uuid.uuid4().hex[:12]}"
        self.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name):
        # Test databases that the project's own runs made beside it go too.
        import psycopg

        with psycopg.connect(self.database_url("postgres"), autocommit=True) as connection:
            names = [
                row[0]
                for row in connection.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", [f"%{name}%"]
                )
            ]
            for found in names:
                connection.execute(f'DROP DATABASE IF EXISTS "{found}" WITH (FORCE)')

    def stop(self):
        """Nothing to stop: the server was already running."""


class OwnCluster(PostgresServer):
    """A cluster made in a temporary folder and served on a free loopback port."""

    def __init__(self):
        binaries = server_binaries()
        if binaries is None:
            raise PostgresMissing(MISSING)
        self.folder = Path(tempfile.mkdtemp(prefix="practice-postgres-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = self._unprivileged_user()
        self._run(binaries / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = " ".join(
            [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-k {self.folder}"]
            + [f"-c {setting}" for setting in FAST_SETTINGS]
        )
        self.pg_ctl = binaries / "pg_ctl"
        log = self.folder / "server.log"
        self._run(self.pg_ctl, "-D", self.data, "-o", options, "-l", log, "-w", "start")
        super().__init__(f"postgres://postgres@127.0.0.1:{self.port}")

    def _unprivileged_user(self):
        """``postgres`` when running as root (PostgreSQL will not run as root), else nobody."""
        if os.geteuid() != 0:
            return None
        user = pwd.getpwnam("postgres")
        os.chown(self.folder, user.pw_uid, user.pw_gid)
        return "postgres"

    def _run(self, *command):
        command = [str(part) for part in command]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if completed.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}")

    def stop(self):
        try:
            self._run(self.pg_ctl, "-D", self.data, "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_server():
    """The server named by ``PRACTICE_POSTGRES_URL``, or a cluster of our own."""
    url = os.environ.get(SERVER_VARIABLE)
    return PostgresServer(url) if url else OwnCluster()
