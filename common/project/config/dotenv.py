"""This checkout's ``.env``: DEBUG on for development, and a secret key of its own.

Generating the project wrote one; ``python -m config.dotenv`` writes a fresh one
when it is lost (git never stores it). It will not overwrite an existing ``.env``.
"""

import secrets
import sys
from pathlib import Path

ENV_FILE = Path(__file__).resolve().parent.parent / ".env"
COMMAND = "python -m config.dotenv"


def contents():
    """Development settings for this machine, with a new random secret key."""
    return (
        "# Settings for this checkout only: git ignores this file. See .env.example.\n"
        "DJANGO_DEBUG=true\n"
        f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}\n"
        "DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1\n"
    )


def write(path=ENV_FILE):
    """Write ``.env`` unless there is one; returns what was done, as a sentence."""
    path = Path(path)
    if path.exists():
        return f"{path.name} is already there: delete it first to write a fresh one."
    path.write_text(contents(), encoding="utf-8")
    return f"Wrote {path.name}: DEBUG on, and a new secret key for this machine."


if __name__ == "__main__":
    message = write()
    print(message)
    sys.exit(0 if message.startswith("Wrote") else 1)
