"""The SQLite test database, made once per set of migrations and copied for each run.

Making the test database means running every migration: most of the time of a short
run, such as one exercise's tests after a save. So the first run keeps the database
it made, before any test touches it, under ``.exercises/test-databases/``, named by a
digest of every migration file and of Django's version; later runs each work on a
copy of it. A migration changed, added or removed gives another digest, so a run
never sees tables other than its migrations make; only the newest file is kept.
Apps whose tables come from their models (no migrations), PostgreSQL, and runs
without migrations make their database as usual.
"""

import contextlib
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from exercises.catalog import PROJECT_DIR

CACHE_DIR = PROJECT_DIR / ".exercises" / "test-databases"


def schema_digest():
    """A digest of what the migrations make, or None when models make some tables."""
    import django
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    if any(list(apps.get_app_config(label).get_models()) for label in loader.unmigrated_apps):
        return None
    migrations = {
        f"{app}.{name}": Path(sys.modules[migration.__module__].__file__)
        for (app, name), migration in loader.disk_migrations.items()
    }
    return digest_of(migrations, django.get_version())


def digest_of(migrations, django_version):
    """The digest of migration files (by name) and of the Django that runs them."""
    digest = hashlib.sha256(django_version.encode())
    for name, path in sorted(migrations.items()):
        digest.update(f"\n{name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


class CachedTestDatabase:
    """This run's copy: ``path`` for Django's TEST NAME; ``cached`` when it came from the cache."""

    def __init__(self, digest):
        self.kept = CACHE_DIR / f"{digest}.sqlite3"
        descriptor, name = tempfile.mkstemp(prefix="test-database-", suffix=".sqlite3")
        os.close(descriptor)
        self.path = Path(name)
        self.cached = self.kept.exists()
        if self.cached:
            shutil.copyfile(self.kept, self.path)
        else:
            self.path.unlink()  # Django makes it, migrations and all

    def keep(self):
        """Keep the database just made (no test has run on it yet), for the next runs."""
        if self.cached:
            return
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = CACHE_DIR / f".{self.kept.name}.{os.getpid()}"
        source, target = sqlite3.connect(self.path), sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        os.replace(partial, self.kept)
        for older in CACHE_DIR.glob("*.sqlite3"):
            if older != self.kept:
                older.unlink(missing_ok=True)

    def remove(self):
        with contextlib.suppress(OSError):  # Windows will not remove a file still open
            self.path.unlink(missing_ok=True)
