"""The settings pytest runs with: the project's own, with what tests need pinned.

A test must not pass or fail by what a ``.env`` says, so the variables tests depend
on are set here before the project's settings read them (``.env`` never overrides a
variable already set). The database is not pinned: with ``DATABASE_URL`` pointing
at PostgreSQL, the tests run there.
"""

import os

os.environ.update(
    {
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "tests-only-this-key-signs-nothing-real",
        "DJANGO_ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "CACHE_URL": "locmemcache://",
    }
)

from config.settings import *  # noqa: E402, F403

# Real password hashing is slow on purpose; tests do not need it to be.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Static files by their plain names, found where they are: tests run without collectstatic.
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Lockouts after failed logins would leak from test to test; their own tests turn them on.
AXES_ENABLED = False
