"""Cookiecutter imports Jinja extensions from the template folder; the real one is shared."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hooks.jinja import PracticeExtension  # noqa: E402, F401
