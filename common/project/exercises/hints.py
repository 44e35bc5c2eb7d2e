"""The hints a learner asked for, kept in a small file they commit with their work.

``manage.py exercises --hint E03`` notes the time in ``.exercises/hints.json``, so
that a mentor's report can say where hints helped. Nothing is sent anywhere: the
file is the learner's to read, and to commit or not.
"""

import json
import time
from pathlib import Path

from exercises.catalog import PROJECT_DIR

HINTS = Path(".exercises") / "hints.json"


def load(root=PROJECT_DIR):
    """``{slug: {"id": "E03", "asked": [ISO times]}}``; empty when no hint was asked for."""
    try:
        return json.loads((Path(root) / HINTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def note(exercise, root=PROJECT_DIR):
    """Record that the learner read ``exercise``'s hint now."""
    data = load(root)
    entry = data.setdefault(exercise.slug, {"id": exercise.id, "asked": []})
    entry["id"] = exercise.id
    entry["asked"].append(time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    path = Path(root) / HINTS
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
